import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { policy } from './support/test-docs.ts';

const only = { only: ['unmeasurable-goal'] };

describe('unmeasurable-goal', () => {
  it('reports a goal with no measure at its headline, with a SMART scaffold', () => {
    const text = policy('### M1 Trivsel\nAlle børn og unge skal trives og udvikle sig.\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:11:5-11:15 unmeasurable-goal warning M1']);
    expect(diagnostics[0]!.messages).toEqual({
      da: 'Mål M1 kan ikke måles: der er intet tal, ingen andel, intet antal og ingen indikator. Tilføj "Indikator:" og en målværdi.',
      en: 'Goal M1 cannot be measured: there is no number, percentage, count or indicator. Add an "Indicator:" and a target value.',
    });
    expect(diagnostics[0]!.suggestions![0]).toMatchObject({ safe: false, placeholders: true });
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toContain(
      'Alle børn og unge skal trives og udvikle sig. Målet er nået, når [indikator] er steget fra [udgangspunkt] til [mål] senest [dato].\n\n- Ansvarlig:',
    );
  });

  it('does not count paragraph references, ages, years or goal IDs as measures', () => {
    const text = policy(
      [
        '### M1 Unge',
        'Vi hjælper de 15-17-årige efter § 50, stk. 3, videre, så de som 25-årige er i uddannelse i 2027, jf. M2.',
        '',
        '### M2 Bilag',
        'Indsatserne i bilag 2 og kapitel 4 gælder børn på 0-6 år.',
        '',
        '### M3 Ret',
        "Sagsbehandlingen følger Barnets Lov §§ 18-20 og FN's Børnekonvention artikel 12.",
        '',
        '### M4 Leverance',
        'Der udarbejdes en ny retningslinje for underretninger senest 1. marts 2027.',
        '',
      ].join('\n'),
    );
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual([
      'a.md:11:5-11:12 unmeasurable-goal warning M1',
      'a.md:14:5-14:13 unmeasurable-goal warning M2',
      'a.md:17:5-17:11 unmeasurable-goal warning M3',
      'a.md:20:5-20:17 unmeasurable-goal warning M4',
    ]);
  });

  it("does not count a list item's number before its colon as a measure", () => {
    const text = policy(['### M1 Trivsel', 'Mål 3: Elevernes trivsel styrkes.', '', '### M2 Fravær', 'Mål 4: Mindst 90 % af eleverne har under 5 % fravær.', ''].join('\n'));
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M1']);
    const english = policy('### G1 Voice\nPriority 1: I have a voice, and this is listened to.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1']);
  });

  it("does not count how many items a document's list has, in digits or words, but keeps a count of what is delivered", () => {
    const english = policy(
      [
        '### G1 SEND',
        'This will be achieved by addressing five key priorities: Improve the quality of Education Health and Care Plans.',
        '',
        '### G2 Hub',
        'The EHH has 4 main functions: Screening early help enquiries.',
        '',
        '### G3 Visits',
        'We offer three home visits: at 2, 4 and 8 weeks.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1', 'G2']);
    const da = policy('### M1 Temaer\nPolitikken har tre indsatsområder: Trivsel i fællesskaber.\n');
    expect(lintFiles({ 'a.md': da }, only).map((d) => d.goal)).toEqual(['M1']);
  });

  it('accepts percentages, counts, rates, time limits, numbered frequencies, changes, named indicators and fields', () => {
    const text = policy(
      [
        '### M1 Procent',
        'Mindst 90 % af underretningerne vurderes rettidigt.',
        '',
        '### M2 Antal',
        'Kommunen tilbyder 200 familier et forældrekursus.',
        '',
        '### M3 Rate',
        '3 ud af 4 anbragte børn går i almindelig skole.',
        '',
        '### M4 Tidsgrænse',
        'Underretninger vurderes inden for 24 timer.',
        '',
        '### M5 Hyppighed',
        'Sagsbehandleren besøger barnet mindst hver 3. måned.',
        '',
        '### M6 Halvering',
        'Skolefraværet blandt anbragte børn halveres.',
        '',
        '### M7 Indikator',
        'Flere unge trives, målt ved den nationale trivselsmåling.',
        '',
        '### M8 Felt',
        'Flere unge trives.',
        '',
        '- Indikator: Andel elever med høj trivsel (national trivselsmåling)',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
  });

  it('does not count a universal quantifier or a step bound to an event as a measure (LABELLING.md)', () => {
    const text = policy(
      [
        '### M1 Alle med frist',
        'Alle anbragte børn har en opdateret handleplan senest 1. marts 2027.',
        '',
        '### M2 Procedure',
        'Der holdes et netværksmøde med familien, før der iværksættes en anbringelse.',
        '',
      ].join('\n'),
    );
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual(['a.md:11:5-11:22 unmeasurable-goal warning M1', 'a.md:14:5-14:17 unmeasurable-goal warning M2']);
  });

  it("measures a visit set by the child's age or a week of the pregnancy by compliance, as a schedule is checked", () => {
    const text = policy(
      [
        '### M1 Besøg',
        'Sundhedsplejersken kommer på besøg, når barnet er 8 måneder.',
        '',
        '### M2 Graviditet',
        'Graviditetsbesøget ligger omkring den 30. graviditetsuge.',
        '',
        '### M3 Uden tid',
        'Sundhedsplejersken kommer på besøg hos familien.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M3']);
  });

  it('measures an interval in words, an amount of money and a state that is to hold for no one, but not an age or a school year, nor a rule with a modal', () => {
    const text = policy(
      [
        '### M1 Interval',
        'Børn og unge undersøges med atten måneders interval.',
        '',
        '### M2 Rusmidler',
        'Ingen unge i kommunen ryger.',
        '',
        '### M3 Ingen røg',
        '',
        '### M4 Alder',
        'Regelmæssig tandpleje starter i 3 års alderen.',
        '',
        '### M5 Klasse',
        'Barnet vejes og måles i 0. klasse.',
        '',
        '### M6 Regel',
        'Ingen sag må lukkes uden en afsluttende samtale.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M4', 'M5', 'M6']);
    const english = policy(
      '### G1 Escapes\nNo escapes from the secure centre.\n\n### G2 Transfers\nNo case should transfer between teams without a meeting.\n\n### G3 School\nInvest £17m in the new primary school.\n',
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G2']);
  });

  it('measures a time limit in the deadline field by compliance, but not a horizon of years', () => {
    const text = policy(
      [
        '### G1 Horizon',
        'All our children will be more active.',
        '',
        '- Deadline: What success will be like in 10 years',
        '',
        '### G2 Limit',
        'Every referral is screened.',
        '',
        '- Deadline: 2 working days',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['G1']);
  });

  it('does not take the verb "share", "third sector" or "according to" for a measure, but keeps the share of something and a third of it', () => {
    const english = policy(
      [
        '### G1 Sharing',
        'Agencies will share information with the MASH.',
        '',
        '### G2 Partners',
        'Extend the offer into third sector services.',
        '',
        '### G3 Needs',
        'Support is given according to the level of need.',
        '',
        '### G4 Share',
        'The share of children in care placed with family increases.',
        '',
        '### G5 Third',
        'A third of care leavers are in education or training.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1', 'G2', 'G3']);
    const danish = policy(['### M1 Pligt', 'Alle har ifølge loven pligt til at underrette kommunen.', ''].join('\n'));
    expect(lintFiles({ 'a.md': danish }, only).map((d) => d.goal)).toEqual(['M1']);
  });

  it('reads English documents', () => {
    const text = policy(
      [
        '### G1 Participation',
        'Children aged 12-17 in care take part in decisions about their lives under section 4.',
        '',
        '### G2 Visits',
        'The case worker visits the child at least every six weeks.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:5-12:21 unmeasurable-goal warning G1']);
    expect(diagnostics[0]!.message).toBe('Goal G1 cannot be measured: there is no number, percentage, count or indicator. Add an "Indicator:" and a target value.');
  });
});
