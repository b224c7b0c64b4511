import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/schema.ts';
import { documentFromText } from '../parse/from-bytes.ts';
import { analyzeGoal, goalScorecard } from './goal.ts';
import { lexiconData } from './lexicon.ts';
import { scanText } from './patterns.ts';

const da = lexiconData('da');
const en = lexiconData('en');

function scan(text: string, lang: 'da' | 'en' = 'da') {
  const result = scanText(text, lang === 'da' ? da : en);
  return {
    measures: result.measures.map((m) => `${m.kind}:${m.text}`),
    times: result.times.map((t) => `${t.kind}:${t.text}`),
    baselines: result.baselines.map((b) => `${b.from.text}->${b.to?.text ?? ''}`),
  };
}

describe('scanText', () => {
  it('finds percentages, a baseline and a written Danish deadline', () => {
    expect(scan('Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger fra 52 % i\n2024 til 65 % senest 31. december 2027.')).toEqual({
      measures: ['indicator:Andelen', 'percent:52 %', 'percent:65 %'],
      times: ['deadline:31. december 2027'],
      baselines: ['52 %->65 %'],
    });
  });

  it('matches words and numbers only at a boundary, and finds the next one after a near miss', () => {
    // "forandelen", "x2027", "a50 %" and "å3 dage" hold a pattern inside a word or number: no match there, but the one after is found.
    const result = scanText('forandelen og andelen; x2027 og senest 2027; a50 % og 50 %; å3 dage og 3 hverdage', da);
    expect(result.measures.map((m) => [m.kind, m.text, m.start])).toEqual([
      ['indicator', 'andelen', 14],
      ['percent', '50 %', 54],
      ['time-limit', '3 hverdage', 71],
    ]);
    expect(result.times.map((t) => [t.kind, t.text, t.start])).toEqual([
      ['deadline', 'senest 2027', 32],
      ['time-limit', '3 hverdage', 71],
    ]);
  });

  it('does not take a telephone number for a measure', () => {
    expect(scan('Uden for kommunens åbningstid kan du ringe til politiet på 55 35 14 18.').measures).toEqual([]);
    expect(scan('Kontakt Social Myndighed på tlf. 46 11 00 00 eller på telefon 5588 5588.').measures).toEqual([]);
    expect(scan('Ved en akut situation skal du ringe 114.').measures).toEqual([]);
    expect(scan('Call 999 in an emergency, or phone 0300 123 1234.', 'en').measures).toEqual([]);
    expect(scan('Vi svarer på 114 henvendelser om året.').measures).toEqual(['count:114']);
    // British numbers with their area code, the police's number after its name, and a Danish postcode in an address.
    expect(scan('Report it to the duty officer on (01633) 656656, on 0207 527 7400 or on 0800 328 4432.', 'en').measures).toEqual([]);
    expect(scan('In danger, call Fife Police 999 or Tel: 101.', 'en').measures).toEqual([]);
    expect(scan('Henvend dig i Familieafdelingen, Rådhus Alle, Bygning G, 2860 Søborg.').measures).toEqual([]);
    expect(scan('Antallet falder fra 2860 til 1500.').measures).toEqual(['count:2860', 'count:1500']);
  });

  it('does not take the number of a stage, level or step, or an age a service is named by, for a measure', () => {
    expect(scan('At Stage 1 the Service Manager investigates; at Level 3 the case goes to the panel.', 'en').measures).toEqual([]);
    expect(scan('A pathway plan is written by our 16+ Service, with post-18 support from the 16 Plus Team until 18.', 'en').measures).toEqual([]);
    expect(scan('Socialrådgiveren indkalder til et netværksmøde (trin 5 i modellen).').measures).toEqual([]);
    expect(scan('Stage 2 investigations are completed within 25 working days, for at least 16 families.', 'en').measures).toEqual(['time-limit:within 25 working days', 'count:16']);
    // Ages an entitlement runs between, a band from birth, an age with a fraction, and the numbers of a list after its colon.
    expect(scan('We will support you after 18, until 21 and up to 25 if you wish; if you are over 16 and under 21 years, you will have a plan.', 'en').measures).toEqual([]);
    expect(scan("If you're 16 to 18 you are entitled to support from the Disability Service 0 – 25 and a core offer for pre-birth to five year olds.", 'en').measures).toEqual([]);
    expect(scan('At 15 ½ years old you will be allocated a Personal Advisor, after you turn 18 you can ask again.', 'en').measures).toEqual([]);
    expect(scan('We will support over 16 families and under 20 children.', 'en').measures).toEqual(['count:16', 'count:20']);
    expect(scan('The plan has five main aims: 1. Services are provided well. Priority One: Communication. Area 1 will include support.', 'en').measures).toEqual([]);
    expect(scan('Pladser fra nul til seks år og døgnanbringelse fra 0 til og med 17 år; en 2 1/2-årssamtale, når barnet er ca. 3 ½ år.').measures).toEqual([]);
    // A count of the document's own items after a determiner ("de fem temaer", "these nine promises") or before a colon is a name.
    expect(scan('We carry out these nine promises, in line with the 27 Ofsted recommendations and the 3 work streams.', 'en').measures).toEqual([]);
    expect(scan('Vi arbejder med de fem temaer og de to måltal; retningslinjerne har to overordnede formål: at handle tidligt.').measures).toEqual([]);
    expect(scan('Planen indeholder syv indsatsområder og 36 anbefalinger; politikken har fem ligeværdige spor.').measures).toEqual([]);
    expect(scan('Strategien skaber 30 konkrete initiativer.').measures).toEqual(['count:30']);
    // An amount of money is no year, and a term is a rhythm's unit.
    expect(scan('You can get up to £2000 for your course; the PEP is checked at least once per term.', 'en').measures).toEqual(['count:2000', 'frequency:once per term']);
    // ("at" is Danish for "that": "at 20,6 procent" is a share.)
    expect(scan('Målet var, at 20,6 procent af anbringelserne skulle være i familiepleje.').measures).toEqual(['percent:20,6 procent']);
  });

  it('does not take paragraph references, ages, goal IDs or years for measures', () => {
    expect(scan('Indsatsen efter § 50, stk. 3 gælder 15-17-årige og unge som 25-årige; jf. M1 og SN-3, bilag 1.').measures).toEqual([]);
    expect(scan('Services for 16-year-olds and children aged 15 under section 4.', 'en').measures).toEqual([]);
  });

  it('reads a fortnight and a calendar month as units of time', () => {
    expect(scan('Supervision takes place once a fortnight, and the plan is reviewed within 2 calendar months.', 'en').times).toEqual([
      'frequency:once a fortnight',
      'time-limit:within 2 calendar months',
    ]);
  });

  it('tells deadlines, time limits and frequencies apart', () => {
    expect(scan('Underretninger vurderes inden for 24 timer, og modtagelsen kvitteres senest 6 hverdage efter modtagelsen.').times).toEqual([
      'time-limit:inden for 24 timer',
      'time-limit:senest 6 hverdage',
    ]);
    expect(scan('Der følges op hver 6. måned og kvartalsvis, mindst 4 gange om året.').times).toEqual(['frequency:hver 6. måned', 'frequency:kvartalsvis', 'frequency:4 gange om året']);
    expect(scan('Antallet halveres inden udgangen af 2026, i 2. kvartal 2026, senest i 2028, skoleåret 2026/27, 31.12.2027.').times).toEqual([
      'deadline:inden udgangen af 2026',
      'deadline:i 2. kvartal 2026',
      'deadline:senest i 2028',
      'deadline:skoleåret 2026/27',
      'deadline:31.12.2027',
    ]);
    expect(scan('Referrals are assessed within 45 working days, at least every six weeks, by March 2027 and by the end of 2026.', 'en').times).toEqual([
      'time-limit:within 45 working days',
      'frequency:at least every six weeks',
      'deadline:by March 2027',
      'deadline:by the end of 2026',
    ]);
  });

  it("reads a day without its year, a plan's span, every day of the week, 'straks' and a table row's duration as times", () => {
    expect(scan('Udvalget beslutter den 24. februar, hvordan handleplanen skal se ud.').times).toEqual(['deadline:den 24. februar']);
    expect(scan('For the next 3 years we will have a clear focus on school readiness.', 'en').times).toEqual(['deadline:For the next 3 years']);
    expect(scan('For the next 3 years we will have a clear focus on school readiness.', 'en').measures).toEqual([]);
    expect(scan('Underretninger, der modtages på mail, tjekkes alle ugens 7 dage af vagten.').times).toEqual(['frequency:alle ugens 7 dage']);
    expect(scan('I akutte situationer ydes der hjælp straks.').times).toEqual(['time-limit:straks']);
    expect(scan('Fastsættelse af forældrebetaling for ophold i dagtilbud og klub - fire uger.').times).toEqual(['time-limit:fire uger']);
    expect(scan('Økonomisk friplads 2 uger Dagtilbudslovens § 43, stk. 1 nr. 2').times).toEqual(['time-limit:2 uger']);
    // A count of weeks that no law follows stays a count.
    expect(scan('Forløbet omfatter 2 uger i sommerferien.').times).toEqual([]);
    // A table row that ends with its duration, or goes on to its next cell; not an age or a level to reach.
    expect(scan('Kontanthjælp 4 uger').times).toEqual(['time-limit:4 uger']);
    expect(scan('§ 16 Ansøgning om bistands- og plejetillæg 4 uger Varetages af Ydelseskontoret').times).toEqual(['time-limit:4 uger']);
    expect(scan('Aflastning 2 mdr.').times).toEqual(['time-limit:2 mdr']);
    expect(scan('Barnet er 8 måneder.').times).toEqual([]);
    expect(scan('Reduce the average waiting time for family therapy to 4 weeks.', 'en').times).toEqual([]);
    expect(scan('Forankringen af politikken vil ske i løbet af det kommende år.').times).toEqual(['deadline:i løbet af det kommende år']);
    // The everyday of something is no rhythm.
    expect(scan('Temaerne skal indgå i den daglige praksis hos alle medarbejdere.').times).toEqual([]);
    expect(scan('Children enjoy their daily life, and the team meets daily.', 'en').times).toEqual(['frequency:daily']);
  });

  it('reads rates, changes and English baselines', () => {
    expect(scan('The share rises from 40% in 2024 to 55% by 2027; 3 out of 4 families.', 'en')).toEqual({
      measures: ['indicator:share', 'percent:40%', 'percent:55%', 'rate:3 out of 4'],
      times: ['deadline:by 2027'],
      baselines: ['40%->55%'],
    });
    expect(scan('Antallet af anbringelser halveres.').measures).toEqual(['change:halveres']);
  });

  // A hang guard, not a speed target (timings live in bench/): backtracking patterns would not
  // finish within the timeout on this input; linear ones take well under a second.
  it('finishes on long hostile input built to make patterns backtrack', () => {
    const text = `${'1 '.repeat(20_000)}${'fra 1 % i '.repeat(5_000)}${'a'.repeat(50_000)}`;
    const result = scanText(text, da);
    expect(result.measures.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('goal scorecard', () => {
  const text = [
    '---',
    'id: p',
    'type: policy',
    'title: P',
    'owner: X',
    'adopted: 2025-03-12',
    'review: 2028-01-01',
    '---',
    '## Mål',
    '',
    '### M1 Flere anbragte børn gennemfører folkeskolen',
    'Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger fra 52 % i 2024 til 65 % senest 31. december 2027.',
    '',
    '### M2 Vi vil styrke trivslen blandt anbragte børn',
    '',
  ].join('\n');
  const document = documentFromText('p.md', text, resolveConfig({}, '/w'));
  const options = { lang: 'da' as const, today: '2026-11-23', adopted: '2025-03-12' };

  it('passes a SMART goal on every letter', () => {
    const card = goalScorecard(document.goals[0]!, options);
    expect([card.S.ok, card.M.ok, card.A.ok, card.R.ok, card.T.ok]).toEqual([true, true, true, true, true]);
    expect(card.T.reason.en).toBe('Time-bound: "31. december 2027".');
  });

  it('explains why a vague goal fails', () => {
    const card = goalScorecard(document.goals[1]!, options);
    expect([card.S.ok, card.M.ok, card.A.ok, card.R.ok, card.T.ok]).toEqual([false, false, false, true, false]);
    expect(card.S.reason).toEqual({
      da: 'Siger ikke, hvem der gør hvad, eller hvad der skal kunne måles; vagt: "styrke".',
      en: 'Does not say who does what, or what is to be measured; vague: "styrke".',
    });
  });

  it('says when the wording, weighed by the specificity model, makes a goal specific that the rules found no evidence in', () => {
    const english = [
      '---',
      'id: visits',
      'type: guideline',
      'title: Visits',
      'lang: en',
      '---',
      '## Goals',
      '',
      '### G1 Seen',
      "The child's living arrangements, including their bedroom, should be seen.",
      '',
    ].join('\n');
    const goal = documentFromText('v.md', english, resolveConfig({}, '/w')).goals[0]!;
    const byRules = analyzeGoal(goal, { lang: 'en', today: '2026-11-23', specificity: 'rules' });
    expect(byRules.specific).toBe(false);
    const card = goalScorecard(goal, { lang: 'en', today: '2026-11-23' });
    expect(card.S).toEqual({ ok: true, reason: { da: 'Konkret: ordlyden siger, hvad der gøres eller gives.', en: 'Concrete: the wording says what is done or given.' } });
  });

  it('caches the analysis per goal and options', () => {
    expect(analyzeGoal(document.goals[0]!, options)).toBe(analyzeGoal(document.goals[0]!, options));
  });

  it('finds a target of zero in a body paragraph once, also after a colon', () => {
    const zero = ['---', 'id: z', 'type: policy', 'lang: da', '---', '', '## Mål', '', '### M1 Rusmidler', 'Mål: Ingen unge ryger.', ''].join('\n');
    const goal = documentFromText('z.md', zero, resolveConfig({}, '/w')).goals[0]!;
    expect(analyzeGoal(goal, options).measures.map((m) => `${m.kind}:${m.text}`)).toEqual(['count:Ingen']);
  });
});

describe('wordsOf', () => {
  it('segments long texts (in chunks: Intl.Segmenter alone is quadratic) and keeps offsets', async () => {
    const { wordsOf } = await import('./lexicon.ts');
    expect(wordsOf('styrke '.repeat(20_000), 'da')).toHaveLength(20_000);
    const text = 'Vi vil styrke trivslen blandt anbragte 9.-klasse børn, 52,5 % 31.12.2027. '.repeat(40);
    const expected = [...new Intl.Segmenter('da', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.index);
    expect(wordsOf(text, 'da').map((w) => w.start)).toEqual(expected);
  });
});
