import { describe, expect, it } from 'vitest';
import { renderSkeleton, SKELETON_KINDS } from '../../engine/templates/skeleton.ts';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['placeholder'] };

const policy = (frontmatterExtra: string, body: string) => `---\nid: p\ntype: politik\ntitel: Børne- og ungepolitik\n${frontmatterExtra}revision: 2028-01-01\n---\n\n## Mål\n\n${body}`;

describe('placeholder', () => {
  it('reports placeholders in front matter, goal fields and statements, saying what to write', () => {
    const text = policy(
      'ansvarlig: "[Enhed eller rolle]"\n',
      '### M1 Skolegang\n\nAndelen af [målgruppe], der aflægger 9.-klasseprøve, stiger fra [udgangspunkt] til 65 % senest 2027.\n\n- Ansvarlig: [Enhed eller rolle]\n- Frist: ÅÅÅÅ-MM-DD\n- Indikator: TBD\n',
    );
    const diagnostics = lintFiles({ 'p.md': text }, only);
    expect(summarize(diagnostics)).toEqual([
      'p.md:5:13-5:32 placeholder warning',
      'p.md:13:12-13:79 placeholder warning M1',
      'p.md:15:14-15:33 placeholder warning M1',
      'p.md:16:10-16:20 placeholder warning M1',
      'p.md:17:14-17:17 placeholder warning M1',
    ]);
    expect(diagnostics.map((d) => d.messages.da)).toEqual([
      '"ansvarlig" er ikke udfyldt ("[Enhed eller rolle]"). Skriv den enhed eller rolle, der ejer dokumentet.',
      'Mål M1 indeholder skabelontekst, der ikke er udfyldt ("[målgruppe]", "[udgangspunkt]"). Erstat den med målets egne ord og tal.',
      'Feltet "Ansvarlig" i mål M1 er ikke udfyldt ("[Enhed eller rolle]"). Skriv den enhed eller rolle, der svarer for målet.',
      'Feltet "Frist" i mål M1 er ikke udfyldt ("ÅÅÅÅ-MM-DD"). Skriv en dato (ÅÅÅÅ-MM-DD), en periode eller en tidsfrist.',
      'Feltet "Indikator" i mål M1 er ikke udfyldt ("TBD"). Skriv hvad der måles, og hvor tallet kommer fra.',
    ]);
    expect(diagnostics[2]!.messages.en).toBe('The field "Ansvarlig" of goal M1 is not filled in ("[Enhed eller rolle]"). Write the unit or role that answers for the goal.');
  });

  it('reports a paragraph that is only a skeleton question, and leaves Markdown brackets and filled goals alone', () => {
    const text = policy(
      'ansvarlig: Børne- og Ungeudvalget\n',
      '### M1 Skolegang\n\nAndelen af anbragte børn med 9.-klasseprøve stiger fra 52 % til 65 % senest 2027 [1].\n\n- Ansvarlig: Skolechefen\n- Frist: 2027-12-31\n\n## Opfølgning\n\n[Hvornår og hvordan følges der op?]\n\nSe [vejledningen](https://example.invalid) og punkt [x].\n',
    );
    expect(summarize(lintFiles({ 'p.md': text }, only))).toEqual(['p.md:20:1-20:36 placeholder warning']);
  });

  it('reads a YAML list of references as a list, and a bracketed value of a one-value key as template text', () => {
    const text = policy('ansvarlig: [Enhed eller rolle]\nudmønter: [M4]\n', '### M1 Skolegang\n\nAndelen stiger fra 52 % til 65 % senest 2027.\n');
    expect(summarize(lintFiles({ 'p.md': text }, only))).toEqual(['p.md:5:12-5:31 placeholder warning']);
  });

  it('finds placeholders in every skeleton of govlint init and the editor, in both languages, until they are filled', () => {
    for (const kind of SKELETON_KINDS) {
      for (const lang of ['da', 'en'] as const) {
        const skeleton = renderSkeleton({ kind, lang, today: '2026-11-23' });
        const found = lintFiles({ 'ny.md': skeleton }, only);
        expect(found.length, `${kind} ${lang}`).toBeGreaterThanOrEqual(5);
        // The goal's owner field is one of them, and it is no owner.
        expect(
          found.some((d) => (d.messages.en.startsWith('The field "') && d.messages.en.includes('[Unit or role]')) || d.messages.en.includes('[Enhed eller rolle]')),
          `${kind} ${lang}`,
        ).toBe(true);
        const owner = lintFiles({ 'ny.md': skeleton }, { only: ['missing-owner'] });
        expect(owner.map((d) => d.severity).sort(), `${kind} ${lang}`).toEqual(['warning', 'warning']);
      }
    }
  });

  it('never lets a placeholder count as a deadline or an indicator (nor free text as a deadline)', () => {
    const goal = (fields: string) => policy('ansvarlig: Børne- og Ungeudvalget\n', `### M1 Trivsel\n\nVi vil styrke trivslen blandt anbragte børn.\n\n- Ansvarlig: Skolechefen\n${fields}`);
    const rules = { only: ['missing-deadline', 'unmeasurable-goal'] };
    const found = (fields: string) =>
      lintFiles({ 'p.md': goal(fields) }, rules)
        .map((d) => d.rule)
        .sort();
    expect(found('- Frist: 2027-12-31\n- Indikator: Andel elever med fast kontaktperson (elevtrivselsmålingen)\n')).toEqual([]);
    expect(found('- Frist: ÅÅÅÅ-MM-DD\n- Indikator: Andel elever med fast kontaktperson (elevtrivselsmålingen)\n')).toEqual(['missing-deadline']);
    expect(found('- Frist: xyz\n- Indikator: Andel elever med fast kontaktperson (elevtrivselsmålingen)\n')).toEqual(['missing-deadline']);
    expect(found('- Frist: 2027\n- Indikator: [indikator og datakilde]\n')).toEqual(['unmeasurable-goal']);
  });

  it('offers to fill in a deadline field that holds a placeholder, not to add a second one', () => {
    const text = policy(
      'ansvarlig: Børne- og Ungeudvalget\n',
      '### M1 Skolegang\n\nAndelen af anbragte børn med 9.-klasseprøve stiger fra 52 % til 65 %.\n\n- Ansvarlig: Skolechefen\n- Frist: ÅÅÅÅ-MM-DD\n',
    );
    const [finding] = lintFiles({ 'p.md': text }, { only: ['missing-deadline'] });
    const suggestion = finding!.suggestions![0]!;
    expect(suggestion.title).toEqual({ da: 'Udfyld "Frist:"', en: 'Fill in "Frist:"' });
    expect(applyEdits(text, suggestion.edits)).toBe(text.replace('- Frist: ÅÅÅÅ-MM-DD', '- Frist: [ÅÅÅÅ-MM-DD]'));
  });
});
