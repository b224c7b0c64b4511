// Fixing in passes: the loop `--fix` and the editor's fix-all share, on real rules and on rules
// made to produce touching fixes and fixes in other files.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/schema.ts';
import { lintWorkspace } from '../lint/runner.ts';
import { documentFromText } from '../parse/from-bytes.ts';
import type { DocumentRule } from '../rule.ts';
import type { Fix } from '../types.ts';
import { WorkspaceIndex } from '../workspace/index.ts';
import { allRules } from '../../rules/index.ts';
import { applyEdits } from './apply.ts';
import { fixDocument, fixInPasses, MAX_FIX_PASSES } from './passes.ts';

const config = resolveConfig({}, '/workspace');
const options = { config, rules: allRules, today: '2026-11-23' };
const workspaceOf = (files: Record<string, string>) => new WorkspaceIndex(Object.entries(files).map(([path, text]) => documentFromText(path, text, config)));

const SERVICE_LEVEL = [
  '---',
  'id: sn-boern',
  'type: serviceniveau',
  'titel: Serviceniveau for børn og unge',
  'ansvarlig: Familieafdelingen',
  'vedtaget: 1. februar 2026',
  'revision: 2027-06-01',
  '---',
  '# Serviceniveau for børn og unge',
  '',
  '## Sagsbehandlingsfrister',
  '',
  'Tilsyn med børn og unge, jf. SEL § 146.',
  '',
  'Tilsyn efter § 146 i SEL § 146 følger reglerne.',
  '',
];

/** A rule reporting every "a" with a fix to "b": neighbouring fixes touch. */
function rule(id: string, check: DocumentRule['check']): DocumentRule {
  return {
    meta: { id, family: 'tool', defaultSeverity: 'warning', description: { da: '', en: '' }, fixable: true, hasSuggestions: false, runsOnBareFiles: true, messages: { m: { da: 'm', en: 'm' } } },
    check,
  };
}
const fix = (edits: Fix['edits'], otherFiles?: Fix['otherFiles']): Fix => ({ title: { da: '', en: '' }, edits, safe: true, ...(otherFiles ? { otherFiles } : {}) });
const at = (offset: number) => ({ start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 1, offset } });

const eachA = rule('each-a', (context) => {
  const { text } = context.document;
  for (let i = text.indexOf('a'); i >= 0; i = text.indexOf('a', i + 1)) context.report({ messageId: 'm', range: at(i), fix: fix([{ start: i, end: i + 1, newText: 'b' }]) });
});

describe('fixing in passes', () => {
  it('fixes a CRLF document with real rules: a date, a two-edit reference, and two references sharing a name, keeping CRLF', () => {
    const text = SERVICE_LEVEL.join('\r\n');
    const workspace = workspaceOf({ 'sn.md': text });
    const original = workspace.get('sn.md')!;
    const outcome = fixInPasses(workspace, options);
    const fixed = outcome.changed.get('sn.md')!;
    expect(fixed.text).toBe(SERVICE_LEVEL.join('\r\n').replace('1. februar 2026', '2026-02-01').replace('jf. SEL § 146', 'jf. BL § 9').replace('§ 146 i SEL § 146', '§ 9 i BL § 9'));
    expect(fixed.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(outcome.applied).toBe(4);
    expect(outcome.passes).toBe(1);
    expect(outcome.remaining.filter((d) => d.fix?.safe)).toEqual([]);
    // The workspace is given back as it was found.
    expect(workspace.get('sn.md')).toBe(original);
    // Replayed on the original, the passes make the fixed text, and the fixed document is what the text reads as.
    expect(fixed.passes.reduce((current, edits) => applyEdits(current, edits), text)).toBe(fixed.text);
    expect(fixed.after.text).toBe(fixed.text);
  });

  it('takes touching fixes over several passes, recomputing each on the fixed text, and stops at the pass limit', () => {
    const workspace = workspaceOf({ 'x.md': 'aaaa' });
    const outcome = fixInPasses(workspace, { config, rules: [eachA], today: '2026-11-23' });
    expect(outcome.changed.get('x.md')!.text).toBe('bbbb');
    expect(outcome.changed.get('x.md')!.passes).toEqual([
      [
        { start: 0, end: 1, newText: 'b' },
        { start: 2, end: 3, newText: 'b' },
      ],
      [
        { start: 1, end: 2, newText: 'b' },
        { start: 3, end: 4, newText: 'b' },
      ],
    ]);
    expect(outcome.passes).toBe(2);

    const forever = rule('forever', (context) => context.report({ messageId: 'm', range: at(0), fix: fix([{ start: 0, end: 0, newText: 'z' }]) }));
    const endless = fixInPasses(workspaceOf({ 'y.md': '' }), { config, rules: [forever], today: '2026-11-23' });
    expect(endless.passes).toBe(MAX_FIX_PASSES);
  });

  it('edits another file only when it is being fixed too; fix-all of one document never edits another', () => {
    const renames = rule('renames', (context) => {
      if (context.document.path !== 'a.md') return;
      context.report({ messageId: 'm', range: at(0), fix: fix([{ start: 0, end: 1, newText: 'A' }], { 'b.md': [{ start: 0, end: 1, newText: 'B' }] }) });
    });
    const own = rule('own', (context) => {
      if (context.document.path === 'a.md' && context.document.text.startsWith('a')) context.report({ messageId: 'm', range: at(2), fix: fix([{ start: 2, end: 3, newText: 'C' }]) });
    });
    const ruleOptions = { config, rules: [renames, own], today: '2026-11-23' };
    const both = fixInPasses(workspaceOf({ 'a.md': 'abc', 'b.md': 'bcd' }), ruleOptions);
    expect([...both.changed].map(([file, fixed]) => [file, fixed.text])).toEqual([
      ['a.md', 'AbC'],
      ['b.md', 'Bcd'],
    ]);

    const onlyA = fixInPasses(workspaceOf({ 'a.md': 'abc', 'b.md': 'bcd' }), ruleOptions, { fixable: (file) => file === 'a.md' });
    expect([...onlyA.changed].map(([file, fixed]) => [file, fixed.text])).toEqual([['a.md', 'abC']]);

    const workspace = workspaceOf({ 'a.md': 'abc', 'b.md': 'bcd' });
    // `own` reports again after its fix, with an edit that changes nothing: that ends the passes.
    expect(fixDocument(workspace, ruleOptions, workspace.get('a.md')!)).toEqual({ text: 'abC', edits: [{ start: 2, end: 3, newText: 'C' }], fixes: 1 });
    // A version the index does not hold (an editor's newer text) is fixed as given, and the index keeps its own.
    const held = workspace.get('a.md');
    const newer = documentFromText('a.md', 'a-c', config);
    expect(fixDocument(workspace, ruleOptions, newer).text).toBe('a-C');
    expect(workspace.get('a.md')).toBe(held);
  });

  it('fix-all of a document gives the text --fix gives, as edits of the text the editor has', () => {
    const files = {
      'sn.md': SERVICE_LEVEL.join('\r\n'),
      'x.md': 'aaaa\n',
      'plain.md': SERVICE_LEVEL.join('\n').replace('sn-boern', 'sn-andet'),
    };
    const ruleOptions = { config, rules: [...allRules, eachA], today: '2026-11-23' };
    const all = fixInPasses(workspaceOf(files), ruleOptions);
    for (const path of Object.keys(files)) {
      const workspace = workspaceOf(files);
      const document = workspace.get(path)!;
      const findings = lintWorkspace(workspace, ruleOptions).filter((diagnostic) => diagnostic.file === path);
      const one = fixDocument(workspace, ruleOptions, document, findings);
      expect(one.text, path).toBe(all.changed.get(path)!.text);
      expect(applyEdits(document.text, one.edits), path).toBe(one.text);
      expect(workspace.get(path)).toBe(document);
    }
  });

  it('writes the line breaks a fix inserts as the document has them, in --fix and in fix-all alike', () => {
    const addsLine = rule('adds-line', (context) => {
      if (!context.document.text.startsWith('Note')) context.report({ messageId: 'm', range: at(0), fix: fix([{ start: 0, end: 0, newText: 'Note\nmore\n' }]) });
    });
    const ruleOptions = { config, rules: [addsLine], today: '2026-11-23' };
    const crlf = fixInPasses(workspaceOf({ 'c.md': 'first\r\nsecond\r\n' }), ruleOptions);
    expect(crlf.changed.get('c.md')!.text).toBe('Note\r\nmore\r\nfirst\r\nsecond\r\n');
    const workspace = workspaceOf({ 'c.md': 'first\r\nsecond\r\n' });
    expect(fixDocument(workspace, ruleOptions, workspace.get('c.md')!).edits).toEqual([{ start: 0, end: 0, newText: 'Note\r\nmore\r\n' }]);
    expect(fixInPasses(workspaceOf({ 'l.md': 'first\nsecond\n' }), ruleOptions).changed.get('l.md')!.text).toBe('Note\nmore\nfirst\nsecond\n');
  });

  it('leaves out a fix whose text would not read back as text, and says why', () => {
    const small = resolveConfig({ limits: { maxFileBytes: 20 } }, '/workspace');
    const grows = rule('grows', (context) => context.report({ messageId: 'm', range: at(0), fix: fix([{ start: 0, end: 0, newText: 'ø'.repeat(8) }]) }));
    const outcome = fixInPasses(new WorkspaceIndex([documentFromText('g.md', 'abcdef', small)]), { config: small, rules: [grows], today: '2026-11-23' });
    expect(outcome.changed.size).toBe(0);
    expect(outcome.blocked.get('g.md')).toMatch(/^too-large: 22 bytes > 20/);
  });
});
