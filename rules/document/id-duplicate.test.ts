import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['id-duplicate'] };

const doc = (id: string, body = '') => `---\nid: ${id}\ntype: politik\nansvarlig: Udvalget\nrevision: 2028-01-01\n---\n${body}`;

describe('id-duplicate', () => {
  it('reports both documents that share an id, each pointing at the other, and names the one references go to', () => {
    const diagnostics = lintFiles({ 'b/politik.md': doc('boernepolitik'), 'a/politik.md': doc('boernepolitik'), 'c.md': doc('andet') }, only);
    expect(summarize(diagnostics)).toEqual(['a/politik.md:2:5-2:18 id-duplicate error', 'b/politik.md:2:5-2:18 id-duplicate error']);
    expect(diagnostics.map((d) => d.messages.da)).toEqual([
      'Id "boernepolitik" bruges også af b/politik.md. Henvisninger til "boernepolitik" går til a/politik.md.',
      'Id "boernepolitik" bruges også af a/politik.md. Henvisninger til "boernepolitik" går til a/politik.md.',
    ]);
    expect(diagnostics.map((d) => d.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`))).toEqual([['b/politik.md:2:5'], ['a/politik.md:2:5']]);
  });

  it('resolves to the same document whatever order the files come in', () => {
    const forward = lintFiles({ 'x.md': doc('p'), 'y.md': doc('p') }, only);
    const backward = lintFiles({ 'y.md': doc('p'), 'x.md': doc('p') }, only);
    expect(backward.map((d) => d.message)).toEqual(forward.map((d) => d.message));
  });

  it('reports the second goal with an ID already used in the document', () => {
    const body = '\n## Mål\n\n### M1 Første\n\n### M2 Andet\n\n### M1 Tredje\n';
    const diagnostics = lintFiles({ 'p.md': doc('p', body) }, only);
    expect(summarize(diagnostics)).toEqual(['p.md:14:5-14:7 id-duplicate error M1']);
    expect(diagnostics[0]!.messages.en).toBe('Goal ID "M1" is already used in this document (line 10).');
    expect(diagnostics[0]!.related![0]!.range.start.line).toBe(10);
  });

  it('accepts distinct ids and distinct goal IDs', () => {
    expect(lintFiles({ 'a.md': doc('a', '\n## Mål\n\n### M1 A\n\n### M2 B\n'), 'b.md': doc('b', '\n## Mål\n\n### M1 A\n') }, only)).toEqual([]);
  });
});
