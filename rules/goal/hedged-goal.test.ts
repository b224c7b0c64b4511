import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { policy } from './support/test-docs.ts';

const only = { only: ['hedged-goal'] };

/** The hedge each finding quotes ("M1 så vidt muligt"), with each statement a goal of its own in a small policy (M1 … in Danish, G1 … in English). */
function quotedHedges(statements: readonly string[], lang: 'da' | 'en' = 'da'): string[] {
  const goals = statements.map((goal, i) => (lang === 'da' ? `### M${i + 1} Mål\n${goal}\n` : `### G${i + 1} Goal\n${goal}\n`)).join('\n');
  const text = lang === 'da' ? policy(goals) : policy(goals, { lang: 'en' });
  return lintFiles({ 'a.md': text }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`);
}

describe('hedged-goal', () => {
  it('reports each hedge on its words, with a placeholder and a removal', () => {
    const text = policy('### M1 Efterværn\nUnge tilbydes efterværn efter behov og så vidt muligt inden for 3 måneder.\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:25-12:36 hedged-goal info M1', 'a.md:12:40-12:54 hedged-goal info M1']);
    expect(diagnostics[1]!.messages).toEqual({
      da: 'Mål M1: "så vidt muligt" tager løftet tilbage — hvem afgør, hvornår det er muligt eller relevant? Skriv betingelsen konkret, eller fjern forbeholdet.',
      en: 'Goal M1: "så vidt muligt" takes the promise back — who decides when it is possible or relevant? State the condition concretely, or remove the hedge.',
    });
    const [replace, remove] = diagnostics[1]!.suggestions!;
    expect(replace).toMatchObject({ safe: false, placeholders: true });
    expect(applyEdits(text, replace!.edits)).toContain('efter behov og [konkret betingelse, f.eks. når … inden for … dage] inden for 3 måneder.');
    expect(applyEdits(text, remove!.edits)).toContain('efter behov og inden for 3 måneder.');
  });

  it('finds the other Danish hedges and workspace hedges, and nothing in a firm promise', () => {
    const text = policy(
      [
        '### M1 A',
        'Barnet får tilbudt en bisidder, hvor det er relevant.',
        '',
        '### M2 B',
        'Familien får hjælp hurtigst muligt og i videst muligt omfang.',
        '',
        '### M3 C',
        'Alle børn får tilbudt en bisidder inden for 5 hverdage.',
        '',
        '### M4 D',
        'Indsatsen gives i fornødent omfang.',
        '',
      ].join('\n'),
    );
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual([
      'a.md:12:33-12:53 hedged-goal info M1',
      // "hurtigst muligt" sets no limit (missing-deadline says so), but it leaves nothing to discretion.
      'a.md:15:39-15:61 hedged-goal info M2',
    ]);
    const configured = lintFiles({ 'a.md': text }, { ...only, config: { lexicon: { da: { hedges: ['i fornødent omfang'] } } } });
    expect(summarize(configured).at(-1)).toBe('a.md:21:17-21:35 hedged-goal info M4');
  });

  it('reads "som regel", "hvis nødvendigt" and "as necessary" as hedges, as the guide reads "as a rule" and "if necessary"', () => {
    const da = policy('### M1 Møder\nForældrene deltager som regel i mødet, og tolk bestilles hvis nødvendigt.\n');
    expect(lintFiles({ 'a.md': da }, only).map((d) => d.messages.da.split(' tager')[0])).toEqual(['Mål M1: "som regel"', 'Mål M1: "hvis nødvendigt"']);
    const en = policy('### G1 Visits\nThe social worker visits the child as necessary.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': en }, only).map((d) => d.messages.en.split(' takes')[0])).toEqual(['Goal G1: "as necessary"']);
  });

  it("reads what is left to the municipality as hedges, but not a wish, the authority's or the family's (a wish makes a goal vague, not hedged)", () => {
    const text = policy(
      [
        '### M1 Fællesskaber\nKommunalbestyrelsen ønsker, at alle børn deltager i et fællesskab.\n',
        '### M2 Timer\nDu kan efter aftale med kommunen spare timer sammen.\n',
        '### M3 Undersøgelse\nKommunen laver en undersøgelse, medmindre kommunen vurderer, at sagen er belyst.\n',
        '### M4 Aflastning\nHvis I ønsker at søge om aflastning, kontakter I sagsbehandleren inden for 5 dage.\n',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => `${d.goal}: ${d.messages.da.split('"')[1]}`)).toEqual(['M2: efter aftale med kommunen', 'M3: medmindre kommunen vurderer']);
  });

  it('reads English hedges', () => {
    const text = policy('### G1 Aftercare\nYoung people are offered a meeting where appropriate, and as far as possible before they turn 18.\n', { lang: 'en' });
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Goal G1: "where appropriate" takes the promise back — who decides when it is possible or relevant? State the condition concretely, or remove the hedge.',
      'Goal G1: "as far as possible" takes the promise back — who decides when it is possible or relevant? State the condition concretely, or remove the hedge.',
    ]);
  });

  it('reads hedges built from varying words: advice, effort, discretionary judgement, superlative scope', () => {
    const text = policy(
      [
        '### M1 A',
        'Vi anbefaler, at rådgiveren holder samtalen i hjemmet.',
        '',
        '### M2 B',
        'Rådgiveren vil forsøge at inddrage netværket.',
        '',
        '### M3 C',
        'Aflastning bevilges ud fra en konkret, individuel vurdering.',
        '',
        '### M4 D',
        'Træning indgår i størst muligt omfang i indsatsen.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': text }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual([
      'M1 Vi anbefaler',
      'M2 forsøge at',
      'M3 ud fra en konkret, individuel vurdering',
      'M4 i størst muligt omfang',
    ]);
  });

  it('finds no hedge in a condition opened by its verb, a possible thing named, or a near form of a hedge', () => {
    const da = policy(
      [
        '### M1 A',
        'Kan kommunen ikke overholde fristen, får du skriftlig besked inden for 5 hverdage.',
        '',
        '### M2 B',
        'Rådgiveren orienterer om et eventuelt sagsbehandlerskift og opretter en sag på evt. søskende.',
        '',
        '### M3 C',
        'Skolen varsler forældrene om muligt økonomisk sanktion.',
        '',
        '### M4 D',
        'Teamet anbefaler en anbringelse, og forældrene kan søge om aflastning.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': da }, only)).toEqual([]);
    const en = policy(
      '### G1 Health\nThe nurse reviews the health needs of children identified as needing a CAMHS service.\n\n### G2 Plans\nWe will try to agree a plan where it is deemed appropriate.\n',
      { lang: 'en' },
    );
    expect(lintFiles({ 'a.md': en }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['G2 try to', 'G2 where it is deemed appropriate']);
  });

  it("reads an option, a condition opened by its verb and a hedge that opens a step as hedges, but not the reader's own option", () => {
    const da = policy(
      [
        '### M1 A',
        'Klubberne har mulighed for at bringe observationer op på møderne.',
        '',
        '### M2 B',
        'Er der brug for at koordinere tiltag, indkalder socialrådgiveren til et netværksmøde.',
        '',
        '### M3 C',
        'Eventuelt henvises familien til PPR.',
        '',
        '### M4 D',
        'Du har mulighed for at klage inden for 4 uger, og der kan altid ske sparring med andre myndigheder.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': da }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['M1 har mulighed for', 'M2 Er der brug for', 'M3 Eventuelt']);
    const en = policy('### G1 Visits\nIn general carers are visited every 4 weeks.\n\n### G2 Reasons\nThere may be instances where we cannot act, and then we explain why.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': en }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['G1 In general', 'G2 There may be instances']);
  });

  it('reads an estimate of time as a hedge, and an option held by those the promise is for after a modal as their right', () => {
    const da = policy(
      ['### M1 A', 'Den samlede sagsbehandlingstid forventes at vare 4 måneder.', '', '### M2 B', 'Alle børn og unge skal have mulighed for at deltage i leg og bevægelse.', ''].join('\n'),
    );
    expect(lintFiles({ 'a.md': da }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['M1 forventes at vare']);
    const en = policy('### G1 Assessment\nThe assessment is expected to take 6 weeks.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': en }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['G1 is expected to take']);
  });

  it('reads "gerne" and a safety condition as hedges, but not a modal in a condition or an indirect question, nor the quality of a life aimed at', () => {
    const da = policy(
      [
        '### M1 A',
        'Handicaprådgivningen inddrager gerne netværkets ressourcer.',
        '',
        '### M2 B',
        'Hvis denne frist ikke kan overholdes, får ansøgeren skriftlig besked om, hvornår en afgørelse kan forventes.',
        '',
        '### M3 C',
        'Familien skal kunne leve så normalt som muligt.',
        '',
        '### M4 D',
        'Det kan godt være, at vi ikke er de rette, men så kender vi den fagperson, du skal i kontakt med.',
        '',
      ].join('\n'),
    );
    expect(lintFiles({ 'a.md': da }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['M1 gerne']);
    const en = policy(['### G1 Contact', 'We promise to help you keep in touch with your family, if it is safe to do so.', '', '### G2 Health', 'I am as healthy as possible.', ''].join('\n'), {
      lang: 'en',
    });
    expect(lintFiles({ 'a.md': en }, only).map((d) => `${d.goal} ${d.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['G1 if it is safe to do so']);
  });

  it("reads help sized to a need, an option the authority holds, a professional's view and what depends on the case as hedges, but not a limit or a basis", () => {
    const da = [
      'Aflastningsformen og timetallet fastsættes ud fra dit barns særlige behov.',
      'Når PPR får en indstilling, har vi mulighed for at tilbyde en undersøgelse.',
      'Lederen iværksætter den støtte, som vedkommende finder relevant.',
      'Forvaltningen sikrer et tilsyn som udgangspunkt for udarbejdelse af kvalitetsindikatorer.',
      'Vi tilpasser behandlingen efter det enkelte barns behov.',
      'Børnene indkaldes efter et individuelt vurderet behov.',
      'Tilbuddet gives til børn med særlige behov efter en fast plan.',
    ];
    expect(quotedHedges(da)).toEqual([
      'M1 ud fra dit barns særlige behov',
      'M2 har vi mulighed for',
      'M3 som vedkommende finder relevant',
      'M5 efter det enkelte barns behov',
      'M6 efter et individuelt vurderet behov',
    ]);
    const en = [
      'The timescale is between 25 and 65 working days, depending on the complexity of the complaint.',
      'The ChAD will obtain as much of the following information as possible.',
      'Stage 3 can take up to 50 working days.',
      'The decision should not be dependent on consent.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G1 depending on', 'G2 as much of the following information as possible']);
  });

  it('reads the usual case and a long "så … som muligt" as hedges, but not an assessment that is the promise, a step brought forward, or an option the children hold', () => {
    const da = [
      'I de fleste tilfælde holder sagsbehandleren en samtale med barnet.',
      'Indsatser skal ske så tæt på barnet og den unges hverdag som muligt.',
      'Alle afgørelser sker på baggrund af en konkret, individuel vurdering.',
      'Vi sikrer, at børn og unge i kommunen har mulighed for en opvækst fri af kriminalitet.',
      'Klubberne i området har mulighed for at bringe bekymringer op på møderne.',
    ];
    expect(quotedHedges(da)).toEqual(['M1 I de fleste tilfælde', 'M2 så tæt på barnet og den unges hverdag som muligt', 'M5 har mulighed for']);
    const en = ['We will help you keep in touch with your family, whenever it is possible and safe to do so.', 'The plan is reviewed at least every 6-8 weeks, or sooner if required.'];
    const english = policy(en.map((goal, i) => `### G${i + 1} Goal\n${goal}\n`).join('\n'), { lang: 'en' });
    expect(lintFiles({ 'a.md': english }, only).map((d) => d.goal)).toEqual(['G1']);
  });

  it('reads an extent left to the author and "not always possible" as hedges, but not a modal bound by a duty, a span, an addition to a minimum, a relative clause or the reader\'s entitlement', () => {
    const da = [
      'Det kan og skal lykkes, at flere børn får en uddannelse.',
      'Opholdene kan strække sig fra 1-2 dage til 2-3 uger ad gangen.',
      'Grupperne mødes minimum to gange pr. år og derudover efter behov.',
      'I sager, hvor der normalt kan træffes afgørelse straks, har borgeren en afgørelse senest efter 14 dage.',
      'Mødet holdes inden for 5 hverdage, men det er ikke altid muligt.',
    ];
    expect(quotedHedges(da)).toEqual(['M5 ikke altid muligt']);
    const en = [
      'We will share as much information with you as we can about your carers.',
      'We provide you with the best support we can offer.',
      'A strategy meeting is the preferred option, however this is not always possible.',
      'As your corporate parent we have high hopes for you.',
      'Care leavers can receive a £1000 bursary for starting an apprenticeship.',
      'A note of the meeting will be taken by the Chair, who will usually be the social worker.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G1 as much information with you as we can', 'G2 the best support we can', 'G3 not always possible']);
  });

  it("reads anyone's advice about what someone else does as a hedge, but not a recommendation that is the work, nor more of a fixed step as needed", () => {
    const da = [
      'Sundhedsplejen anbefaler, at det første besøg ligger i uge 30.',
      'Teamet anbefaler en anbringelse uden for hjemmet.',
      'Lokaludvalget mødes en gang om måneden eller mere efter behov.',
    ];
    expect(quotedHedges(da)).toEqual(['M1 anbefaler, at']);
    const en = [
      'Practitioners are advised to contact the duty team before a home visit.',
      'The panel recommends that each plan is reviewed by the Head of Service.',
      'Your worker will meet you twice a year, but more if needed.',
      'We will always attempt to seek your consent first.',
      'In most circumstances, the child is visited within one week of the placement.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G1 are advised to', 'G2 recommends that', 'G4 attempt to', 'G5 In most circumstances']);
  });

  it('reads a step taken when someone judges it needed, written after the step, as a hedge, but not a condition that opens the sentence, nor any problems or absence', () => {
    const da = [
      'Rådgiveren kontakter skolen, hvis hun vurderer, at det er nødvendigt.',
      'Hvis kommunen vurderer, at barnet har behov for støtte, skal kommunen gennemføre en børnefaglig undersøgelse.',
      'Skolen registrerer dagligt evt. fravær i elevens journal.',
    ];
    expect(quotedHedges(da)).toEqual(['M1 hvis hun vurderer, at det er nødvendigt']);
    const en = ['Extra visits will be arranged if the social worker believes this is required.', 'Staff must refer a child to the duty team if they believe the child is at risk of harm.'];
    expect(quotedHedges(en, 'en')).toEqual(['G1 if the social worker believes this is required']);
  });

  it('reads "ofte"/"often" before a step as a hedge, but not how often something happens nor a state described', () => {
    const da = ['Ofte vil en kontakt til PPR starte med et konsultativt møde.', 'Sagsbehandlingen af en børnesag er ofte kompleks og kræver en grundig udredning.'];
    expect(quotedHedges(da)).toEqual(['M1 Ofte']);
    const en = ['The first contact will often be a home visit by the health visitor.', 'Decisions about how often practitioners visit are recorded in the child’s plan.'];
    expect(quotedHedges(en, 'en')).toEqual(['G1 often']);
  });

  it('does not read access, a cap, what a thing comprises or a question as a discretionary modal, but a professional who may contact someone is one', () => {
    const da = [
      'Sundhedsplejen kan desuden kontaktes i telefontiden torsdage mellem kl. 12.30 og 13.30.',
      'Alle fagpersoner kan kontakte SSP-koordinatoren med henblik på sparring.',
      'Støtten kan max. udgøre 1.500 kr. pr. år.',
      'Hjælpen kan efter serviceniveauet fx bestå i et økonomisk tilskud til kørsel.',
      'Rådgiveren kan indkalde til et netværksmøde.',
    ];
    expect(quotedHedges(da)).toEqual(['M5 kan']);
    const en = ['Tell you what Children’s Services can provide for you.', 'The ARO may also contact the educational setting for more information.'];
    expect(quotedHedges(en, 'en')).toEqual(['G2 may']);
  });

  it('does not read a modal negated before it, nor what someone may need, as a discretionary modal', () => {
    const da = ['Ring til Ankestyrelsen, hvis du har en akut bekymring, og din underretning ikke kan afvente kommunens åbningstid.', 'Rådgiveren kan tilbyde et ekstra møde.'];
    expect(quotedHedges(da)).toEqual(['M2 kan']);
    const en = ['The social worker arranges a meeting to discuss any support they may need.', 'The social worker may arrange a further meeting.'];
    expect(quotedHedges(en, 'en')).toEqual(['G2 may']);
  });

  it('reads a place where something can be done, a duty "as required by law", a group with needs and more of a step as no hedges, but a choice that depends on the case as one', () => {
    const da = [
      'Barnet skal indgå i læringsmiljøer, hvor det er muligt at møde og mestre livets udfordringer.',
      'I forhold til børn med særlige behov holder PPR et møde med dagtilbuddet hvert halve år.',
      'Indsatsen og metoderne vælges alt afhængig af formålet og børnenes alder.',
    ];
    expect(quotedHedges(da)).toEqual(['M3 alt afhængig af']);
    const en = [
      'We will assess their capacity to make decisions as required by law.',
      'You will see your Personal Advisor at least every 8 weeks, and more often if needed.',
      'We will inform the school, where it is possible to do so.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G3 where it is possible']);
  });

  it('reads a need or a judgement written after the step, an applicable case and an extent left to the author as hedges, but not a possible step named by its noun nor a purpose', () => {
    const da = [
      'Indsatsen justeres i samarbejde med familien, hvis det er nødvendigt.',
      'Konsulenten inddrages i sagen, hvis skolelederen vurderer, at skolen har svært ved at støtte eleven.',
      'Du skal kontakte din leder, der beslutter det videre forløb og evt. underretning til Familierådgivningen.',
    ];
    expect(quotedHedges(da)).toEqual(['M1 hvis det er nødvendigt', 'M2 hvis skolelederen vurderer, at']);
    const en = [
      'We will do all we can to keep brothers and sisters together.',
      'The triage form (where applicable) is submitted to the Triage team.',
      'If the child has special educational needs it may be more appropriate for the school to lead the interview.',
      'In an attempt to give clarity, the route to independence is mapped out with each young person.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G1 do all we can', 'G2 where applicable', 'G3 may be more appropriate']);
  });

  it('reads an intention, an effort, a moment or an exception left to the author as hedges, but not a condition, a fact or speed', () => {
    const en = [
      'The family hub intends to open two more centres.',
      'If the council intends to refuse the request, the family is told why.',
      'We will make every effort to place brothers and sisters together.',
      'We will act on your views when we can.',
      'We will respond as fully and as early as we can.',
      'We will call you back as soon as we can.',
      'The social worker sees the child alone, unless it would be unsafe.',
      'You will meet your carers before you move in, unless it is an emergency placement.',
      'Contact with your family continues if it is in your best interests.',
      'It is our aspiration that every pupil leaves school with a qualification.',
      'We anticipate that the waiting list will be cleared by March.',
    ];
    expect(quotedHedges(en, 'en')).toEqual([
      'G1 intends to',
      'G3 make every effort',
      'G4 when we can',
      'G5 as fully and as early as we can',
      'G7 unless it would',
      'G9 if it is in your best interests',
      'G10 It is our aspiration',
      'G11 We anticipate that',
    ]);
    const da = [
      'Støtten gives, når det er vurderet, at familien ikke selv kan løse opgaven.',
      'Familien får den hjælp, der måtte være behov for.',
      'Børn og forældre tilbydes støtte, når der af hensyn til barnet er behov for det.',
      'Det tilsigtes, at alle unge har et fritidsjob.',
      'De unge inddrages efter evne i planlægningen.',
      'Undersøgelsen må ikke være mere omfattende, end formålet tilsiger.',
    ];
    expect(quotedHedges(da)).toEqual(['M1 når det er vurderet, at', 'M2 måtte være behov', 'M3 når der af hensyn til barnet er behov', 'M4 tilsigtes', 'M5 efter evne']);
  });

  it("reads what may follow or happen and an authority's power to decide as no discretion, but a step left open as one", () => {
    const da = [
      'Undersøgelsen kan føre til, at familien får støtte.',
      'Aflastningen kan foregå både i og uden for hjemmet.',
      'I hastende sager kan Familieretshuset træffe en midlertidig afgørelse.',
      'Rådgiveren kan tilbyde et ekstra møde.',
    ];
    expect(quotedHedges(da)).toEqual(['M4 kan']);
  });

  it("reads help that waits for the reader's need as a hedge after the promise, not in a condition that opens the sentence", () => {
    const en = [
      'We will offer you support after you turn 21, if you need it.',
      'If you need to come into care, we will make sure you are safe.',
      'We will tell you what to do if you need urgent help.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G1 if you need it']);
  });

  it('reads exceptional circumstances that the sentence names as no hedge', () => {
    const en = [
      'In exceptional circumstances where there is a delay, the reasons must be recorded by the Chair.',
      'The manager attends the conference unless in exceptional circumstances, where the Chair agrees.',
    ];
    expect(quotedHedges(en, 'en')).toEqual(['G2 in exceptional circumstances']);
  });

  it('reads a habit that names who usually does the step as no hedge', () => {
    expect(quotedHedges(['Inden 10 dage kontakter en medarbejder – typisk en psykolog – familien.', 'Familien kontaktes typisk inden 10 dage.'])).toEqual(['M2 typisk']);
    expect(quotedHedges(['We will tell you who is investigating — usually a manager from the team.', 'We usually reply within 10 days.'], 'en')).toEqual(['G2 usually']);
  });

  it('reads a goodness aimed at "så … som muligt" and the month of May as no hedge, but what circumstances permit as one', () => {
    expect(
      quotedHedges([
        'Vi arbejder for at skabe så gode muligheder for børnefamilier som muligt.',
        'Børnehuset koordinerer indsatserne, så de foregår så skånsomt for barnet som muligt.',
        'Undersøgelsen skal gennemføres så skånsomt, som forholdene tillader det.',
      ]),
    ).toEqual(['M3 så skånsomt, som forholdene tillader det']);
    expect(quotedHedges(['From Monday 22nd May, 2017 only the new form will be accepted.', 'The team may visit you at home.'], 'en')).toEqual(['G2 may']);
  });

  it('reads what the author can do, a good reason, exploring and a possible delay as hedges, Danish individual judgement without an article too', () => {
    expect(
      quotedHedges(
        [
          'If we can we will find someone in your family who can care for you.',
          'They will write a report that will say what support you need and if we can help.',
          'We will make sure your social worker does not change unless there is a good reason for it.',
          'We will explore opportunities to develop our network of participation workers.',
          'There may be a delay in us contacting you at busy times.',
        ],
        'en',
      ),
    ).toEqual(['G1 If we can', 'G3 unless there is a good reason', 'G4 explore opportunities to', 'G5 There may be a delay']);
    expect(quotedHedges(['Herefter indkaldes børnene efter individuel vurdering af behovet.'])).toEqual(['M1 efter individuel vurdering']);
  });

  it("reads a step the authority may take in the passive as a hedge, but not what a thing may be, the reader's access or a request the reader makes", () => {
    expect(
      quotedHedges(
        [
          'This can be extended to 65 days in complex cases.',
          'The family may be offered direct support from their named person.',
          'Appropriate advice and support can also be made available from the Disabled Children Team.',
          'The assessment can be difficult for some families.',
          'The full policy can be found on our website.',
          'A request for a review can be made to the Fostering Service.',
          'Some assessments can be completed more quickly than this.',
        ],
        'en',
      ),
    ).toEqual(['G1 can', 'G2 may', 'G3 can']);
  });

  it('reads no hedge in what cannot be done, nor in a "kan" whose clause is set before a relative clause of those it is for', () => {
    expect(
      quotedHedges([
        'Underretningspligten kan ikke tilsidesættes.',
        'Formålet er at give økonomisk støtte, således at børn, der har behov for særlig støtte, kan deltage i fritidsaktiviteter.',
        'Hvis vi vurderer at, der stadig er behov for en undersøgelse, kan vi igangsætte denne uden samtykke.',
        'Vi kan ikke altid finde en plads i nærområdet.',
      ]),
    ).toEqual(['M3 kan', 'M4 kan']);
  });

  it('reads help given on an assessment of need, a promise kept as means or safety allow, and a level that only guides as hedges', () => {
    expect(
      quotedHedges(
        [
          'Any additional support for fares will be based on an assessment of need.',
          'We will allocate a worker to young persons aged under 19, where staffing levels permit, within 5 working days.',
          'Our children will live safely with a family, wherever it is safe to do so.',
          'We will take you to visit the home before you move in except in very exceptional circumstances.',
          'We will advocate on your behalf when required.',
          'If you need anything your social worker can see you more often than this.',
          'If the young person needs further support we can provide services up until their 26th birthday.',
          'If resources allow, the team visits every month.',
        ],
        'en',
      ),
    ).toEqual([
      'G1 based on an assessment of need',
      'G2 where staffing levels permit',
      'G3 wherever it is safe',
      'G4 except in very exceptional circumstances',
      'G5 when required',
      'G6 can',
      'G7 can',
    ]);
    expect(
      quotedHedges([
        'Hjælpen vil være forskellig og helt afhængig af det enkelte barns eller den enkelte unges behov.',
        'Serviceniveauerne skal ses som et vejledende udgangspunkt for tildelingen af støtte.',
        'Familien får en vejledende samtale med sundhedsplejersken.',
      ]),
    ).toEqual(['M1 afhængig af det enkelte barns eller den enkelte unges behov', 'M2 ses som et vejledende']);
  });

  it("reads no hedge in a right to complain, a possible participant named, a second relative clause, the reader's wish or potential, or parents' option", () => {
    expect(
      quotedHedges([
        'Forældrene får en skriftlig afgørelse og kan så klage til Ankestyrelsen inden fire uger.',
        'Sagsbehandlingen foregår i tæt samarbejde med dig og eventuelt dine pårørende.',
        'Guiden handler om de børn, der anbringes i en anden kommune, og som typisk skal skifte skole.',
        'Hvis du ikke vil se dem i Ankestyrelsen, kan vi sørge for det.',
        'Også forældre har mulighed for at bede om et møde.',
      ]),
    ).toEqual([]);
    expect(quotedHedges(['We want to help you achieve the best you possibly can.', 'We will support families to be the best they can be.'], 'en')).toEqual([]);
  });

  it('reads no hedge in an assessment that must always be made, nor in who may join a step', () => {
    expect(
      quotedHedges([
        'Tildelingen af en aflastningsydelse skal dog altid bero på en konkret, individuel vurdering af borgerens behov.',
        'Tildelingen af en aflastningsydelse sker efter en konkret vurdering.',
        'Undersøg og observer yderligere, eventuelt i samarbejde med din faglige leder.',
        'Der skal være arbejdet med udfordringen i skolen, evt. med inddragelse af skolens ressourcepersoner.',
      ]),
    ).toEqual(['M2 efter en konkret vurdering']);
  });
  it('reads a judgement that decides whether, a promise "in principle", a welfare condition and a likelihood as hedges, but not a likelihood given as a reason', () => {
    expect(
      quotedHedges([
        'I disse tilfælde beror det således på en konkret vurdering af den unge, om den unge tilbydes efterværn.',
        'Det kan være nødvendigt med en særlig indsats over for børn med særlige behov.',
        'Barnet kan blive i hjemmet, såfremt hensynet til barnets tarv tilsiger dette.',
      ]),
    ).toEqual(['M1 beror det således på en konkret vurdering', 'M2 Det kan være nødvendigt', 'M3 hensynet til barnets tarv tilsiger']);
    expect(
      quotedHedges(
        [
          'The Council in principle will assist as a guarantor for care leavers.',
          'We will help you stay in touch with family and friends if it is ok to do so.',
          'In the longer term, it is most likely that you will be helped to find a tenancy.',
          'A strategy meeting should be held face to face, as it is likely to be the most effective way of planning.',
        ],
        'en',
      ),
    ).toEqual(['G1 in principle', 'G2 if it is ok to do so', 'G3 it is most likely that']);
  });
  it("reads someone's own judgement, an attempt in the passive, an encouragement, every effort and an exception of consistency as hedges", () => {
    expect(
      quotedHedges([
        'Andre relevante fagpersoner deltager efter lederens vurdering.',
        'Når der er mobning, søges problemet løst af de implicerede lærere.',
        'Det opfordres til, at punktet står på dagsordenen til hvert rådsmøde.',
        'Der søges for et år ad gangen.',
      ]),
    ).toEqual(['M1 efter lederens vurdering', 'M2 søges problemet løst', 'M3 Det opfordres']);
    expect(
      quotedHedges(
        [
          'The council will ensure that every effort is made for children to keep links with their family.',
          'Children should live with their families unless it is not consistent with their safety and welfare.',
          'In this instance, consideration should be given to the meeting being chaired by someone independent.',
        ],
        'en',
      ),
    ).toEqual(['G1 every effort is made', 'G2 unless it is not consistent with', 'G3 consideration should be given']);
  });
});
