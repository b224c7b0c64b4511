import { describe, expect, it } from 'vitest';
import { findActor } from './actor.ts';

const actor = (text: string, lang: 'da' | 'en' = 'da', owners: string[] = []): string | undefined => {
  const found = findActor(text, lang, owners);
  return found ? `${found.role}: ${found.text}` : undefined;
};

describe('findActor', () => {
  it('takes the subject of a main clause, straight or inverted, and the agent of a passive', () => {
    expect(actor('Myndighedsteamet vurderer underretningen inden for 24 timer.')).toBe('subject: Myndighedsteamet');
    expect(actor('Inden for 24 timer vurderer teamlederen underretningen.')).toBe('subject: teamlederen');
    expect(actor('Udenfor åbningstiden foretager døgnvagten denne vurdering.')).toBe('subject: døgnvagten');
    expect(actor('Handleplanen godkendes af afdelingslederen.')).toBe('agent: afdelingslederen');
    expect(actor('The duty manager screens each referral.', 'en')).toBe('subject: The duty manager');
    // "så" resuming the main clause after a condition, and a main clause joined by "og" after a comma.
    expect(actor('Er fraværet af langvarig karakter, så kontakter klasseteamet hjemmet.')).toBe('subject: klasseteamet');
    expect(actor('Hvis der er tvivl, så barnet kan få hjælp.')).toBeUndefined();
    expect(actor('Underretningen modtages, og rådgiveren vurderer den samme dag.')).toBe('subject: rådgiveren');
    expect(actor('Derefter kontakter læreren/pædagogen forældrene.')).toBe('subject: læreren/pædagogen');
    expect(actor('The child is seen, and the social worker records the visit.', 'en')).toBe('subject: the social worker');
    expect(actor('Decisions about an EHC Plan are made by the SEND Panel.', 'en')).toBe('agent: the SEND Panel');
  });

  it('takes a role acting in a clause of content, or in a condition carried on by a pronoun', () => {
    expect(actor('Det er vigtigt, at rådgiveren holder samtalen med barnet.')).toBe('subject: rådgiveren');
    expect(actor('Hvis Borgercenter Børn og Unge vurderer, at barnet ikke har behov for støtte, lukker vi sagen.')).toBe('subject: Borgercenter Børn og Unge');
    expect(actor('If a practitioner is unable to reach the duty team, they should contact the police.', 'en')).toBe('subject: a practitioner');
    expect(actor('If the Service Manager decides to convene a conference outwith this timescale he/she must record the reasons.', 'en')).toBe('subject: the Service Manager');
  });

  it('reads a Danish acronym inflected after an apostrophe as the unit it names', () => {
    expect(actor("SFO'en sender en underretning samme dag.")).toBe("subject: SFO'en");
    expect(actor('Mødet indkaldes af SSP’en.')).toBe('agent: SSP’en');
    expect(actor("Barnet går i SFO'en.")).toBeUndefined();
  });

  it('takes the role whose task a statement names, the focus of a cleft, and a subject before a clause set off by commas', () => {
    expect(actor('Familieplejekonsulentens primære opgave er at tilbyde supervision.')).toBe('subject: Familieplejekonsulentens');
    expect(actor("It is the Chair's responsibility to circulate the minutes.", 'en')).toBe("subject: the Chair's");
    expect(actor('Det er rådgiver fra Myndighedscentret, der visiterer barnet til anbringelse.')).toBe('subject: rådgiver');
    expect(actor('The social worker, when conducting a Section 47 Enquiry, must assess the needs of every child in the household.', 'en')).toBe('subject: The social worker');
    expect(actor('Hvis dagtilbuddet vurderer, at forældrene er påvirkede, skal personalet kontakte politiet.')).toBe('subject: dagtilbuddet');
    expect(actor('Your PA will meet with you every 3 months.', 'en')).toBe('subject: Your PA');
    // A role's thoughts are no task: "rådgiverens overvejelser" names no one who acts.
    expect(actor('Vi opbevarer underretningen og rådgiverens overvejelser.')).toBeUndefined();
  });

  it('takes a role placed in a named unit before its verb, a cleft whose focus says where the role sits, and an English unit named with small words in capitals', () => {
    expect(actor('Lederen af Familiehuset kan visitere til § 11, stk. 3 efter samtaleforløb.')).toBe('subject: Lederen');
    expect(actor('Det er socialrådgiverne fra Børn og Unge i [Kommune], der vurderer, om der er behov for en anbringelse.')).toBe('subject: socialrådgiverne');
    expect(actor("A manager within the Children's Help and Advice Team (CHAT) will review the referral.", 'en')).toBe('subject: A manager');
    expect(actor('The Children with Disabilities Team will visit the family.', 'en')).toBe('subject: The Children with Disabilities Team');
    // Small words outside a name in capitals still end the phrase: the children are who is visited.
    expect(actor('Children with disabilities will be visited by the team.', 'en')).toBe('agent: the team');
    expect(actor("Children and Young People's Services must hold a Strategy Discussion.", 'en')).toBe("subject: Children and Young People's Services");
  });

  it('reads past a short aside in brackets, and a Danish role noun that spells the verb after a definite role', () => {
    expect(actor('I § 7-sager (familieretlig udredning) skal Familieretshuset sende en plan til parterne.')).toBe('subject: Familieretshuset');
    expect(actor('Sundhedsplejersken vejleder ud fra Sundhedsstyrelsens anbefalinger.')).toBe('subject: Sundhedsplejersken');
    expect(actor('Den lokale leder leder indsatsen, indtil krisestaben tager over.')).toBe('subject: Den lokale leder');
    // Two role words in a row with no determiner are still one name.
    expect(actor('SSP Koordinatoren er mødeindkalder, afholder møder og skriver referater.')).toBe('subject: SSP Koordinatoren');
  });

  it('takes the one a step is left to, what a role is there for, a role sent or required to act, and a Danish role after its unit in the genitive', () => {
    expect(actor('Det er op til Familie- og Handicapafdelingen at afgøre, hvornår forældrene orienteres.')).toBe('subject: Familie- og Handicapafdelingen');
    expect(actor('Your social worker is there to help you.', 'en')).toBe('subject: Your social worker');
    expect(actor('The investigation requires the allocated Social Worker to talk to the parents.', 'en')).toBe('subject: the allocated Social Worker');
    expect(actor('If a child is privately fostered, we will send a social worker from our team to visit the home.', 'en')).toBe('subject: a social worker');
    // An acronym in capitals is no verb: "the SEND Panel" sends no one.
    expect(actor('The local authority will consider the information provided at the SEND Panel and a decision to assess will be made.', 'en')).toBeUndefined();
    expect(actor('Skolens sundhedsplejerske deltager i trivselsfora ved indkaldelse.')).toBe('subject: Skolens sundhedsplejerske');
    expect(actor('Ved bestyrket mistanke underretter teamlederen, afdelingslederen i Familieafdelingen.')).toBe('subject: teamlederen');
    expect(actor('The social worker, with help from you, your family and other agencies, will gather information on your situation.', 'en')).toBe('subject: The social worker');
    expect(actor('Together with the child and family, the named person should initiate the single planning process.', 'en')).toBe('subject: the named person');
  });

  it('takes the unit work is placed with, a role that is something and does something after its place, and standing units and placements', () => {
    expect(actor('Den forebyggende indsats mod radikalisering er forankret i SSP.')).toBe('agent: SSP');
    expect(actor('Sundhedsplejerskerne i Middelfart Kommune er konsulenter i dagtilbud og yder råd og vejledning til personalet.')).toBe('subject: Sundhedsplejerskerne');
    expect(actor('Beredskabet skal kunne træde sammen med timers varsel.')).toBe('subject: Beredskabet');
    expect(actor('Anbringelsesstedet skal rette henvendelse til kommunen.')).toBe('subject: Anbringelsesstedet');
    // Placed in a place that is no unit: no one.
    expect(actor('Indsatsen er forankret i lokalområdet.')).toBeUndefined();
  });

  it('takes an English subject after a condition with no comma, and a name followed by its acronym and an aside', () => {
    expect(actor('If the allegation is not demonstrably false the LADO will immediately make a referral.', 'en')).toBe('subject: the LADO');
    expect(actor('The Integrated Front Door (IFD, formerly MASH) aims to provide a single point of access.', 'en')).toBe('subject: The Integrated Front Door');
    // The role right after the subordinator acts in the condition, as before.
    expect(actor('If the Service Manager decides to convene a conference he must record the reasons.', 'en')).toBe('subject: the Service Manager');
  });

  it('takes a task named as a compound or through a possessive, a committee placed in its municipality, an agent with an adjective, and English duties put on a role', () => {
    expect(actor('Familieplejens kerneopgaver: Rekruttere plejefamilier og aflastningsfamilier')).toBe('subject: Familieplejens');
    expect(actor('SSP-konsulenterne er aktive både på gaden og på skolerne, og deres arbejdsopgaver er at: udføre opsøgende arbejde')).toBe('subject: SSP-konsulenterne');
    expect(actor('Honoreringsudvalget ved [Kommune] fastsætter honoreringens størrelse.')).toBe('subject: Honoreringsudvalget');
    expect(actor('Herunder giver sagsbehandleren råd og vejledning.')).toBe('subject: sagsbehandleren');
    expect(actor('Barnet passes af en fast personalegruppe.')).toBe('agent: en fast personalegruppe');
    expect(actor('Managers are expected to use effective evaluation tools.', 'en')).toBe('subject: Managers');
    expect(actor('At the point when a Contact is made, the duty worker, in consultation with their manager, should establish the next step.', 'en')).toBe('subject: the duty worker');
    expect(actor('As part of their enquiries, IFD staff will check relevant systems.', 'en')).toBe('subject: IFD staff');
    expect(actor('This includes an initial visit to the child and the carers by the Assessment Team.', 'en')).toBe('agent: the Assessment Team');
    expect(actor('Det er rådgiver fra Myndighedscentret, der visiterer barnet.')).toBe('subject: rådgiver');
    expect(actor('Where an Initial Contact is made, the duty worker within the Integrated Front Door should establish the next step.', 'en')).toBe('subject: the duty worker');
    expect(actor('SSP Koordinatoren er mødeindkalder, afholder møder og skriver referater.')).toBe('subject: SSP Koordinatoren');
    expect(actor('Fortsætter bekymringen, inddrages AKT-leder Hans Jensen, som tager kontakt til netværket.')).toBe('subject: AKT-leder Hans Jensen');
    expect(actor('Familiecenter Aabenraa Kommune skal tilbyde dig efterværn.')).toBe('subject: Familiecenter Aabenraa Kommune');
    expect(actor('Tilsyn med plejefamilien foretages ved besøg i plejefamilien af en Tilsynskonsulent.')).toBe('agent: en Tilsynskonsulent');
    expect(actor('Det er dit ansvar som sagsbehandler at orientere barnet.')).toBe('subject: sagsbehandler');
    expect(actor('Familieretshuset skal visitere en sag inden fem hverdage.')).toBe('subject: Familieretshuset');
    expect(actor('It is the responsibility of the team manager to decide.', 'en')).toBe('subject: the team manager');
    expect(actor('Complex abuse strategy meetings should be chaired by a senior member of staff.', 'en')).toBe('agent: a senior member of staff');
    expect(actor('Personal advisers should talk to you about your plan.', 'en')).toBe('subject: Personal advisers');
    expect(actor('Support practitioners to develop their skills.', 'en')).toBeUndefined();
    expect(actor('I de fleste tilfælde holder sagsbehandleren en samtale med barnet.')).toBe('subject: sagsbehandleren');
    expect(actor('Inden støtteforløbet afsluttes, har sagsbehandleren en samtale med dig.')).toBe('subject: sagsbehandleren');
    expect(actor('I forbindelse med opfølgningen, vil din sagsbehandler vurdere sagen.')).toBe('subject: din sagsbehandler');
    expect(actor('Ved drøftelser om konkrete børn, deltager forældrene.')).toBeUndefined();
    expect(actor('Familieplejekonsulenterne i Herning kommune varetager denne godkendelse.')).toBe('subject: Familieplejekonsulenterne');
    expect(actor('Småbørnsteams – skal sikre formidling af viden.')).toBe('subject: Småbørnsteams');
    expect(actor('A senior manager will be asked to make a decision.', 'en')).toBe('subject: A senior manager');
    expect(actor('Vi arbejder i de fællesskaber, som dagtilbud, skoler, SFO´er og klubber tilbyder.')).toBeUndefined();
  });

  it('takes an English subject before its modal, whatever opens the clause', () => {
    expect(actor("In addition the child's social worker should visit the child.", 'en')).toBe("subject: the child's social worker");
    expect(actor('On receipt of a request, an Assessment and Reviewing Officer (ARO) will call the family.', 'en')).toBe('subject: an Assessment and Reviewing Officer (ARO)');
    expect(actor('Through this contact the ARO will explain the process. An Assessment and Reviewing Officer (ARO) is named.', 'en')).toBe('subject: the ARO');
  });

  it('names no one for the municipality, the reader, a unit that only receives, a condition left behind, or a role that only is something', () => {
    expect(actor('Kommunen vurderer underretningen.')).toBeUndefined();
    expect(actor('Når Familierådgivningen modtager en underretning, journaliseres den.')).toBeUndefined();
    expect(actor('Når Familie- og Handicapafdelingen har modtaget din underretning, bliver du indkaldt til et møde.')).toBeUndefined();
    expect(actor("If the child's allocated Social Worker is unable to attend, it is the responsibility of the partnership to continue the meeting.", 'en')).toBeUndefined();
    expect(actor('We work hard to ensure that our services are accessible to all our communities.', 'en')).toBeUndefined();
    expect(actor('Those attending conferences should only be there because they have a contribution to make.', 'en')).toBeUndefined();
  });

  it('takes a role placed in its unit, named before a colon, after "by" with words of its own, or in a clause of "that"', () => {
    expect(actor('Frontteamet i Familieafdelingen skal vurdere, om der skal udarbejdes en undersøgelse.')).toBe('subject: Frontteamet');
    expect(actor('Staff from every agency then gather and share information.', 'en')).toBe('subject: Staff');
    expect(actor('Sundhedsplejen: 10-12 årlige møder')).toBe('subject: Sundhedsplejen');
    expect(actor('RAG ratings will be applied at the initial screening by a social work qualified MASH officer.', 'en')).toBe('agent: a social work qualified MASH officer');
    expect(actor('The RAG rating by the MASH Team Manager is to ensure that urgent cases are dealt with first.', 'en')).toBe('agent: the MASH Team Manager');
    expect(actor('It is expected that the supervising social worker will make time to meet the child.', 'en')).toBe('subject: the supervising social worker');
    expect(actor('Er der brug for at koordinere tiltag, indkalder socialrådgiveren til et netværksmøde.')).toBe('subject: socialrådgiveren');
  });

  it('names no one for a role asked about, parents as such, or a role that names a thing of case work', () => {
    expect(actor('Heraf vil det fremgå, hvilken socialrådgiver, der arbejder videre med sagen.')).toBeUndefined();
    expect(actor('Vi udarbejder en undersøgelse, hvis I som forældre efterspørger særlig støtte.')).toBeUndefined();
    expect(actor('On receipt of a CAF, the MASH contact is screened.', 'en')).toBeUndefined();
    expect(actor('If any agency has a concern, the concerns should be escalated to the CP Chair.', 'en')).toBeUndefined();
  });

  it('takes a unit named after "for" in capitals, the chair, and two units joined by a slash, but not a unit after a preposition', () => {
    expect(actor('Udvalget for Børn beslutter den 24. februar, hvordan handleplanen skal se ud.')).toBe('subject: Udvalget for Børn');
    expect(actor('Center for Familie og Rådgivning tager kontakt til familien for at drøfte underretningen.')).toBe('subject: Center for Familie og Rådgivning');
    expect(actor('Formanden sørger for indkaldelse og referat fra møderne.')).toBe('subject: Formanden');
    expect(actor('SSP-skolegrupperne/distriktsgrupperne mødes minimum to gange pr. år.')).toBe('subject: SSP-skolegrupperne/distriktsgrupperne');
    expect(actor('Udvalget for børn og unge beslutter.')).toBeUndefined();
    expect(actor('Efterfølgende er det lederen af dagtilbud/skole, der har til opgave at iværksætte støtten.')).toMatch(/^subject: /);
  });

  it("takes an English unit's acronym that opens a clause before its modal, but not the local authority's or a plan's", () => {
    expect(actor('The ChAD will obtain the following information.', 'en')).toBe('subject: The ChAD');
    expect(actor('In Knowsley, NYAS will undertake return interviews for all children.', 'en')).toBe('subject: NYAS');
    expect(actor('The LA will write to you.', 'en')).toBeUndefined();
    expect(actor('The PEP will be reviewed every term.', 'en')).toBeUndefined();
  });

  it('takes the subject after an opening adverbial with a list in it, but not after a clause joined by "og"', () => {
    expect(actor('Ved mistanke om vold, seksuelle overgreb og groft omsorgssvigt skal lægen handle med det samme.')).toBe('subject: lægen');
    expect(actor('Senest i 2027 har alle skoler en plan, og 95 % af eleverne kender vejlederen.')).toBeUndefined();
  });

  it('takes the subject after a Danish condition that ends with no comma, or after a clause of purpose, but not an infinitive', () => {
    expect(actor('Når barnet er fire uger gammelt kommer sundhedsplejersken på et hjemmebesøg.')).toBe('subject: sundhedsplejersken');
    expect(actor('Hvis sagen haster træffer afdelingslederen afgørelsen samme dag.')).toBe('subject: afdelingslederen');
    expect(actor('For at sikre et godt skoleforløb tilbyder PPR en samtale med forældrene.')).toBe('subject: PPR');
    expect(actor('Når barnet starter i skole har du mulighed for at kontakte sundhedsplejersken.')).toBeUndefined();
  });

  it("knows a section, an agency, a youth council and a unit's collaboration as units, and takes the unit whose purpose the statement names", () => {
    expect(actor('Familieafsnittet visiterer til forebyggende forløb.')).toBe('subject: Familieafsnittet');
    expect(actor('Social- og Boligstyrelsen udgiver en vejledning om børnesamtaler.')).toBe('subject: Social- og Boligstyrelsen');
    expect(actor('Ungdomsrådets formål er at give unge en stemme i den politiske debat.')).toBe('subject: Ungdomsrådets');
    expect(actor("The panel's purpose is to agree each child's plan.", 'en')).toBe("subject: The panel's");
    expect(actor('SSP-samarbejdet holder et fælles møde hvert kvartal.')).toBe('subject: SSP-samarbejdet');
    expect(actor('Et tæt samarbejde mellem skole og hjem skal sikre trivslen.')).toBeUndefined();
  });

  it('reads an English word in -ing before an object pronoun as a verb, not the role noun it spells', () => {
    expect(actor('Provide activities for children, setting them up for a successful future.', 'en')).toBeUndefined();
    expect(actor('The setting will contact the family within 2 days.', 'en')).toBe('subject: The setting');
  });

  it('takes the police as a unit that acts, but not when the reader is told to call it', () => {
    expect(actor('Politiet kontakter herefter den sociale bagvagt.')).toBe('subject: Politiet');
    expect(actor('Uden for åbningstiden skal du ringe til politiet.')).toBeUndefined();
  });

  it('counts how many of a role act, and two units named by their acronyms, but not "to" as a number in English', () => {
    expect(actor('Forløbet ledes af 2 familiekonsulenter.')).toBe('agent: 2 familiekonsulenter');
    expect(actor('Sagen behandles af tre rådgivere.')).toBe('agent: tre rådgivere');
    expect(actor('Each plan is checked by two team managers.', 'en')).toBe('agent: two team managers');
    expect(actor('The LADO and the DSM will agree the next step.', 'en')).toBe('subject: The LADO and the DSM');
    expect(actor('A referral to the duty team becomes a contact record.', 'en')).toBeUndefined();
  });

  it('reads "som hovedregel" as an adverbial, adjectives before a passive\'s agent, a unit committed to a step, an acronym plural and governing bodies', () => {
    expect(actor('Som hovedregel tager Familieafdelingen kontakt til familien.')).toBe('subject: Familieafdelingen');
    expect(actor('Forløbet udføres af pædagogisk uddannede PPR-medarbejdere.')).toBe('agent: pædagogisk uddannede PPR-medarbejdere');
    expect(actor('Antallet af frivillige mentorer øges til 40.')).toBeUndefined();
    expect(actor('Derudover deltager en børnesagkyndig i mødet.')).toBe('subject: en børnesagkyndig');
    expect(actor('Our SEND Service is committed to: answering every enquiry.', 'en')).toBe('subject: Our SEND Service');
    expect(actor('Our partners are committed to working together.', 'en')).toBeUndefined();
    expect(actor("When families write to the inbox, the BSO's will reply.", 'en')).toBe("subject: the BSO's");
    expect(actor('Governing bodies should appoint a designated safeguarding lead.', 'en')).toBe('subject: Governing bodies');
  });

  it('reads an English word of case work or of a role as the verb where its object follows, and a modifier inside a role name', () => {
    expect(actor('Social workers visit the family.', 'en')).toBe('subject: Social workers');
    expect(actor('Health visitors contact families within 14 days.', 'en')).toBe('subject: Health visitors');
    expect(actor('The MASH contact will be recorded.', 'en')).toBeUndefined();
    expect(actor('The IRO chairs the review.', 'en')).toBe('subject: The IRO');
    expect(actor('The team lead will decide.', 'en')).toBe('subject: The team lead');
    expect(actor('The designated safeguarding lead refers concerns to the MASH.', 'en')).toBe('subject: The designated safeguarding lead');
  });

  it('takes, when no one else acts, a role whose action opens the clause or whose task is named, but not the child, the family or the municipality', () => {
    expect(actor('Sundhedsplejerskens indskolingsundersøgelse foregår i 0. klasse.')).toBe('subject: Sundhedsplejerskens');
    expect(actor('Dernæst er det Familieplejen Københavns opgave at sikre kvaliteten.')).toBe('subject: Familieplejen Københavns');
    expect(actor("The social worker's assessment is sent to the family.", 'en')).toBe("subject: The social worker's");
    expect(actor('Barnets undersøgelse foregår i skolen.')).toBeUndefined();
    expect(actor('Kommunens vurdering sendes til familien.')).toBeUndefined();
    expect(actor("The child's assessment is completed within 45 days.", 'en')).toBeUndefined();
  });

  it('takes the role that work passes through as its agent', () => {
    expect(actor('Henvisning til familievejledning foregår gennem familierådgiveren.')).toBe('agent: familierådgiveren');
    expect(actor('Alle ansøgninger skal gå igennem handicapteamet.')).toBe('agent: handicapteamet');
    expect(actor('Ansøgningen sendes gennem den digitale postkasse.')).toBeUndefined();
  });

  it('reads past an adverb between a subject and its verb, or after its modal', () => {
    expect(actor('Socialtilsynet skal ligeledes vurdere ansøgers økonomi.')).toBe('subject: Socialtilsynet');
    expect(actor('The fostering team actively contributes to the review of each placement.', 'en')).toBe('subject: The fostering team');
    // ("together with" joins a second party to the subject; it is no adverb.)
    expect(actor('The social worker together with their manager must decide whether to seek consent.', 'en')).toBe('subject: The social worker');
  });

  it("takes a unit's acronym before its verb inside a clause or after a conjunction, and a duty stated with 'is responsible'", () => {
    expect(actor('Through this contact the ARO will make sure all relevant information has been received.', 'en')).toBe('subject: the ARO');
    expect(actor('The DT is then responsible for completing the form before the PEP meeting.', 'en')).toBe('subject: The DT');
    expect(actor('Arbejdsgange ændres, og PPL udarbejder nye procedurer og materialer.')).toBe('subject: PPL');
    expect(actor('VISO stiller krav om godkendelse fra en leder.')).toBe('subject: VISO');
    expect(actor('Information provided to be clearly recorded by the SCA on a document for the child.', 'en')).toBe('agent: the SCA');
    expect(actor('Ansøgningen godkendes af VISO inden 4 uger.')).toBe('agent: VISO');
    expect(actor('The plan is agreed by the LA.', 'en')).toBeUndefined();
    // A plan or a law is no unit, however it is written.
    expect(actor('The PEP will set out targets for the year.', 'en')).toBeUndefined();
    expect(actor('BUL skal sikre barnets rettigheder.')).toBeUndefined();
  });

  it("takes a unit's proper name in capitals before its verb, not a place, a law or a document", () => {
    expect(actor('Unge og Familie vil derefter indkalde familien til et møde.')).toBe('subject: Unge og Familie');
    expect(actor('"Børn, Unge og Familier" tager stilling til, hvordan sagen behandles.')).toBe('subject: Børn, Unge og Familier');
    expect(actor('EHC Plan Writers will complete the initial 20-week process for new assessments.', 'en')).toBe('subject: EHC Plan Writers');
    expect(actor('Høje-Taastrup gennemfører derfor projektet Klar til Børn.')).toBeUndefined();
    expect(actor('Ved Anke har kommunen derefter 4 uger til at revurdere sagen.')).toBeUndefined();
    expect(actor('Køge Kommunes Sammenhængende Børnepolitik skaber en fælles ramme.')).toBeUndefined();
    expect(actor('South Ayrshire will do everything it can to implement the recommendations.', 'en')).toBeUndefined();
    // (A title on the line above is no part of the name.)
    expect(actor('Målsætning\nDerefter laver kommunen en handleplan for barnet.')).toBeUndefined();
  });

  it('takes a Danish role in a condition that opens with its verb, and a unit named with a genitive or a place in brackets', () => {
    expect(actor('Vurderer personalet, at forælderen er påvirket, kontaktes barnets hjem.')).toBe('subject: personalet');
    expect(actor('Agter den påvirkede forælder alligevel selv at køre, skal personalet kontakte politiet.')).toBe('subject: personalet');
    expect(actor('Randers kommunes Myndighedscenter arbejder for at fremme brugen af netværkspleje.')).toBe('subject: Randers kommunes Myndighedscenter');
    expect(actor('Ved mistanke skal Børn og Unges vagt kontakte politiet.')).toBe('subject: Børn og Unges vagt');
    expect(actor("Children's Social Care Services (Medway) should hold a Strategy Discussion.", 'en')).toBe("subject: Children's Social Care Services");
    expect(actor('Medarbejdere på stedet gennemfører den første akutte indsats.')).toBe('subject: Medarbejdere');
    expect(actor('Lærer kontakter hjemmet inden for en uge.')).toBe('subject: Lærer');
    expect(actor('Barnet lærer at læse i 1. klasse.')).toBeUndefined();
    expect(actor('The supervisee will ensure that a room is booked.', 'en')).toBe('subject: The supervisee');
    // A relative clause in the passive says what is done to the role, not what it does.
    expect(actor('Kommunen skal sørge for, at tilbuddet rettes mod de unge og forældre der må antages at have særligt behov.')).toBeUndefined();
    expect(actor('Der er en SSP kontaktperson på hver skole, som kan kontaktes, hvis man er bekymret.')).toBeUndefined();
    // A subordinator in capitals is no part of a name: the unit acts in the condition.
    expect(actor('Hvis Familieretshuset vurderer, at der skal holdes et møde, indkalder vi jer.')).toBe('subject: Familieretshuset');
  });

  it('takes a unit whose aims, services or functions the statement names, and an English subject before a verb in -s after an opening adverbial', () => {
    expect(actor('Sundhedsplejens ydelser til familier med børn: Hjemmebesøg til alle familier i barnets første leveår.')).toBe('subject: Sundhedsplejens');
    expect(actor('Sundhedsplejens mål er at støtte familier.')).toBe('subject: Sundhedsplejens');
    expect(actor('The primary role of the Hub is to provide a single point of access.', 'en')).toBe('subject: the Hub');
    expect(actor('The EHH has four main functions: Providing information and advice.', 'en')).toBe('subject: The EHH');
    expect(actor('In particular the service aims to: Consult young people and care leavers.', 'en')).toBe('subject: the service');
    // A role's task named in a list is no one acting; nor is a plural noun after a role a verb.
    expect(actor('Meetings make professionals clear about the role of the allocated social worker, timescales and outcomes.', 'en')).toBeUndefined();
    expect(actor('Information is shared between the Council and its partner organisations to understand which families need help.', 'en')).toBeUndefined();
  });

  it('takes an English role named with "of" and a long name in capitals, a role after "another", and a Danish role noun in -et', () => {
    expect(actor('The Director of Children’s Safeguarding and Family Support will then write to you with the outcome.', 'en')).toBe(
      'subject: The Director of Children’s Safeguarding and Family Support',
    );
    expect(actor('This will mean that another team manager will review the decision.', 'en')).toBe('subject: another team manager');
    expect(actor('Tandplejepersonalet forestår undersøgelser og behandlinger.')).toBe('subject: Tandplejepersonalet');
    expect(actor('Besøget forestås af en klinikassistent.')).toBe('agent: en klinikassistent');
  });

  it('takes a role put on a task ("will be allocated to complete") and a role of a noun of action who acts in its relative clause, but not a role a case is allocated to', () => {
    expect(actor('A Social Worker will be allocated to complete a Kinship Assessment.', 'en')).toBe('subject: A Social Worker');
    expect(actor('The case will be allocated to a Specialist Support Worker.', 'en')).toBeUndefined();
    expect(actor('Familierne får vejledning af sundhedsplejerske, der inddrager andre faggrupper.')).toBe('subject: sundhedsplejerske');
  });

  it('takes a role after an opening number, the subject of a clause of content after "ensure that", and who visits or takes part after a Danish noun, but not a role that only knows or a service commissioned', () => {
    expect(actor('Up until age 18 your social worker will visit you every six weeks.', 'en')).toBe('subject: your social worker');
    expect(actor('We will ensure that a social worker phones or visits you within 24 hours.', 'en')).toBe('subject: a social worker');
    expect(actor('We will make sure that all social workers understand legislation.', 'en')).toBeUndefined();
    expect(actor('Ensure that the services commissioned for children are effective.', 'en')).toBeUndefined();
    expect(actor('This consent must be sought for each referral to any organisation that a professional makes.', 'en')).toBeUndefined();
    expect(actor('Første besøg af en sundhedsplejerske efter fødsel.')).toBe('agent: en sundhedsplejerske');
    expect(actor('Der vil altid være deltagelse af den skolesocialrådgiver, som skolen har.')).toBe('agent: den skolesocialrådgiver');
    expect(actor('Vurdering af barnet sker inden for 24 timer.')).toBeUndefined();
  });
  it('knows teachers, childminders, boards and the home that acts, and the plural of a Danish unit with a doubled consonant', () => {
    expect(actor('Klasselærerne fører protokol over elevernes fremmøde.')).toBe('subject: Klasselærerne');
    expect(actor('Dagplejeren/pædagogen drøfter bekymringen med forældrene.')).toBe('subject: Dagplejeren/pædagogen');
    expect(actor('Klagen skal først behandles lokalt af skolens bestyrelse.')).toBe('agent: skolens bestyrelse');
    expect(actor('Dagtilbuddene samarbejder med skolerne om overgangen.')).toBe('subject: Dagtilbuddene');
    expect(actor('Hjemmet kontakter skolen, hvis eleven er syg.')).toBe('subject: Hjemmet');
    // (The verb "lærer" is no teacher, nor is the home a place where the step happens.)
    expect(actor('Barnet lærer at læse.')).toBeUndefined();
    expect(actor('Sundhedsplejersken besøger hjemmet den første uge.')).toBe('subject: Sundhedsplejersken');
  });

  it('takes a subject after opening adjectives or an adverbial with "den", a clause joined by "og", and a unit named with an adjective in capitals', () => {
    expect(actor('Pædagogiske konsulenter udfører et årligt pædagogisk tilsyn.')).toBe('subject: Pædagogiske konsulenter');
    expect(actor('I den mellemliggende periode skal skolelederen sætte tiltag ind.')).toBe('subject: skolelederen');
    expect(actor('Planen skal være klar, og i perioden skal skolelederen sætte tiltag ind.')).toBe('subject: skolelederen');
    expect(actor('Børne- og Ungdomspsykiatrisk Center sender færdigmelding til kommunen.')).toBe('subject: Børne- og Ungdomspsykiatrisk Center');
    // ("For de selvejende og private institutioner": "private" is no verb, the board after it is involved, not acting.)
    expect(actor('For de selvejende og private institutioner skal institutionsbestyrelsen involveres i dialogen.')).toBeUndefined();
  });

  it('takes an English unit named with "of" in capitals, a team dedicated to its work, and a role acting in a relative clause after an adverb', () => {
    expect(actor('The Edge of Care team work intensively with families.', 'en')).toBe('subject: The Edge of Care team');
    expect(actor('The Edge of Care Family Intervention workers hold a small caseload.', 'en')).toBe('subject: The Edge of Care Family Intervention workers');
    expect(actor('The specialist team are dedicated to supporting families to stay together.', 'en')).toBe('subject: The specialist team');
    expect(actor('The plan is presented to the decision maker who formally makes the decision.', 'en')).toBe('subject: the decision maker');
  });
  it('takes a Danish acronym right after the verb an adverbial puts first, a unit that receives and then acts, and the person who gives help', () => {
    expect(actor('Ved udskrivning ajourfører BUC medicinkortet og sender en epikrise inden for 24 timer.')).toBe('subject: BUC');
    expect(actor('Derfor formidler KL tallene til kommunerne.')).toBe('subject: KL');
    expect(actor('Derfor kontakter vi PPR.')).toBeUndefined();
    expect(actor('Sundhedsplejersken får besked om fødslen og tager derefter kontakt med familien.')).toBe('subject: Sundhedsplejersken');
    expect(actor('Teamet modtager underretningen og børnenes papirer.')).toBeUndefined();
    expect(actor('The team receives the referral and contacts the family.', 'en')).toBe('subject: The team');
    expect(actor('You can receive support from your personal adviser up to your 25th birthday.', 'en')).toBe('agent: your personal adviser');
    // (A unit gives no help in person, nor does "another professional" name one.)
    expect(actor('You will get support from the Leaving Care service.', 'en')).toBeUndefined();
    expect(actor('Families find help without having to request support from another professional.', 'en')).toBeUndefined();
  });
  it('takes a person named by their part in the process who acts, but not those a step is for', () => {
    expect(actor('The person arranging the review will prepare a report.', 'en')).toBe('subject: The person arranging the review');
    expect(actor('Within ten working days the person looking in to your complaint will: Speak to you', 'en')).toBe('subject: the person looking in to your complaint');
    expect(actor('Those who are carrying out the assessment must listen to the wishes of the child.', 'en')).toBe('subject: Those who are carrying out the assessment');
    expect(actor('To complete the assessment report, someone from the fostering team will visit you at home.', 'en')).toBe('subject: someone from the fostering team');
    expect(actor('Den der får mistanke eller viden skal tage direkte kontakt til lederen.')).toBe('subject: Den der får mistanke eller viden');
    expect(actor('We will provide help and support to those who need it without delay.', 'en')).toBeUndefined();
    expect(actor('Those who need help will be supported.', 'en')).toBeUndefined();
  });
  it('takes a role after its acronym in brackets, the focus of a cleft that is responsible, and a subject after "Som led i"', () => {
    expect(actor('These will be carried out by the Looked After Children (LAC) nurse.', 'en')).toBe('agent: the Looked After Children (LAC) nurse');
    expect(actor('Det er klasseteamet som helhed, der er ansvarlige for læringsmålene.')).toBe('subject: klasseteamet');
    expect(actor('Det er som udgangspunkt klasseteamets pædagoger, der er ansvarlige for planen.')).toBe('subject: klasseteamets pædagoger');
    expect(actor('Som led i denne vurdering skal socialtilsynet foretage en vurdering af økonomien.')).toBe('subject: socialtilsynet');
    expect(actor('Som forberedelse til mødet skal de indstillende fagpersoner udfylde skemaet.')).toBe('subject: de indstillende fagpersoner');
    expect(actor('Som led i undersøgelsen skal vi tale med barnet.')).toBeUndefined();
  });

  it('takes the professional the reader does the step with, but not one the reader only stays with', () => {
    expect(actor('You will meet with your PA at least every two months.', 'en')).toBe('subject: your PA');
    expect(actor('Before you leave care you will write your pathway plan with your social worker.', 'en')).toBe('subject: your social worker');
    expect(actor('Du og din dagplejer aftaler, hvornår samtalen skal afholdes.')).toBe('subject: din dagplejer');
    expect(actor('Du bliver tilbudt en opstartssamtale sammen med din dagplejer.')).toBe('subject: din dagplejer');
    expect(actor('Staying put allows you to stay with your foster carer until you are 21.', 'en')).toBeUndefined();
  });

  it('takes "they" who act for the reader as the worker the sentence before named, but not "they" acted on, nor without the reader', () => {
    expect(actor('They will visit you at least every 4 weeks.', 'en')).toBe('subject: They');
    expect(actor('If you are under 21, they will visit or contact you at least twice a month.', 'en')).toBe('subject: they');
    expect(actor('They will: go to all meetings about your care', 'en')).toBe('subject: They');
    expect(actor("They'll also contact your parents.", 'en')).toBe('subject: They');
    expect(actor('They will be informed of this decision and advised to record it in your file.', 'en')).toBeUndefined();
    expect(actor("They will depend on your family's needs.", 'en')).toBeUndefined();
    expect(actor('They will contact the relevant professionals during the assessment.', 'en')).toBeUndefined();
    expect(actor('De vil give dig råd og vejledning.')).toBeUndefined();
  });
});
