import { describe, expect, it } from 'vitest';
import type { Rule } from '../../engine/rule.ts';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { allRules } from '../index.ts';

const doc = (body: string) => `---\nid: r\ntype: retningslinje\nansvarlig: A\nrevision: 2028-01-01\n---\n${body}`;

describe('internal-error', () => {
  it('reports Markdown nested deeper than the limit on that file, and still lints the others', () => {
    const diagnostics = lintFiles(
      { 'deep.md': doc('\n> > > > > dybt citat\n'), 'ok.md': doc('\nTekst.\n') },
      { config: { limits: { maxNestingDepth: 3 } }, only: ['internal-error', 'missing-owner'] },
    );
    expect(summarize(diagnostics.filter((d) => d.rule === 'internal-error')).map((s) => s.split(':')[0])).toEqual(['deep.md']);
    expect(diagnostics.find((d) => d.rule === 'internal-error')!.messages.en).toMatch(/^The Markdown could not be read completely \(nesting deeper than 3 levels/);
  });

  it('reports a file over the size limit', () => {
    const diagnostics = lintFiles({ 'big.md': doc(`\n${'x'.repeat(500)}\n`) }, { config: { limits: { maxFileBytes: 200 } }, only: ['internal-error'] });
    expect(diagnostics.map((d) => `${d.file} ${d.rule} ${d.severity}`)).toEqual(['big.md internal-error error']);
    expect(diagnostics[0]!.messages.da).toMatch(/^Filen er for stor til at blive tjekket/);
  });

  it('turns a rule that throws into a finding on that file naming the rule, and the run goes on', () => {
    const throwing: Rule = {
      meta: { id: 'always-throws', family: 'tool', defaultSeverity: 'warning', description: { da: 'x', en: 'x' }, fixable: false, hasSuggestions: false, messages: {} },
      check(context) {
        if (context.document.path === 'bad.md') throw new Error('boom');
      },
    };
    const rules = [...allRules.filter((rule) => rule.meta.id === 'internal-error' || rule.meta.id === 'missing-owner'), throwing];
    const diagnostics = lintFiles({ 'bad.md': doc('\n'), 'good.md': '---\nid: g\ntype: politik\nrevision: 2028-01-01\n---\n' }, { rules });
    expect(diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['bad.md internal-error', 'good.md missing-owner']);
    expect(diagnostics[0]!.message).toContain('always-throws');
  });

  it('reports nothing for ordinary files', () => {
    expect(lintFiles({ 'ok.md': doc('\nTekst.\n') }, { only: ['internal-error'] })).toEqual([]);
  });
});
