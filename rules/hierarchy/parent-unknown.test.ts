import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { md } from './support/test-docs.ts';

const only = { only: ['parent-unknown'] };

describe('parent-unknown', () => {
  it('reports a misspelt parent with the closest ids as suggestions and related locations', () => {
    const diagnostics = lintFiles(
      {
        'politik.md': md({ id: 'boernepolitik-2025', type: 'politik' }),
        'gammel.md': md({ id: 'boernepolitik-2021', type: 'politik', status: 'udgået' }),
        'andet.md': md({ id: 'aeldrepolitik', type: 'politik' }),
        'sn.md': md({ id: 'sn', type: 'serviceniveau', parent: 'bornepolitik-2025' }),
      },
      only,
    );
    expect(summarize(diagnostics)).toEqual(['sn.md:6:13-6:30 parent-unknown error']);
    const [d] = diagnostics;
    expect(d!.messages.da).toBe('Intet dokument har id "bornepolitik-2025" — mente du "boernepolitik-2025" eller "boernepolitik-2021"?');
    expect(d!.suggestions!.map((s) => s.edits[0]!.newText)).toEqual(['boernepolitik-2025', 'boernepolitik-2021']);
    expect(d!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column} ${r.message.en}`)).toEqual([
      'politik.md:2:5 Document with id "boernepolitik-2025"',
      'gammel.md:2:5 Document with id "boernepolitik-2021"',
    ]);
  });

  it('says so without suggestions when nothing is close', () => {
    const [d] = lintFiles({ 'p.md': md({ id: 'child-policy', type: 'policy', lang: 'en' }), 's.md': md({ id: 's', type: 'service-level', parent: 'xyz', lang: 'en' }) }, only);
    expect(d!.messages.en).toBe('No document has the id "xyz", so this document is not linked to a parent.');
    expect(d!.suggestions).toBeUndefined();
  });

  it('reports the children of a parent that was deleted', () => {
    const files = { 'p.md': md({ id: 'p', type: 'politik' }), 's.md': md({ id: 's', type: 'serviceniveau', parent: 'p' }), 'r.md': md({ id: 'r', type: 'retningslinje', parent: 's' }) };
    expect(lintFiles(files, only)).toEqual([]);
    const { 's.md': _deleted, ...rest } = files;
    expect(summarize(lintFiles(rest, only))).toEqual(['r.md:6:13-6:14 parent-unknown error']);
  });

  it('accepts a parent whose id is duplicated (id-duplicate reports that) and a known parent', () => {
    expect(lintFiles({ 'a.md': md({ id: 'p', type: 'politik' }), 'b.md': md({ id: 'p', type: 'politik' }), 's.md': md({ id: 's', type: 'serviceniveau', parent: 'p' }) }, only)).toEqual([]);
  });
});
