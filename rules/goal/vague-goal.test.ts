import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { analyzeGoal } from '../../engine/analysis/goal.ts';
import type { SpecificityInput } from '../../engine/analysis/specificity-model.ts';
import { resolveConfig } from '../../engine/config/schema.ts';
import { documentFromText } from '../../engine/parse/from-bytes.ts';
import { policy } from './support/test-docs.ts';

const only = { only: ['vague-goal'] };

/** The rules' own evidence for the first goal of a policy holding `goals` (the specificity model's input). */
function rulesEvidence(goals: string, lang: 'da' | 'en' = 'da'): SpecificityInput | undefined {
  const document = documentFromText('a.md', policy(goals, { lang }), resolveConfig({}, '/w'));
  return analyzeGoal(document.goals[0]!, { lang, today: '2026-11-23', specificity: 'rules' }).specificityInput;
}

describe('vague-goal', () => {
  it('reports vague verbs with no target, on the vague words, with a SMART scaffold', () => {
    const text = policy('### M1 Trivsel\nVi vil styrke trivslen blandt anbragte børn.\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:8-12:14 vague-goal warning M1']);
    expect(diagnostics[0]!.messages).toEqual({
      da: 'Mål M1 er ikke specifikt: "styrke" siger ikke, hvem der gør hvad, eller hvad der skal kunne måles. Skriv et mål, der kan ses eller tælles, en leverance med dato, eller hvem der gør hvad.',
      en: 'Goal M1 is not specific: "styrke" does not say who does what, or what is to be measured. State a target that can be seen or counted, a deliverable with a date, or who does what.',
    });
    const suggestion = diagnostics[0]!.suggestions![0]!;
    expect(suggestion).toMatchObject({ safe: false, placeholders: true });
    expect(applyEdits(text, suggestion.edits)).toBe(
      policy('### M1 Trivsel\nTrivslen blandt anbragte børn, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].\n\n' + '- Ansvarlig: [enhed eller rolle]\n'),
    );
  });

  it('matches Danish inflections and multi-word phrases, and lists every vague phrase', () => {
    const text = policy(
      [
        '### M1 Samarbejde',
        'Samarbejdet styrkes, og vi arbejder for, at der er øget fokus på tidlig indsats.',
        '',
        '### M2 Kvalitet',
        'Kvaliteten i dagtilbuddene forbedres gennem en styrkelse af fagligheden.',
        '',
        '### M3 Skolegang',
        'Der arbejdes så vidt muligt for en stabil skolegang.',
        '',
      ].join('\n'),
    );
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:13-12:20 vague-goal warning M1', 'a.md:15:28-15:37 vague-goal warning M2', 'a.md:18:5-18:32 vague-goal warning M3']);
    expect(diagnostics.map((d) => d.messages.en.split(' does not')[0])).toEqual([
      'Goal M1 is not specific: "styrkes", "arbejder for", "fokus på", "tidlig"',
      'Goal M2 is not specific: "forbedres", "styrkelse"',
      'Goal M3 is not specific: "arbejdes så vidt muligt for"',
    ]);
  });

  it('does not report a vague verb next to a concrete target, a time limit, an indicator or a target field', () => {
    const text = policy(
      [
        '### M1 Skolegang',
        'Vi styrker indsatsen, så andelen af anbragte børn med 9.-klasseprøve stiger fra 40 % til 55 % senest 2027.',
        '',
        '### M2 Underretninger',
        'Vi sikrer, at underretninger vurderes inden for 24 timer.',
        '',
        '### M3 Kvalitet',
        'Vi vil øge kvaliteten i dagtilbuddene.',
        '',
        '- Indikator: Andel dagtilbud med godkendt pædagogisk læreplan',
        '',
        '### M4 Forældre',
        'Vi styrker forældresamarbejdet med forældremøder to gange om året.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
  });

  it('does not take nouns or other words for vague verbs, nor a deliverable with a deadline', () => {
    const text = policy(
      [
        '### M1 Ressourcer',
        'Vi tager udgangspunkt i barnets styrker og ressourcer og arbejder frem mod 2027.',
        '',
        '### M2 Model',
        'Vi udvikler en ny samarbejdsmodel med skolerne senest 1. juli 2027.',
        '',
        '### M3 Styrket trivsel',
        'Alle børn har en fast kontaktperson.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
  });

  it('reads a heading-only goal, and vague words configured for the workspace', () => {
    const text = policy('### M1 Bedre trivsel\n\n### M2 Tryghed\nVi vil løfte trygheden i hjemmet.\n\n### M3 Rammer\nVi vil kvalitetsudvikle rammerne.\n');
    // M3 has no evidence of concreteness: it is vague with no word to quote, reported on its heading; a configured vague word is then quoted.
    const plain = lintFiles({ 'a.md': text }, only);
    expect(summarize(plain)).toEqual(['a.md:11:8-11:13 vague-goal warning M1', 'a.md:14:8-14:13 vague-goal warning M2', 'a.md:16:5-16:14 vague-goal warning M3']);
    expect(plain[2]!.messages.da).toBe(
      'Mål M3 er ikke specifikt: det siger ikke, hvem der gør hvad, eller hvad der skal kunne måles. Skriv et mål, der kan ses eller tælles, en leverance med dato, eller hvem der gør hvad.',
    );
    const configured = lintFiles({ 'a.md': text }, { ...only, config: { lexicon: { da: { vague: ['kvalitetsudvikle'] } } } });
    expect(summarize(configured)).toEqual(['a.md:11:8-11:13 vague-goal warning M1', 'a.md:14:8-14:13 vague-goal warning M2', 'a.md:17:8-17:24 vague-goal warning M3']);
  });

  it('takes a named service as a defined object, and words of unspecified adequacy as vague', () => {
    const text = policy(
      [
        '### M1 Aflastning',
        'Der kan også gives aflastning af hensyn til den øvrige familie.',
        '',
        '### M2 Lommepenge',
        'Der gives tøj- og lommepenge til barnet.',
        '',
        '### M3 Pleje',
        'Barnet modtager den fornødne pleje og omsorg.',
        '',
      ].join('\n'),
    );
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:18:21-18:29 vague-goal warning M3']);
    expect(diagnostics[0]!.messages.en).toContain('"fornødne"');
    const english = policy('### G1 Respite\nFamilies of disabled children receive respite care every other weekend.\n\n### G2 Help\nYoung people get the necessary help.\n', { lang: 'en' });
    expect(summarize(lintFiles({ 'a.md': english }, only))).toEqual(['a.md:16:22-16:31 vague-goal warning G2']);
    // Respite care is a defined service: evidence the rules find, whatever the specificity model makes of the words around it.
    expect(rulesEvidence('### G1 Respite\nFamilies of disabled children can receive respite care at weekends.\n', 'en')).toMatchObject({ caseObject: true, ruleSpecific: true });
  });

  it('leaves out a clause of purpose that opens the statement, and reads a deliverable dated by its year', () => {
    const text = policy(
      [
        '### M1 Opfølgning',
        'For at sikre, at indsatsen har den ønskede virkning på barnets trivsel, skal rådgiveren holde en samtale med barnet og forældrene.',
        '',
        '### M2 Udspil',
        'Forvaltningen vil i 2027 fremlægge et udspil om bedre kvalitet i dagtilbud.',
        '',
        '### M3 Trivsel',
        'For at styrke trivslen vil vi arbejde for et bedre samarbejde.',
        '',
      ].join('\n'),
    );
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual(['a.md:18:8-18:14 vague-goal warning M3']);
    const english = policy('### G1 Referrals\nTo ensure that children are safe, the duty social worker reviews every referral.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': english }, only)).toEqual([]);
  });

  it("reads a statement of a document's purpose or direction as vague", () => {
    const text = policy(['### M2 Retning', 'Strategien sætter retning for de kommende års indsatser.', ''].join('\n'));
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M2']);
    // A purpose is no step to the rules; the specificity model weighs the words around it.
    expect(rulesEvidence('### M1 Formål\nTilsynet har til formål at forhindre brud i anbringelsen.\n')).toMatchObject({ ruleSpecific: false, procedure: false });
    const english = policy('### G1 SEND\nPlacing children and families at the heart of the SEND system.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1']);
  });

  it('reads a guideline step in the imperative as a concrete action, and "support" after a noun-making word as no vague verb', () => {
    const text = policy(
      [
        '### M1 Oplysninger',
        'Indhent yderligere oplysninger om barnet.',
        '',
        '### M2 Mistanke',
        'Ved mistanke om overgreb: Rådfør dig med din faglige leder.',
        '',
        '### M4 Styrk',
        'Styrk samarbejdet med forældrene.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M4']);
    // Exploring a possibility is no step: the rules find no evidence (the model weighs the words; this one sits near its threshold).
    expect(rulesEvidence('### M3 Madpolitik\nVi vil undersøge muligheden for at udarbejde en madpolitik.\n')).toMatchObject({ procedure: false, ruleSpecific: false });
    const english = policy(
      ['### G1 Advocacy', 'The social worker will discuss with you what support you need and record it in your pathway plan.', '', '### G2 Families', 'We will support families.', ''].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G2']);
    // "support" as the noun is no vague word in the main clause; as the verb it is, whoever acts (the model weighs a team acting).
    expect(rulesEvidence('### G1 Advocacy\nThe social worker will discuss with you what support you need.\n', 'en')).toMatchObject({ mainVague: 0 });
    expect(rulesEvidence('### G2 Families\nThe team will support families.\n', 'en')).toMatchObject({ mainVague: 1, ruleSpecific: false });
  });

  it('leaves out what a step of assessment is about, and reads a draft plan prepared as a concrete step', () => {
    const text = policy(
      ['### M1 Opfølgning', 'Rådgiveren skal vurdere, om barnet trives og udvikler sig alderssvarende.', '', '### M2 Trivsel', 'Rådgiveren skal styrke barnets trivsel.', ''].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M2']);
    const english = policy('### G1 Plan\nThe SEN team will prepare a draft EHCP.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': english }, only)).toEqual([]);
  });

  it('reads bringing a named professional in as a step, and involving the family as a value', () => {
    const text = policy(
      [
        '### M1 Leder',
        'Lederen skal inddrages, og kommunen skal underrettes.',
        '',
        '### M2 PPR',
        'Skolen kan inddrage PPR.',
        '',
        '### M3 Forældre',
        'Forældrene inddrages som ligeværdige samarbejdspartnere.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M3']);
  });

  it('reads a unit that answers for a defined thing of case work as specific', () => {
    const english = policy(
      [
        '### G1 Core group',
        'The Core Group is responsible for the implementation and ongoing development of the Child Protection Plan.',
        '',
        '### G2 Wellbeing',
        'We are responsible for improving the wellbeing of children.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G2']);
    // A unit answering for a value: no evidence the rules find (the model weighs the words; this one sits near its threshold).
    expect(rulesEvidence('### G2 Wellbeing\nThe Core Group is responsible for improving the wellbeing of children.\n', 'en')).toMatchObject({ caseObject: false, ruleSpecific: false });
  });

  it('reads taking part in a defined event as a step, and a service named as a place as no object acted on', () => {
    const text = policy(
      [
        '### M1 Møde',
        'Forældrene deltager i netværksmødet.',
        '',
        '### M2 Samfundsliv',
        'Borgere med handicap skal kunne deltage i samfundslivet.',
        '',
        '### M3 Inklusion',
        'Inklusion skal øge mulighederne for læring for alle børn i dagtilbud og skoler.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.goal)).toEqual(['M2', 'M3']);
  });

  it('does not take an acronym, a noun or needs being met for a step of case work', () => {
    const english = policy(
      [
        '### G1 SEND',
        'The needs of children with Special Educational Needs and Disability are met (SEND).',
        '',
        '### G2 Digital',
        'We are embarking on digital processes and streamlining our admin processes.',
        '',
        '### G3 Authority',
        'There is education in place for all children looked after by the local authority.',
        '',
        '### G4 Referrals',
        'The duty team will process every referral and send the family a letter.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1', 'G2', 'G3']);
  });

  it('reads a named professional given to the person, or support the person gets from one, as concrete, but not a service in general', () => {
    const english = policy(
      [
        '### G1 Adviser',
        'We must provide you with a personal adviser from your 18th birthday.',
        '',
        '### G2 Teacher',
        "Additionally, you'll have a designated teacher in your school for children in care.",
        '',
        '### G3 Officer',
        'There is a named Early Help Officer (EHO) for every Team around the School.',
        '',
        '### G4 Support',
        'You can receive support from your personal adviser up to your 25th birthday.',
        '',
        '### G5 Service',
        'Every family will have a flexible and proportionate service.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G5']);
    // A professional given to the person, with a purpose after it: evidence the rules find (the model, near its threshold here, weighs the words).
    expect(rulesEvidence('### G6 Purpose\nWhen you leave care we will make sure you have a leaving care personal adviser to support you.\n', 'en')).toMatchObject({
      gives: true,
      ruleSpecific: true,
    });
    const danish = policy(['### M1 Rådgiver', 'Barnet får en fast kontaktperson i Familieafdelingen.', '', '### M2 Tilbud', 'Familien har et godt tilbud.', ''].join('\n'));
    expect(lintFiles({ 'a.md': danish }, only).map((d) => d.goal)).toEqual(['M2']);
  });

  it('does not take what the person is helped to do for a step of the service', () => {
    const english = policy(
      [
        '### G1 Help',
        'Your personal adviser will help you to prepare to live independently.',
        '',
        '### G2 List',
        'help prepare you for adulthood and independent living',
        '',
        '### G3 Step',
        'Your personal adviser will prepare your pathway plan with you.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1', 'G2']);
  });

  it('does not take every day, said of work in general, for the rhythm of a step', () => {
    const danish = policy(
      ['### M1 Hverdag', 'Vi arbejder dagligt med at skabe grobund for trivsel i skolerne.', '', '### M2 Kontrol', 'Skolen fører dagligt kontrol med elevernes fremmøde.', ''].join('\n'),
    );
    expect(lintFiles({ 'a.md': danish }, only).map((d) => d.goal)).toEqual(['M1']);
  });

  it('reads counselling the family can get as a defined service, but not help and support in general', () => {
    const danish = policy(['### M1 Rådgivning', 'Alle familier kan få anonym rådgivning.', '', '### M2 Hjælp', 'Alle familier kan få hjælp og støtte.', ''].join('\n'));
    expect(lintFiles({ 'a.md': danish }, only).map((d) => d.goal)).toEqual(['M2']);
  });

  it('does not take a unit that only works with something for a concrete step of its own', () => {
    const danish = policy(
      ['### M1 Samarbejde', 'Familieafsnittet arbejder i et tæt samarbejde med forældrene.', '', '### M2 Visitation', 'Familieafsnittet visiterer til kortvarige rådgivningsforløb.', ''].join('\n'),
    );
    expect(lintFiles({ 'a.md': danish }, only).map((d) => d.goal)).toEqual(['M1']);
    const english = policy(['### G1 Partners', 'The Early Help Team works with partners across the borough.', '', '### G2 Visits', 'The Early Help Team visits each family at home.', ''].join('\n'), {
      lang: 'en',
    });
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1']);
    const manner = policy(['### M1 Helhedssyn', 'Handicaprådgivningen arbejder ud fra et helhedssyn på den samlede familie.', ''].join('\n'));
    expect(lintFiles({ 'a.md': manner }, only).map((d) => d.goal)).toEqual(['M1']);
    expect(rulesEvidence('### M2 Viden\nBørnerådet arbejder vidensbaseret.\n')).toMatchObject({ ruleSpecific: false, actor: 'subject' });
  });

  it('reads a unit that commits to something as making a pledge, not taking a step', () => {
    const english = policy(
      [
        '### G1 Access',
        'The Children with Disabilities Team commit to children having fair access to short breaks.',
        '',
        '### G2 Reviews',
        'The Children with Disabilities Team reviews each short break plan.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(summarize(lintFiles({ 'a.md': english }, only))).toEqual(['a.md:13:37-13:46 vague-goal warning G1']);
  });

  it('reads a defined thing given to the person as concrete, but not support, advice or opportunities', () => {
    const english = policy(
      [
        '### G1 Laptop',
        'We will provide you with a laptop if you do not have one.',
        '',
        '### G2 Contact',
        'We will give you one point of contact.',
        '',
        '### G3 Opportunities',
        'We will provide you with opportunities to see those people that are important to you.',
        '',
        '### G4 Safe',
        'We will provide a safe place for you to live.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G3', 'G4']);
  });

  it('reads a call to a named service and a step after "Så" (then) as concrete', () => {
    const danish = policy(['### M1 Akut', 'Uden for åbningstiden skal du ringe til politiet.', '', '### M2 Underret', 'Så skal du underrette kommunen om din bekymring.', ''].join('\n'));
    expect(lintFiles({ 'a.md': danish }, only)).toEqual([]);
  });

  it('does not take those involved or any involvement for the vague verb "involve"', () => {
    const english = policy(
      ['### G1 Copy', 'This Plan will be copied to those involved, including the child and parents.', '', '### G2 Involve', 'We will involve children in decisions about their care.', ''].join('\n'),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G2']);
  });

  it('reads exploring, building capacity, embedding and enabling as vague verbs', () => {
    const english = policy(
      ['### G1 Explore', 'Explore creative and innovative ways of working with children and families.', '', '### G2 Capacity', 'Build capacity with voluntary and community organisations.', ''].join(
        '\n',
      ),
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1', 'G2']);
    // "embed" is a vague verb to the rules; the specificity model weighs it with the named team and the defined object.
    expect(rulesEvidence('### G3 Embed\nThe duty team will embed the new referral form.\n', 'en')).toMatchObject({ mainVague: 1, ruleSpecific: false });
  });

  it('reads neither the everyday of something as a rhythm nor being met as a meeting', () => {
    const danish = policy(
      [
        '### M1 Praksis',
        'Det er målsætningen, at disse temaer skal indgå i den daglige praksis hos alle medarbejdere.',
        '',
        '### M2 Voksne',
        'At alle børn mødes af voksne, der viser omsorg, nærvær og engagement.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': danish }, only).map((d) => d.goal)).toEqual(['M1', 'M2']);
  });

  it('reads English documents with the English lexicon', () => {
    const text = policy(
      [
        '### G1 Outcomes',
        'We will work towards better outcomes and improved well-being for children in care.',
        '',
        '### G2 Support plan',
        'Every child in care has a support plan by March 2027.',
        '',
        '### G3 Early help',
        'We will strengthen early help so that 80% of referrals are assessed within 24 hours.',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:13:9-13:21 vague-goal warning G1']);
    expect(diagnostics[0]!.message).toBe(
      'Goal G1 is not specific: "work towards", "better", "improved" does not say who does what, or what is to be measured. State a target that can be seen or counted, a deliverable with a date, or who does what.',
    );
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toContain(
      '### G1 Outcomes\nWe will work towards better outcomes and improved well-being for children in care so that [indicator] rises from [baseline] to [target] by [date].\n\n- Owner: [unit or role]\n',
    );
  });

  it('rewrites an unnumbered list-item goal in place, with nested fields, and names it by its text', () => {
    const text = policy('- Vi vil styrke trivslen blandt anbragte børn.\n- Andelen af børn i trivsel stiger fra 70 % til 80 % senest 2027.\n  - Ansvarlig: Skolechefen\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:11:10-11:16 vague-goal warning']);
    expect(diagnostics[0]!.messages.en.startsWith('Goal "Vi vil styrke trivslen blandt anbragte børn." is not specific: "styrke"')).toBe(true);
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toBe(
      policy(
        '- Trivslen blandt anbragte børn, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].\n' +
          '  - Ansvarlig: [enhed eller rolle]\n' +
          '- Andelen af børn i trivsel stiger fra 70 % til 80 % senest 2027.\n  - Ansvarlig: Skolechefen\n',
      ),
    );
  });

  it('does not quote a verb that shares a stem with an evaluative word ("rettes" is not "den rette")', () => {
    const danish = policy(['### M1 Målgruppe', 'Indsatsen rettes mod 3.-9. klassetrin.', '', '### M2 Hjælp', 'Barnet skal have den rette hjælp.', ''].join('\n'));
    const messages = lintFiles({ 'a.md': danish }, only).map((d) => `${d.goal} ${d.messages.da.split(' siger')[0]}`);
    expect(messages).toEqual(['M1 Mål M1 er ikke specifikt: det', 'M2 Mål M2 er ikke specifikt: "rette"']);
  });
});
