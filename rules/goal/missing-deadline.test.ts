import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { policy } from './support/test-docs.ts';

const only = { only: ['missing-deadline'] };

describe('missing-deadline', () => {
  it('reports a goal with no deadline at its headline, with a "Frist:" suggestion', () => {
    const text = policy('### M1 Skolegang\nAndelen af anbragte børn med 9.-klasseprøve stiger fra 52 % til 65 %.\n\n- Ansvarlig: Skolechefen\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:11:5-11:17 missing-deadline warning M1']);
    expect(diagnostics[0]!.messages).toEqual({
      da: 'Mål M1 har ingen frist: ingen dato, ingen tidsfrist og intet "Frist:"-felt. Skriv, hvornår målet skal være nået.',
      en: 'Goal M1 has no deadline: no date, no time limit and no "Deadline:" field. Say when the goal is to be reached.',
    });
    const [suggestion] = diagnostics[0]!.suggestions!;
    expect(suggestion).toMatchObject({ safe: false, placeholders: true, title: { da: 'Tilføj "Frist:"', en: 'Add "Deadline:"' } });
    expect(applyEdits(text, suggestion!.edits)).toBe(
      policy('### M1 Skolegang\nAndelen af anbragte børn med 9.-klasseprøve stiger fra 52 % til 65 %.\n\n- Ansvarlig: Skolechefen\n- Frist: [ÅÅÅÅ-MM-DD]\n'),
    );
  });

  it('accepts Danish deadlines, time limits, a deadline field and a recurring task', () => {
    const goals = [
      'Andelen stiger til 65 % senest 31. december 2027.',
      'Andelen stiger til 65 % senest 31.12.2027.',
      'Andelen stiger til 65 % inden udgangen af 2026.',
      'Andelen stiger til 65 % i 2. kvartal 2026.',
      'Andelen stiger til 65 % senest i 2028.',
      'Andelen stiger til 65 % i skoleåret 2026/27.',
      'Underretninger vurderes inden for 24 timer.',
      'Modtagelsen bekræftes senest 6 hverdage efter modtagelsen.',
      'Sagsbehandleren besøger barnet hver 6. måned.',
      'Forældrene inviteres til dialogmøde kvartalsvis.',
      'Andelen stiger til 65 %.\n\n- Frist: 2027-12-31',
    ];
    const text = policy(goals.map((goal, i) => `### M${i + 1} Mål\n${goal}\n`).join('\n'));
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
  });

  it('reports a frequency that stands in for a deadline on a goal that aims at a change, on the frequency', () => {
    const text = policy('### M1 Handleplaner\nAndelen af opdaterede handleplaner stiger til 95 %. Der følges op kvartalsvis.\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:67-12:78 missing-deadline warning M1']);
    expect(diagnostics[0]!.messages.en).toBe(
      'Goal M1 has only a frequency ("kvartalsvis"), not a deadline: it says how often progress is followed up, not when the goal is to be reached. Add a "Deadline:".',
    );
  });

  it('does not take a baseline year or a paragraph for a deadline', () => {
    const text = policy('### M1 Skolegang\nAndelen stiger fra 52 % i 2024 til 65 %, jf. § 20.\n');
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual(['a.md:11:5-11:17 missing-deadline warning M1']);
  });

  it('reads the time limits of service-level tables, durations a step takes, the age of the child, a week of the pregnancy and opening days', () => {
    const goals = [
      'Økonomisk støtte: 10 uger',
      'Merudgifter til børn. Behandlingsfrist: 6 uger',
      'Støtteperson til forældre med anbragt barn Fire til seks uger',
      'Undersøgelsesfasen tager mellem 2-4 måneder.',
      'Ved anke har kommunen derefter 4 uger til at revurdere sagen.',
      'Alle familier tilbydes et besøg indenfor en uges tid efter hjemkomsten.',
      'Alle småbørnsfamilier får tilbud om hjemmebesøg, når barnet er ca. 8 måneder.',
      'I løbet af de næste 2 år stiger antallet af unge i fritidsjob.',
      'Familieafdelingen kan kontaktes alle hverdage.',
      'Aflastning – Barnets Lov § 32 – 8 uger',
      'Sundhedsplejersken kommer på besøg, når dit barn er 8-10 dage gammelt.',
      'Graviditetsbesøget ligger omkring den 30. graviditetsuge.',
      'Tandplejen indkalder med 18-måneders interval.',
      'Børnene undersøges med gennemsnitligt atten måneders interval.',
      'Tandplejen indkalder til sidste tandeftersyn i 17 ½ års alderen.',
      'Barnet vejes og måles i 0. klasse.',
      'Sundhedsplejersken ser børnene i 0., 1., 4., 7. og 9. klasse.',
      // No time: a monthly amount of hours, and a range of ages.
      'Du kan maksimalt få 15 timers ledsagelse pr. måned.',
      'Tilbuddet gælder unge på 15-17 år.',
    ];
    const text = policy(goals.map((goal, i) => `### M${i + 1} Mål\n${goal}\n`).join('\n'));
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M18', 'M19']);
    const english = policy(
      [
        '### G1 Calls\nWe answer all telephone calls within 15 seconds.\n',
        '### G2 Email\nThe duty team responds to your email within 24 working hours.\n',
        '### G3 Comments\nYou will have 15 days to comment on the draft plan.\n',
        '### G4 Adviser\nYou will be introduced to a Personal Adviser when you turn 16.\n',
        '### G5 Plan\nYour pathway plan is completed around your 16th birthday.\n',
        '### G6 Support\nThe leaving care team offers support until the age of 25.\n',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only)).toEqual([]);
  });

  it('reads English deadlines, time limits and frequencies', () => {
    const goals = [
      'Attendance rises to 92% by March 2027.',
      'Attendance rises to 92% by the end of 2026.',
      'Referrals are assessed within 45 working days.',
      'The case worker visits the child at least every six weeks.',
    ];
    goals.push('We will focus on school transitions during the 2026/27 school year.', 'A child plan is drawn up before any placement begins.');
    const text = policy([...goals.map((goal, i) => `### G${i + 1} Goal\n${goal}\n`), '### G7 Goal\nAttendance rises to 92%.\n'].join('\n'), { lang: 'en' });
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:30:5-30:12 missing-deadline warning G7']);
    expect(diagnostics[0]!.suggestions![0]!.edits[0]!.newText).toBe('\n\n- Deadline: [YYYY-MM-DD]');
  });

  it('reads limits given by reference, immediacy, a week of a timeline, a term of office and a timeline column', () => {
    const da = [
      'Ved akut behov behandles sagerne med det samme.',
      'Svar gives indenfor de fastsatte tidsfrister.',
      'Børne- og Ungebyrådet kan i hver byrådsperiode sende forslag til byrådet.',
      'Det må højst tage 4 måneder at lave en undersøgelse.',
    ];
    const text = policy(da.map((goal, i) => `### M${i + 1} Mål\n${goal}\n`).join('\n'));
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
    // "med det samme" sets a time, but nothing to count.
    expect(lintFiles({ 'a.md': policy('### M1 Akut\nVed akut behov behandles sagerne med det samme.\n') }, { only: ['unmeasurable-goal'] }).map((d) => d.goal)).toEqual(['M1']);
    const en = [
      'Reports are returned to court within statutory timescales.',
      'We’ll decide whether your child needs an EHCP by week 14.',
      'You should get a written response to your complaint in 10 days.',
      'Decisions should be reached within 24hrs of the Contact being made.',
      'Each residential centre receives an annual inspection.',
      'We send you the final plan.\n\n- Timeline: 20 weeks',
    ];
    const english = policy(en.map((goal, i) => `### G${i + 1} Goal\n${goal}\n`).join('\n'), { lang: 'en' });
    expect(lintFiles({ 'a.md': english }, only)).toEqual([]);
  });
});
