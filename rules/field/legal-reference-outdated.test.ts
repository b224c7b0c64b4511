import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { findServicelovenReferences } from './legal-references.ts';
import { doc } from './test-docs.ts';

const only = { only: ['legal-reference-outdated'] };
const lint = (body: string, lang: 'da' | 'en' = 'da') => lintFiles({ 'sn.md': doc(body, lang) }, only);
/** The text after applying the safe fix of the one diagnostic. */
const fixed = (body: string, lang: 'da' | 'en' = 'da'): string => {
  const text = doc(body, lang);
  const [d] = lintFiles({ 'sn.md': text }, only);
  expect(d?.fix?.safe, body).toBe(true);
  return applyEdits(text, d!.fix!.edits).slice(text.length - body.length);
};

describe('legal-reference-outdated', () => {
  it('reports servicelovens § 50 with a safe fix to barnets lovs § 20, tagged deprecated', () => {
    const diagnostics = lint('Undersøgelsen gennemføres efter servicelovens § 50.');
    expect(summarize(diagnostics)).toEqual(['sn.md:11:33-11:51 legal-reference-outdated warning']);
    const [d] = diagnostics;
    expect(d!.messages).toEqual({
      da: 'Serviceloven § 50 gælder ikke længere for børn og unge: siden 1. januar 2024 er bestemmelsen barnets lov § 20.',
      en: "Section 50 of the Social Services Act no longer applies to children: since 1 January 2024 the provision is section 20 of the Children's Act (barnets lov).",
    });
    expect(d!.tags).toEqual(['deprecated']);
    expect(d!.suggestions).toBeUndefined();
    expect(fixed('Undersøgelsen gennemføres efter servicelovens § 50.')).toBe('Undersøgelsen gennemføres efter barnets lovs § 20.');
  });

  it('keeps the form of the reference in the fix', () => {
    expect(fixed('Jf. SEL § 50.')).toBe('Jf. BL § 20.');
    expect(fixed('Efter § 50 i serviceloven.')).toBe('Efter § 20 i barnets lov.');
    expect(fixed('Serviceloven § 146 om tilsyn.')).toBe('Barnets lov § 9 om tilsyn.');
    expect(fixed('Servicelovens § 19, stk. 2, kræver en børnepolitik.')).toBe('Barnets lovs § 15, kræver en børnepolitik.');
    expect(fixed('Genvurdering efter § 155 a i lov om social service.')).toBe('Genvurdering efter § 137 i barnets lov.');
    expect(fixed('An investigation under section 50 of the Social Services Act.', 'en')).toBe("An investigation under section 20 of the Children's Act.");
  });

  it('offers suggestions, not a fix, when the paragraph split or a subsection may not carry over', () => {
    const [many] = lint('Handleplanen efter servicelovens § 140.');
    expect(many!.fix).toBeUndefined();
    expect(many!.messages.da).toBe('Serviceloven § 140 gælder ikke længere for børn og unge: siden 1. januar 2024 står bestemmelserne i barnets lov § 91 eller § 92 — vælg den, der passer.');
    const text = doc('Handleplanen efter servicelovens § 140.');
    expect(many!.suggestions!.map((s) => applyEdits(text, s.edits).split('\n').pop())).toEqual([
      'Handleplanen efter barnets lovs § 91.',
      'Handleplanen efter barnets lovs § 92.',
    ]);
    const [subsection] = lint('Samtalen efter servicelovens § 50, stk. 3.');
    expect(subsection!.fix).toBeUndefined();
    expect(subsection!.suggestions).toHaveLength(1);
    const [partly] = lint('Sammenhæng efter servicelovens § 11.');
    expect(partly!.fix).toBeUndefined();
    expect(partly!.messages.en).toBe(
      "Section 11 of the Social Services Act no longer applies to children: since 1 January 2024 the provision is wholly or partly section 14 of the Children's Act (barnets lov) — check the reference.",
    );
  });

  it('reports a paragraph whose new number is not confirmed, without a suggestion', () => {
    const [d] = lint('Kvittering efter SEL § 155 b, stk. 1.');
    expect(summarize([d!])).toEqual(['sn.md:11:18-11:37 legal-reference-outdated warning']);
    expect(d!.messages.da).toBe('Serviceloven § 155 b, stk. 1 gælder ikke længere for børn og unge: bestemmelsen flyttede 1. januar 2024 til barnets lov. Henvis til den nye paragraf.');
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions).toBeUndefined();
  });

  it('reports each moved paragraph of a list on its number', () => {
    expect(summarize(lint('Redskaberne er beskrevet i servicelovens §§ 11, 50 og 140 og § 85.'))).toEqual([
      'sn.md:11:45-11:47 legal-reference-outdated warning',
      'sn.md:11:49-11:51 legal-reference-outdated warning',
      'sn.md:11:55-11:58 legal-reference-outdated warning',
    ]);
  });

  it('leaves bare paragraphs, Barnets Lov, paragraphs that did not move and other laws alone', () => {
    for (const body of [
      'Undersøgelsen efter § 50 afsluttes inden for 4 måneder.',
      'Undersøgelsen efter barnets lovs § 20 og Barnets Lov § 50.',
      'Bostøtte efter servicelovens § 85 og SEL § 107.',
      'Servicelovens § 19 om kommunens tilbud.',
      '§ 50 i barnets lov og § 140 i forvaltningsloven.',
      'Serviceloven blev ændret, og § 50 handler nu om noget andet.',
    ]) {
      expect(lint(body), body).toEqual([]);
    }
  });

  it('finds references in headings, list items and table cells', () => {
    const body = ['## Undersøgelse (SEL § 50)', '', '- Handleplan: servicelovens § 140', '', '| Trin | Hjemmel |', '|---|---|', '| Tilsyn | Serviceloven § 146 |'].join('\n');
    expect(summarize(lint(body))).toEqual([
      'sn.md:11:18-11:26 legal-reference-outdated warning',
      'sn.md:13:15-13:34 legal-reference-outdated warning',
      'sn.md:17:12-17:30 legal-reference-outdated warning',
    ]);
  });

  it('scans adversarial text in linear time (a quadratic scan would exceed the test timeout)', () => {
    const long = `servicelovens §§ ${'1, '.repeat(20_000)}2 og ${'§ '.repeat(50_000)}${' '.repeat(50_000)}SEL ${'§ 1, '.repeat(20_000)}`;
    expect(findServicelovenReferences(long).map((reference) => reference.items.length)).toEqual([20_001, 1]);
  });

  it('fixes prose only: in a table cell, a quotation, inline code, a link or a web address the fix is a suggestion (issue 16, item 3)', () => {
    const body = [
      'Efter SEL § 50 i prosa.',
      '',
      '| Før | Nu |',
      '| --- | --- |',
      '| SEL § 50 | BL § 20 |',
      '',
      '> Afgørelsen fra 2020 blev truffet efter servicelovens § 50.',
      '',
      '- Punkt efter SEL § 50.',
      '  > Citat i et punkt: SEL § 50.',
      '',
      'Se `SEL § 50` i systemet og [servicelovens § 50](https://example.dk/a).',
      '',
      'Arkiv: <https://example.dk/SEL§50> og https://example.dk/SEL§50 og www.example.dk/SEL§50.',
    ].join('\n');
    const text = doc(body);
    const diagnostics = lintFiles({ 'sn.md': text }, only);
    const at = (d: (typeof diagnostics)[number]) => `${d.range.start.line}:${d.range.start.column}`;
    expect(diagnostics.filter((d) => d.fix?.safe).map(at)).toEqual(['11:7', '19:15']);
    expect(diagnostics.filter((d) => !d.fix).map(at)).toEqual(['15:3', '17:42', '20:23', '22:5', '22:30', '24:28', '24:58', '24:83']);
    for (const d of diagnostics.filter((d) => !d.fix)) expect(d.suggestions?.length, at(d)).toBe(1);
  });
});
