import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['frontmatter-invalid'] };

describe('frontmatter-invalid', () => {
  it('points at each bad key and value', () => {
    const text = ['---', 'id: børn politik', 'type: serviceniveu', 'title: Serviceniveau', 'owner: Familieafdelingen', 'review: snart', 'status: færdig', 'lang: de', 'ower: x', '---', ''].join('\n');
    const diagnostics = lintFiles({ 'sn.md': text }, only);
    expect(summarize(diagnostics)).toEqual([
      'sn.md:2:5-2:17 frontmatter-invalid error',
      'sn.md:3:7-3:19 frontmatter-invalid error',
      'sn.md:6:9-6:14 frontmatter-invalid error',
      'sn.md:7:9-7:15 frontmatter-invalid error',
      'sn.md:8:7-8:9 frontmatter-invalid error',
      'sn.md:9:1-9:5 frontmatter-invalid error',
    ]);
    expect(diagnostics.map((d) => d.messages.en)).toEqual([
      '"id" must be an id without spaces or "#" (e.g. child-policy-2025), not "børn politik".',
      'Unknown document type "serviceniveu" (known types: policy, service-level, guideline).',
      '"review" must be a date (YYYY-MM-DD), not "snart".',
      'Unknown status "færdig" (use draft, adopted or retired).',
      'The language must be "da" or "en", not "de".',
      'Unknown key "ower" — did you mean "owner"?',
    ]);
    expect(diagnostics[1]!.suggestions?.[0]?.edits[0]?.newText).toBe('serviceniveau');
  });

  it('reports missing required keys once each at the opening fence', () => {
    const diagnostics = lintFiles({ 'a.md': '---\ntitle: A\nowner: X\n---\n' }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:1:1-1:4 frontmatter-invalid error', 'a.md:1:1-1:4 frontmatter-invalid error', 'a.md:1:1-1:4 frontmatter-invalid error']);
    expect(diagnostics.map((d) => d.messages.da)).toEqual(['Front matter mangler "id".', 'Front matter mangler "type".', 'Front matter mangler "review".']);
  });

  it('offers the ISO form of a Danish date as a safe fix', () => {
    const text = '---\nid: a\ntype: politik\ntitel: A\nansvarlig: X\nrevision: 1. marts 2028\n---\n';
    const [diagnostic] = lintFiles({ 'a.md': text }, only);
    expect(diagnostic?.message).toBe('"revision" skal skrives som ÅÅÅÅ-MM-DD: "1. marts 2028" er 2028-03-01.');
    expect(diagnostic?.fix?.safe).toBe(true);
    expect(applyEdits(text, diagnostic!.fix!.edits)).toContain('revision: 2028-03-01\n');
  });

  it('reports YAML syntax errors, unclosed front matter and a list instead of a map', () => {
    expect(summarize(lintFiles({ 'a.md': '---\nid: [a\n---\n' }, only))).toEqual(['a.md:2:1-2:7 frontmatter-invalid error']);
    expect(lintFiles({ 'b.md': '---\nid: a\ntype: politik\n\n# Titel\n' }, only).map((d) => d.messages.en)).toEqual(['The front matter is not closed with "---".']);
    expect(lintFiles({ 'c.md': '---\n- id\n- type\n---\n' }, only).map((d) => d.messages.en)).toEqual(['The front matter must be keys and values (id: …, type: …), not a list or a single value.']);
  });

  it('requires adoption data for adopted documents, and adopted-by at the top level', () => {
    const text = '---\nid: p\ntype: policy\ntitle: P\nowner: U\nreview: 2028-01-01\nstatus: adopted\n---\n';
    expect(lintFiles({ 'p.md': text }, only).map((d) => d.messages.en)).toEqual([
      'The document is adopted but has no adoption date ("adopted:").',
      'An adopted top-level document must say who adopted it ("adopted-by:").',
    ]);
  });

  it('accepts a complete document with Danish keys and values', () => {
    const text = [
      '---',
      'id: boernepolitik-2025',
      'type: politik',
      'titel: Børnepolitik',
      'ansvarlig: Børne- og Ungeudvalget',
      'vedtaget: 2025-03-12',
      'vedtaget-af: Kommunalbestyrelsen',
      'revision: 2028-03-01',
      'status: vedtaget',
      'sprog: da',
      'udmønter: [M1, M2]',
      'egen-nøgle: tilladt',
      '---',
      '',
    ].join('\n');
    expect(lintFiles({ 'p.md': text }, only)).toEqual([]);
  });

  it('uses the configured hierarchy for types', () => {
    const text = '---\nid: p\ntype: procedure\ntitle: P\nowner: U\nreview: 2028-01-01\n---\n';
    expect(lintFiles({ 'p.md': text }, only)).toHaveLength(1);
    const config = { hierarchy: { levels: [{ type: 'policy' }, { type: 'standard' }, { type: 'procedure' }, { type: 'instruction' }] } };
    expect(lintFiles({ 'p.md': text }, { ...only, config })).toEqual([]);
  });
});
