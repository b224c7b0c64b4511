import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { findServicelovenReferences } from './support/legal-references.ts';
import { doc } from './support/test-docs.ts';

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
  it('reports servicelovens § 146 with a safe fix to barnets lovs § 9 (confirmed by the bill), tagged deprecated', () => {
    const diagnostics = lint('Tilsynet føres efter servicelovens § 146.');
    expect(summarize(diagnostics)).toEqual(['sn.md:11:22-11:41 legal-reference-outdated warning']);
    const [d] = diagnostics;
    expect(d!.messages).toEqual({
      da: 'Serviceloven § 146 gælder ikke længere for børn og unge: siden 1. januar 2024 er bestemmelsen barnets lov § 9.',
      en: "Section 146 of the Social Services Act no longer applies to children: since 1 January 2024 the provision is section 9 of the Children's Act (barnets lov).",
    });
    expect(d!.tags).toEqual(['deprecated']);
    expect(d!.suggestions).toBeUndefined();
    expect(fixed('Tilsynet føres efter servicelovens § 146.')).toBe('Tilsynet føres efter barnets lovs § 9.');
  });

  it('keeps the form of the reference in the fix', () => {
    expect(fixed('Jf. SEL § 146.')).toBe('Jf. BL § 9.');
    expect(fixed('Efter § 146 i serviceloven.')).toBe('Efter § 9 i barnets lov.');
    expect(fixed('Serviceloven § 146 om tilsyn.')).toBe('Barnets lov § 9 om tilsyn.');
    expect(fixed('Underretning ved fraflytning efter § 152 i lov om social service.')).toBe('Underretning ved fraflytning efter § 132 i barnets lov.');
    expect(fixed('Supervision under section 146 of the Social Services Act.', 'en')).toBe("Supervision under section 9 of the Children's Act.");
  });

  it('§ 50 is not one-to-one: § 20 as a suggestion, § 19 (a lighter afdækning) to check, no safe fix', () => {
    const text = doc('Undersøgelsen gennemføres efter servicelovens § 50.');
    const [d] = lintFiles({ 'sn.md': text }, only);
    expect(summarize([d!])).toEqual(['sn.md:11:33-11:51 legal-reference-outdated warning']);
    expect(d!.fix).toBeUndefined();
    expect(d!.messages).toEqual({
      da: 'Serviceloven § 50 gælder ikke længere for børn og unge: siden 1. januar 2024 står bestemmelsen helt eller delvis i barnets lov § 20 — kontrollér henvisningen. Tjek: en lettere afdækning ("§ 50-afdækning") hører under barnets lov § 19; undersøgelsens indhold står i §§ 21-23.',
      en: 'Section 50 of the Social Services Act no longer applies to children: since 1 January 2024 the provision is wholly or partly section 20 of the Children\'s Act (barnets lov) — check the reference. Check: a lighter assessment (a "section 50 afdækning") belongs under section 19 of the Children\'s Act; the content of the investigation is in sections 21-23.',
    });
    expect(d!.suggestions!.map((s) => [s.title.da, s.safe, applyEdits(text, s.edits).split('\n').pop()])).toEqual([
      ['Skift til barnets lov § 20', false, 'Undersøgelsen gennemføres efter barnets lovs § 20.'],
      ['Tjek: sandsynligvis barnets lov § 19', false, 'Undersøgelsen gennemføres efter barnets lovs § 19.'],
    ]);
  });

  it('offers suggestions, not a fix, when the paragraph split or a subsection may not carry over', () => {
    const [many] = lint('Handleplanen efter servicelovens § 140.');
    expect(many!.fix).toBeUndefined();
    expect(many!.messages.da).toBe(
      'Serviceloven § 140 gælder ikke længere for børn og unge: siden 1. januar 2024 står bestemmelserne i barnets lov § 91 eller § 92 — vælg den, der passer. Tjek: gælder planen en ung, er det ungeplanen i barnets lov § 108.',
    );
    const text = doc('Handleplanen efter servicelovens § 140.');
    expect(many!.suggestions!.map((s) => [s.title.da, applyEdits(text, s.edits).split('\n').pop()])).toEqual([
      ['Skift til barnets lov § 91', 'Handleplanen efter barnets lovs § 91.'],
      ['Skift til barnets lov § 92', 'Handleplanen efter barnets lovs § 92.'],
      ['Tjek: sandsynligvis barnets lov § 108', 'Handleplanen efter barnets lovs § 108.'],
    ]);
    const [subsection] = lint('Tilsynet efter servicelovens § 146, stk. 2.');
    expect(subsection!.fix).toBeUndefined();
    expect(subsection!.suggestions).toHaveLength(1);
    const [stk3] = lint('Forebyggende indsatser efter servicelovens § 11, stk. 3.');
    expect(stk3!.fix).toBeUndefined();
    expect(stk3!.messages.en).toBe(
      "Section 11(3) of the Social Services Act no longer applies to children: since 1 January 2024 the provision is wholly or partly section 30 of the Children's Act (barnets lov) — check the reference.",
    );
  });

  it('cites a move no primary source confirms only as "Tjek: sandsynligvis …", with check suggestions and no fix (issue 21)', () => {
    const text = doc('Underretninger behandles efter servicelovens § 155.');
    const [d] = lintFiles({ 'sn.md': text }, only);
    expect(d!.fix).toBeUndefined();
    expect(d!.messages).toEqual({
      da: 'Serviceloven § 155 gælder ikke længere for børn og unge: bestemmelsen flyttede 1. januar 2024 til barnets lov. Tjek: sandsynligvis barnets lov § 136.',
      en: "Section 155 of the Social Services Act no longer applies to children: the provision moved to the Children's Act (barnets lov) on 1 January 2024. Check: probably section 136 of the Children's Act.",
    });
    expect(d!.suggestions!.map((s) => [s.title.da, s.title.en, s.safe, applyEdits(text, s.edits).split('\n').pop()])).toEqual([
      ['Tjek: sandsynligvis barnets lov § 136', "Check: probably section 136 of the Children's Act", false, 'Underretninger behandles efter barnets lovs § 136.'],
    ]);
    // The other demoted safe fixes and the moves the issue lists without a primary source found.
    for (const [body, target] of [
      ['Genvurdering efter § 155 a i lov om social service.', '§ 137'],
      ['Opfølgning efter SEL § 70, stk. 2.', '§ 95 eller § 96'],
      ['Anbringelse uden samtykke efter servicelovens § 58.', '§ 47'],
      ['Børnepolitikken efter servicelovens § 19, stk. 2.', '§ 15'],
    ] as const) {
      const [finding] = lint(body);
      expect(finding!.fix, body).toBeUndefined();
      expect(finding!.messages.da, body).toContain(`Tjek: sandsynligvis barnets lov ${target}.`);
      for (const suggestion of finding!.suggestions ?? []) expect(suggestion.title.da, body).toMatch(/^Tjek: /);
    }
    const [absence] = lint('Skolelederen underretter efter servicelovens § 153, stk. 2.');
    expect(absence!.messages.da).toBe(
      'Serviceloven § 153, stk. 2 gælder ikke længere for børn og unge: bestemmelsen flyttede 1. januar 2024 til barnets lov. Tjek: sandsynligvis barnets lov § 133. Tjek: skolelederens underretning ved 15 pct. ulovligt skolefravær (servicelovens § 153, stk. 2) står sandsynligvis i barnets lov § 133, stk. 2.',
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
      'Efter SEL § 146 i prosa.',
      '',
      '| Før | Nu |',
      '| --- | --- |',
      '| SEL § 146 | BL § 9 |',
      '',
      '> Afgørelsen fra 2020 blev truffet efter servicelovens § 146.',
      '',
      '- Punkt efter SEL § 146.',
      '  > Citat i et punkt: SEL § 146.',
      '',
      'Se `SEL § 146` i systemet og [servicelovens § 146](https://example.dk/a).',
      '',
      'Arkiv: <https://example.dk/SEL§146> og https://example.dk/SEL§146 og www.example.dk/SEL§146.',
    ].join('\n');
    const text = doc(body);
    const diagnostics = lintFiles({ 'sn.md': text }, only);
    const at = (d: (typeof diagnostics)[number]) => `${d.range.start.line}:${d.range.start.column}`;
    expect(diagnostics.filter((d) => d.fix?.safe).map(at)).toEqual(['11:7', '19:15']);
    expect(diagnostics.filter((d) => !d.fix).map(at)).toEqual(['15:3', '17:42', '20:23', '22:5', '22:31', '24:28', '24:59', '24:85']);
    for (const d of diagnostics.filter((d) => !d.fix)) expect(d.suggestions?.length, at(d)).toBe(1);
  });
});
