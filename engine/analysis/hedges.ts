// Hedges: what leaves it to someone's discretion whether a promise is kept (SPEC §3 hedged-goal).
//
// Three sources, each a different shape of the same thing:
// - lexicon phrases ("så vidt muligt", "som udgangspunkt", "where possible", "as a rule");
// - constructions, whose words vary: "så tæt på barnet som muligt", "i størst muligt omfang",
//   "ud fra en konkret, individuel vurdering", advice ("Vi anbefaler, at …", "It is recommended
//   that …"), effort in place of a result ("forsøge at", "work hard to", "strive to");
// - a discretionary "kan"/"can"/"may" in a main clause, where nothing says when it must be done.
//
// Not hedges: speed without a limit ("hurtigst muligt", "as soon as possible": a missing deadline,
// not discretion), "eventuel(le)" naming a possible thing ("et eventuelt sagsbehandlerskift"), a
// conditional clause opened by its verb ("Kan kommunen ikke overholde fristen, får du besked").
import type { Lang } from '../types.ts';
import { isProfessionalRole } from './actor.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { findPhrases, type PhraseMatch, type Token } from './phrases.ts';

export interface HedgeResult {
  /** Lexicon phrases (a vague phrase under one of them still counts: see goal.ts). */
  phrases: PhraseMatch[];
  /** Every hedge, phrases and constructions, in text order without overlaps. */
  all: PhraseMatch[];
}

interface Construction {
  pattern: RegExp;
  /** A match is no hedge when this says so (e.g. the adjective of "så … som muligt" is about speed). */
  except?: (match: RegExpMatchArray) => boolean;
}

const L = '\\p{L}';
const WORD = `[${L}/-]+`;

/** Words of speed: "så hurtigt som muligt", "as early as possible" are about time, not discretion. */
const SPEED = new Set(['hurtigt', 'hurtig', 'hurtigst', 'tidligt', 'tidlig', 'snart', 'hurtigere', 'soon', 'early', 'quickly', 'promptly', 'fast', 'swiftly']);

/** Words of goodness or care: "så gode muligheder som muligt", "så skånsomt for barnet som muligt" aim at a quality (vague, if anything), not discretion. */
const GOODNESS = new Set(['god', 'gode', 'godt', 'skånsom', 'skånsomt', 'skånsomme', 'nænsom', 'nænsomt']);

/** The clause before the match binds the assessment with "skal" and "altid": the assessment is what is promised. */
function assessmentPromised(m: RegExpMatchArray): boolean {
  const before = (m.input ?? '').slice(0, m.index ?? 0);
  const clause = before.slice(before.search(/[^,.;:!?\n]*$/u)).toLowerCase();
  return /(?<![\p{L}])skal(?![\p{L}])/u.test(clause) && /(?<![\p{L}])altid(?![\p{L}])/u.test(clause);
}

/** "så gode muligheder som muligt" (not "så skånsomt, som forholdene tillader", which leaves it to circumstances). */
function aimsAtGoodness(m: RegExpMatchArray): boolean {
  if (!/muligt$/iu.test(m[0])) return false;
  const words = (m[1] ?? '').toLowerCase().split(/\s+/);
  // ("så de foregår så skånsomt for barnet som muligt": the quality after the last "så".)
  return GOODNESS.has(words[words.lastIndexOf('så') + 1] ?? '');
}

const CONSTRUCTIONS: Record<Lang, readonly Construction[]> = {
  da: [
    // "så tæt på barnet som muligt", "så skånsomt, som forholdene tillader"
    {
      pattern: new RegExp(`(?<![${L}])så\\s+((?:${WORD}\\s+){0,7}?${WORD}),?\\s+som\\s+(?:muligt|forholdene\\s+tillader(?:\\s+det)?)(?![${L}])`, 'giu'),
      except: (m) => SPEED.has((m[1] ?? '').toLowerCase().split(/\s+/)[0] ?? '') || aimsAtGoodness(m) || describesALife(m),
    },
    // "i størst muligt omfang", "i højest mulig grad"
    { pattern: new RegExp(`(?<![${L}])i\\s+${WORD}st\\s+mulig[te]?\\s+(?:omfang|udstrækning|grad)(?![${L}])`, 'giu') },
    // "efter en konkret vurdering", "ud fra en konkret, individuel vurdering", "beror på en socialfaglig vurdering",
    // "beror det således på en konkret vurdering, om …"
    {
      pattern: new RegExp(
        `(?<![${L}])(?:efter|ud\\s+fra|beror(?:\\s+(?:det|derfor|således|altid|dog|også)){0,2}(?:\\s+på)?|bero\\s+på|afhænger\\s+af|afhængig\\s+af)\\s+(?:en|et|den)\\s+(?:${WORD}(?:,|\\s+og)?\\s+){0,2}?(?:konkret|konkrete|individuel|individuelle|${WORD}faglig|${WORD}faglige|faglig|faglige|samlet|helhedsorienteret)(?:,|\\s+og)?\\s+(?:${WORD}(?:,|\\s+og)?\\s+){0,2}?(?:vurdering|skøn|afvejning)(?![${L}])`,
        'giu',
      ),
      // (An assessment that must always be made is the promise: "Tildelingen skal altid bero på en konkret, individuel vurdering".)
      except: assessmentPromised,
    },
    // At someone's own judgement: "Andre fagpersoner deltager efter lederens vurdering", "efter rådgiverens skøn".
    { pattern: new RegExp(`(?<![${L}])efter\\s+${WORD}(?:ens|ets|s)\\s+(?:vurdering|skøn)(?![${L}])`, 'giu') },
    // An attempt in place of a result, in the passive: "søges problemet løst", "at midlerne søges indarbejdet i budgettet".
    { pattern: new RegExp(`(?<![${L}])søges\\s+(?:${WORD}\\s+)?\\p{L}{2,}(?:et|t)(?![${L}])`, 'giu') },
    // Advice, not a promise: "Vi anbefaler, at …", "Det anbefales at …", "Det vil være en god idé at …"
    // (The author's advice, not a step: "Teamet anbefaler en anbringelse" is a professional's recommendation, which is work done.)
    // Anyone's advice about what someone else does is advice too: "Sundhedsplejen anbefaler, at besøget ligger …".
    { pattern: new RegExp(`(?<![${L}])(?:vi\\s+anbefaler|anbefaler\\s+vi|det\\s+anbefales|anbefales|anbefaler,?\\s+at)(?![${L}])`, 'giu') },
    { pattern: new RegExp(`(?<![${L}])det\\s+(?:vil\\s+være|er|kan\\s+være)\\s+en\\s+god\\s+id[eé](?![${L}])`, 'giu') },
    // Effort in place of a result: "forsøge at", "prøver vi at", "søger at", "bestræber os på", "stræber efter"
    // ("søge om aflastning" is applying for something, so "søge" counts only before "at".)
    { pattern: new RegExp(`(?<![${L}])(?:forsøge[rs]?(?:\\s+at)?|prøve[r]?\\s+(?:at|vi)|søge[rs]?\\s+at|bestræbe[rs]?\\s+(?:os|sig)\\s+på|stræbe[rs]?\\s+efter)(?![${L}])`, 'giu') },
    // A condition left to judgement: "når særlige forhold taler for det", "hvor der ikke er behov for det"
    { pattern: new RegExp(`(?<![${L}])(?:når|hvis|hvor|såfremt)\\s+særlige\\s+forhold\\s+taler\\s+for(?:\\s+det)?(?![${L}])`, 'giu') },
    { pattern: new RegExp(`(?<![${L}])(?:hvor|når|hvis|såfremt)\\s+der\\s+(?:${WORD}\\s+){0,6}?(?:er|skønnes|vurderes)\\s+(?:at\\s+være\\s+)?(?:behov|brug)(?![${L}])`, 'giu') },
    // Support sized to a need someone may find: "den særlige støtte, der måtte være behov for".
    { pattern: new RegExp(`(?<![${L}])måtte\\s+(?:være|have|få)\\s+(?:behov|brug)(?![${L}])`, 'giu') },
    // A condition opened by its verb: "Er der brug for at koordinere …, indkalder …"
    { pattern: new RegExp(`(?:^|(?<=[.!?:\\n]\\s*))er\\s+der\\s+(?:behov|brug)\\s+for(?![${L}])`, 'giu') },
    // An option, not a duty: "Klubberne har mulighed for at …" (but "du har mulighed for at klage" is the reader's right).
    { pattern: new RegExp(`(?<![${L}])(?:har|have|får)\\s+(?:vi\\s+|kommunen\\s+|forvaltningen\\s+)?mulighed\\s+for(?![${L}])`, 'giu'), except: (m) => readerBefore(m, OPTION_HOLDERS) },
    // Help sized to the need, which someone judges: "Timetallet fastsættes ud fra dit barns særlige behov", "støtte i forhold til barnets behov".
    // ("I forhold til børn med særlige behov …" names a group, not a size: "med … behov" describes who.)
    {
      // ("helt afhængig af det enkelte barns eller den enkelte unges behov": "afhængig af" reaches further.)
      // ("Vi tilpasser behandlingen efter det enkelte barns behov", "indkaldt efter et individuelt vurderet behov", "styret af det aktuelle behov".)
      pattern: new RegExp(
        `(?<![${L}])(?:(?:ud\\s+fra|i\\s+forhold\\s+til)\\s+(?:${WORD}\\s+){0,4}?|(?:efter|styret\\s+af)\\s+(?:${WORD}\\s+){1,4}?|afhængigt?\\s+af\\s+(?:${WORD}\\s+){0,8}?)behov(?![${L}])`,
        'giu',
      ),
      except: (m) => /\smed\s/iu.test(m[0]),
    },
    // What is done depends on the case, like "depending on the circumstances": "afhængigt af den konkrete situation", "alt afhængig af formålet".
    {
      pattern: new RegExp(`(?<![${L}])(?:alt\\s+afhængigt?\\s+af|afhængigt?\\s+af\\s+(?:den|det|de)\\s+(?:konkrete|enkelte|aktuelle)\\s+(?:situation|sag|forhold|tilfælde))(?![${L}])`, 'giu'),
    },
    // Left to a professional's view: "den støtte, som vedkommende finder relevant", "hvis lederen skønner det nødvendigt".
    { pattern: new RegExp(`(?<![${L}])(?:som|hvis|når|hvor)\\s+(?:${WORD}\\s+){0,2}?(?:finder|skønner)\\s+(?:det\\s+)?(?:relevant|nødvendigt|hensigtsmæssigt|rimeligt)(?![${L}])`, 'giu') },
    // A step taken only when someone judges it needed, the condition after the step: "Politiet kontakter bagvagten, hvis de vurderer, det er nødvendigt",
    // "… hvis personalet vurderer, at der er behov for det".
    // (A condition that opens the sentence sets when the duty applies: "Hvis kommunen vurderer, at …, skal kommunen …".)
    {
      pattern: new RegExp(
        `(?<![${L}])(?:hvis|når|såfremt|dersom)\\s+(?:${WORD}\\s+){0,3}?(?:vurderer|vurderes|vurderet|skønner|skønnes|skønnet)(?:(?:,?\\s+${WORD}){0,8}?,?\\s+(?:behov|brug|nødvendigt|nødvendig|relevant|hensigtsmæssigt)|,?\\s+at)(?![${L}])`,
        'giu',
      ),
      except: opensSentence,
    },
    // A level that only guides: "Serviceniveauerne skal ses som et vejledende udgangspunkt", "Godkendelsesrammen er vejledende"
    // (not "en vejledende samtale", a conversation that gives guidance).
    { pattern: new RegExp(`(?<![${L}])(?:er|være|ses\\s+som|anses\\s+som|betragtes\\s+som)\\s+(?:et\\s+|en\\s+)?vejledende(?![${L}])`, 'giu') },
    // An estimate, not a limit: "Sagsbehandlingstiden forventes at vare 4 måneder"
    { pattern: new RegExp(`(?<![${L}])forventes\\s+at\\s+(?:vare|tage|strække\\s+sig\\s+over|være\\s+(?:afsluttet|færdig))(?![${L}])`, 'giu') },
    // Left to the municipality: "efter aftale med kommunen", "medmindre kommunen vurderer, at …"
    {
      pattern: new RegExp(
        `(?<![${L}])(?:efter\\s+aftale\\s+med\\s+(?:kommunen|forvaltningen|sagsbehandleren|rådgiveren|din\\s+sagsbehandler|din\\s+rådgiver)|medmindre\\s+(?:kommunen|vi|forvaltningen|rådgiveren|sagsbehandleren)\\s+(?:vurderer|skønner|finder))(?![${L}])`,
        'giu',
      ),
    },
  ],
  en: [
    {
      pattern: new RegExp(`(?<![${L}])as\\s+(${L}[${L}-]*(?:\\s+${L}[${L}-]*){0,4}?)\\s+as\\s+(?:possible|practicable|can\\s+be)(?![${L}])`, 'giu'),
      except: (m) => SPEED.has((m[1] ?? '').toLowerCase()) || describesALife(m),
    },
    // The extent or the moment left to the author: "share as much information with you as we can", "as accurately and as early as we can",
    // "the best support we can offer" (not "to be the best they can be", a potential described), "act on them when we can", "If we can we will find …" (not "say … if we can help", a question).
    // ("as soon as we can" is speed without a limit, as "as soon as possible" is.)
    {
      pattern: new RegExp(
        `(?<![${L}])(?:as\\s+${WORD}(?:\\s+${WORD}){0,4}?\\s+as\\s+(?:we|they|the\\s+council)\\s+can|(?:if|when|where|whenever|wherever)\\s+(?:we|they)\\s+can(?=\\s*[,.;]|\\s*$|\\s+or\\s|\\s+and\\s|\\s+we\\s)|the\\s+best(?:\\s+${WORD}){0,3}?\\s+(?:we|they)\\s+can(?!\\s+be(?![${L}]))|(?:do|does)\\s+all(?:\\s+that)?\\s+(?:we|they)\\s+can|what(?:\\s+${WORD}){0,2}?\\s+(?:we|they)\\s+can(?!\\s+(?:do|expect|get))(?=\\s*[,.;]|\\s+or\\s|\\s+and\\s))(?![${L}])`,
        'giu',
      ),
      except: (m) => /^as\s+\S+\s+as\s/iu.test(m[0]) && SPEED.has(m[0].split(/\s+/u)[1]!.toLowerCase()),
    },
    // A condition only the author can judge: "unless to do so would cause undue delay", "unless it is contrary to his or her interests",
    // "if it is in your best interest", "whenever it is safe to do so". ("unless it is an emergency placement" states a fact, not a judgement.)
    {
      pattern: new RegExp(
        `(?<![${L}])(?:unless\\s+(?:it|this|that|doing\\s+so|to\\s+do\\s+so)\\s+(?:would|may|might|could|is\\s+(?:contrary|not\\s+in|not\\s+safe|unsafe|inappropriate|not\\s+appropriate))|(?:if|when|where|whenever|wherever)\\s+(?:it|this|that)\\s+is\\s+in\\s+(?:${WORD}\\s+){1,3}?(?:best\\s+)?interests?|(?:whenever|when)\\s+it\\s+is\\s+safe(?:\\s+to\\s+do\\s+so)?)(?![${L}])`,
        'giu',
      ),
    },
    // An intention or an expectation in place of a promise: "it is our aspiration that …", "We anticipate that we will return to …".
    { pattern: new RegExp(`(?<![${L}])(?:it\\s+is\\s+our\\s+(?:aspiration|intention|hope)|our\\s+(?:aspiration|intention)\\s+is|we\\s+anticipate\\s+that)(?![${L}])`, 'giu') },
    // A likelihood in place of a promise: "it is most likely that you will be helped to …", "It is likely to include …"
    // (not a reason given for a step: "should be held, as it is likely to be the most effective way").
    {
      pattern: new RegExp(`(?<![${L}])it\\s+is\\s+(?:most\\s+|very\\s+|more\\s+|highly\\s+)?likely\\s+(?:that|to)(?![${L}])`, 'giu'),
      except: (m) => /(?:^|[^\p{L}])(?:as|because|since|so|such\s+that)\s+$/iu.test((m.input ?? '').slice(0, m.index ?? 0)),
    },
    { pattern: new RegExp(`(?<![${L}])to\\s+the\\s+(?:fullest|greatest|maximum|largest)\\s+(?:extent|degree)(?:\\s+(?:possible|practicable))?(?![${L}])`, 'giu') },
    {
      pattern: new RegExp(
        `(?<![${L}])(?:based\\s+on|subject\\s+to|depending\\s+on|dependent\\s+on)\\s+(?:an?|the)\\s+(?:(?:individual|professional|case-by-case|${WORD}\\s+professional)\\s+(?:assessment|judgement|judgment)|needs?\\s+assessment|assessment\\s+of\\s+(?:(?:the\\s+child's|the\\s+child’s|their|your|his\\s+or\\s+her)\\s+)?needs?)(?![${L}])`,
        'giu',
      ),
    },
    { pattern: new RegExp(`(?<![${L}])(?:on\\s+a\\s+case-by-case\\s+basis|at\\s+the\\s+discretion\\s+of)(?![${L}])`, 'giu') },
    // A promise kept only as far as means or safety allow, written after it: "allocate a worker, where staffing levels permit",
    // "wherever it is safe to do so", "except in very exceptional circumstances".
    {
      pattern: new RegExp(
        `(?<![${L}])(?:(?:where|when|wherever|whenever|if|as)\\s+(?:${WORD}\\s+){1,3}?(?:permits?|allows?)|(?:wherever|whenever)\\s+(?:it\\s+is|it's|it’s)\\s+safe|(?:except|unless)\\s+in\\s+(?:${WORD}\\s+)?(?:exceptional|specific|special|particular)\\s+circumstances)(?![${L}])`,
        'giu',
      ),
      except: opensSentence,
    },
    { pattern: new RegExp(`(?<![${L}])(?:where|if|when|as)\\s+(?:it\\s+is\\s+)?(?:deemed|considered|judged|felt)\\s+(?:necessary|appropriate|relevant|helpful)(?![${L}])`, 'giu') },
    // The condition after the step: "More visits will be arranged if the social worker believes this is required".
    {
      pattern: new RegExp(
        `(?<![${L}])(?:if|where|when)\\s+(?:${WORD}\\s+){0,3}?(?:believes|believe|considers|consider|judges|deems|feels)(?:,?\\s+${WORD}){0,8}?\\s+(?:necessary|required|needed|appropriate)(?![${L}])`,
        'giu',
      ),
      except: opensSentence,
    },
    // Advice, not a promise: "We recommend …", "It is recommended that …", "It is good practice to …"
    // (Anyone's advice too: "the panel recommends that …", "practitioners are advised to …".)
    {
      pattern: new RegExp(
        `(?<![${L}])(?:we\\s+(?:would\\s+)?recommend|(?:it\\s+)?is\\s+recommended|are\\s+recommended|recommends?\\s+that|(?:is|are)\\s+(?:strongly\\s+)?advised\\s+to)(?![${L}])`,
        'giu',
      ),
    },
    { pattern: new RegExp(`(?<![${L}])it\\s+is\\s+(?:good|best)\\s+practice(?![${L}])`, 'giu') },
    // A rule with exceptions: "there may be instances where …", "it is expected that …"
    {
      pattern: new RegExp(`(?<![${L}])(?:there\\s+may\\s+be\\s+(?:instances|occasions|times|cases|circumstances)|there\\s+is\\s+a\\s+desire\\s+to|it\\s+is\\s+expected\\s+that)(?![${L}])`, 'giu'),
    },
    // Help that waits for the reader's need, written after the promise: "we will offer support, if you need it".
    // (A condition that opens the sentence sets the case the promise is for: "If you need to come into care, we will …";
    // so does the reader's own question: "what to do if you need urgent help".)
    {
      pattern: new RegExp(`(?<![${L}])if\\s+you\\s+need(?:\\s+it)?(?![${L}])`, 'giu'),
      except: (m) => opensSentence(m) || /what\s+to\s+do\s+$/iu.test((m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0)),
    },
    // What is done depends on the case: "depending on the complexity of the complaint", "should be dependent upon complexity", "will depend on what you want".
    // ("should not be dependent on", "depending on which festival you celebrate" choose nothing.)
    {
      pattern: new RegExp(`(?<![${L}])(?:depending|dependent|depends|depend)\\s+(?:up)?on(?![${L}])(?!\\s+which)`, 'giu'),
      except: (m) => /(?:not|never)\s+(?:be\s+)?$/iu.test((m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0)),
    },
    // An estimate, not a limit: "The assessment is expected to take 6 weeks"
    { pattern: new RegExp(`(?<![${L}])(?:is|are)\\s+expected\\s+to\\s+(?:take|last|be\\s+completed)(?![${L}])`, 'giu') },
    // Effort in place of a result: "try to", "strive to", "work hard to", "do our best to"
    {
      pattern: new RegExp(
        `(?<![${L}])(?:(?:try|tries|trying|strive|strives|striving|endeavour|endeavours|endeavor|endeavors|attempt|attempts|attempting|seek|seeks|intend|intends|intending|work\\s+hard|works\\s+hard|do\\s+(?:our|their|its)\\s+(?:best|utmost))\\s+to|(?:make|makes|making)\\s+every\\s+effort|every\\s+effort\\s+(?:will|is|should|shall)\\s+be\\s+made)(?![${L}])`,
        'giu',
      ),
      // ("In an attempt to give clarity, …": the purpose of what follows, not effort in place of it; "If the LA intends to conduct an assessment, …": a condition.)
      except: (m) => {
        const before = (m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
        return /(?:^|[^\p{L}])an\s+$/iu.test(before.slice(-4)) || (/^intend/iu.test(m[0]) && /(?:^|[^\p{L}])(?:if|where|when|whether)(?:\s+[\p{L}'’]+){1,3}\s+$/iu.test(before));
      },
    },
  ],
};

/** Verbs of being or living: "at familien kan leve så normalt som muligt", "I am as healthy as possible". */
const LIFE_VERBS = new Set(['leve', 'lever', 'være', 'er', 'blive', 'bliver', 'live', 'lives', 'living', 'be', 'am', 'is', 'are', 'become', 'feel', 'feels', 'stay']);

/**
 * "så normalt som muligt", "as healthy as possible" right after a verb of being or living: the
 * quality of a life aimed at (vague, if anything), not discretion over a promise. "så vidt muligt",
 * "as far as possible" stay hedges wherever they stand.
 */
function describesALife(m: RegExpMatchArray): boolean {
  const quality = (m[1] ?? '').toLowerCase().split(/\s+/)[0] ?? '';
  if (['vidt', 'far', 'much', 'meget', 'many', 'mange'].includes(quality)) return false;
  const before = (m.input ?? '')
    .slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-2)
    .map((word) => word.toLowerCase());
  return before.some((word) => LIFE_VERBS.has(word));
}

/** Who may hold an option without it hedging a promise: the reader, or those the promise is for ("skal de have mulighed for at udvikle sig"). */
const OPTION_HOLDERS = [
  'du',
  'forældre',
  'i',
  'man',
  'de',
  'han',
  'hun',
  'barnet',
  'børnene',
  'børn',
  'unge',
  'familien',
  'familierne',
  'forældrene',
  'borgeren',
  'borgere',
  'borgerne',
  'elever',
  'eleverne',
  'anbragte',
  'enhver',
  'alle',
];

/** Words between an option's holder and "have mulighed for": "Alle børn skal have mulighed for", "de vil altid have mulighed for", an age ("alle børn, 0-6 år, får mulighed for"). */
const AMBIGUOUS_HOLDERS = new Set(['i', 'de']);
const BETWEEN_HOLDER_AND_OPTION = new Set(['skal', 'kan', 'vil', 'må', 'bør', 'altid', 'også', 'fortsat', 'stadig', 'fremover', 'år']);

/** The reader or those the service is for: "forældrene kan søge om aflastning" is their right, not the author's discretion. */
const MODAL_HOLDERS: Record<Lang, ReadonlySet<string>> = {
  da: new Set(OPTION_HOLDERS),
  en: new Set(['you', 'i', 'parents', 'families', 'carers', 'people', 'child', 'children', 'leavers', 'person', 'pupils', 'students', 'learners']),
};

/** The match opens its sentence: a condition set before the main clause. */
function opensSentence(m: RegExpMatchArray): boolean {
  return sentenceStartBefore(m.input ?? '', m.index ?? 0, true);
}

/** The word before the match is one of `readers` ("du har mulighed for"): the reader's option, not the author's. */
function readerBefore(m: RegExpMatchArray, readers: readonly string[]): boolean {
  const before = (m.input ?? '').slice(0, m.index ?? 0);
  const words = before
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  let at = words.length - 1;
  while (at > 0 && BETWEEN_HOLDER_AND_OPTION.has(words[at]!)) at--;
  if (at >= 0 && readers.includes(words[at]!)) return true;
  // The subject further back in the clause: "at børn og unge i Odder Kommune har mulighed for", "flere børn og unge – uanset deres behov – skal have mulighed for".
  const clause = before.slice(before.search(/[^,.;:!?\n]*$/u));
  // An option that opens a list item has its holder in the lead-in ("Barnet skal: have mulighed for at …").
  if (clause.trim() === '' && /(?:^|\n)\s*$/u.test(before)) return true;
  // ("i" and "de" are also a preposition and a determiner: "Klubberne i området har mulighed for" is the clubs' option.)
  return clause.split(/[^\p{L}]+/u).some((word) => readers.includes(word.toLowerCase()) && !AMBIGUOUS_HOLDERS.has(word.toLowerCase()));
}

/** Clause openers after which a modal belongs to a subordinate clause (beside the actor lexicon's subordinators). */
const MORE_SUBORDINATORS: Record<Lang, readonly string[]> = { da: ['inden', 'før', 'hvornår', 'hvordan', 'hvorvidt', 'hvad'], en: ['before', 'how', 'whether', 'what'] };
const subordinatorCache = new Map<Lang, ReadonlySet<string>>();

const prepositionCache = new Map<Lang, ReadonlySet<string>>();

function prepositionsOf(lexicon: CompiledLexicon): ReadonlySet<string> {
  let set = prepositionCache.get(lexicon.lang);
  if (!set) prepositionCache.set(lexicon.lang, (set = new Set(lexicon.data.actors.prepositions)));
  return set;
}

function subordinatorsOf(lexicon: CompiledLexicon): ReadonlySet<string> {
  let set = subordinatorCache.get(lexicon.lang);
  if (!set) subordinatorCache.set(lexicon.lang, (set = new Set([...lexicon.data.actors.subordinators, ...MORE_SUBORDINATORS[lexicon.lang]])));
  return set;
}

/** Whether `at` opens its sentence: only white space since a sentence end, a colon or a line break (with `semicolon`, a semicolon too), or the text's start. */
function sentenceStartBefore(text: string, at: number, semicolon = false): boolean {
  return (semicolon ? /(?:^|[.!?:;\n])\s*$/u : /(?:^|[.!?:\n])\s*$/u).test(text.slice(Math.max(0, at - 200), at));
}

/** Nouns of trouble that may arise: problems, conflicts, absence, difficulties, concerns. */
const TROUBLE = /^(?:problem|konflikt|fravær|udfordring|vanskelighed|bekymring)/u;

/** Determiners and possessives that open the name of someone who may take part: "og eventuelt dine pårørende". */
const POSSIBLE_PARTICIPANTS = new Set(['dine', 'din', 'dit', 'de', 'den', 'det', 'andre', 'anden', 'andet', 'relevante', 'jeres', 'barnets', 'familiens']);

/** "eventuel", "et eventuelt skift", "Evt. udbetaling …": a possible thing named, not a promise hedged. */
function namesPossibleThing(text: string, tokens: readonly Token[], match: PhraseMatch, localStart: number, prepositions: ReadonlySet<string>): boolean {
  if (match.phrase !== 'eventuelt' && match.phrase !== 'evt') return false;
  const index = tokens.findIndex((t) => t.start === localStart);
  const token = tokens[index];
  if (!token) return false;
  if (token.word === 'eventuel' || token.word === 'eventuelle') return true;
  const previous = tokens[index - 1]?.word;
  if (previous !== undefined && (['et', 'det', 'en', 'den', 'de', 'ethvert', 'enhver'].includes(previous) || prepositions.has(previous))) return true;
  const next = tokens[index + 1]?.word ?? '';
  // "eventuelt i samarbejde med din faglige leder", "evt. med inddragelse af skolens ressourcepersoner": who may join the step, named.
  const after = tokens[index + 2]?.word ?? '';
  if ((next === 'i' && after === 'samarbejde') || (next === 'med' && (after === 'inddragelse' || after === 'deltagelse')) || (next === 'sammen' && after === 'med')) return true;
  // "med dig og eventuelt dine pårørende", "indkalde barnet … og eventuelt relevante personer": one more who may take part, named.
  if (previous !== undefined && ['og', 'eller', 'samt'].includes(previous) && POSSIBLE_PARTICIPANTS.has(next)) return true;
  // "løse evt. problemer", "evt. fravær registreres": any trouble that arises, not a step left open.
  if (TROUBLE.test(next)) return true;
  // "… og evt. underretning til Familierådgivningen": a possible step named by its noun, decided by whoever the sentence names.
  if (sentenceStartBefore(text, token.start) === false && /.{3}(?:ning|else|tion)$/u.test(next)) return true;
  // At a sentence's start: "Evt. udbetaling …" names a thing, "Eventuelt henvises familien …" hedges the step.
  return sentenceStartBefore(text, token.start) && !/(?:es|er|ede|te)$/u.test(next);
}

/** "så normalt som muligt": an adjective compared ("as normal as"), not "normalt" as "usually". */
function compared(tokens: readonly Token[], match: PhraseMatch): boolean {
  if (match.phrase !== 'normalt' && match.phrase !== 'typisk') return false;
  const at = tokens.findIndex((t) => t.end === match.localEnd);
  return at > 0 && tokens[at - 1]!.word === 'så' && tokens[at + 1]?.word === 'som';
}

/** Hedges of habit that may name who usually does a step instead: "typisk en psykolog", "usually a manager". */
const USUALLY = new Set(['typisk', 'normalt', 'usually', 'normally', 'typically']);

/** Words before "ofte"/"often" that make it no hedge: a question ("how often", "hvor ofte"), more of a step ("more often") or a state described ("er ofte kompleks", "is often complex"). */
const NOT_BEFORE_OFTEN = new Set(['how', 'hvor', 'er', 'var', 'is', 'are', 'was', 'were', 'more']);

/**
 * A hedge phrase that says something else where it stands: "miljøer, hvor det er muligt at møde …"
 * (a place where something can be done, not "where possible"), "as required by law" (a duty),
 * "how often practitioners visit", "more often if needed", "er ofte kompleks" ("Ofte vil en kontakt
 * til PPR starte med …" still hedges the step), "– typisk en psykolog –" (who usually acts), exceptional
 * circumstances the sentence names.
 */
function notDiscretion(text: string, tokens: readonly Token[], match: PhraseMatch, lang: Lang): boolean {
  const phrase = match.text.toLowerCase().replace(/\s+/gu, ' ');
  const at = tokens.findIndex((t) => t.end === match.localEnd);
  if (at < 0) return false;
  if (match.phrase === 'ofte' || match.phrase === 'often') return at > 0 && NOT_BEFORE_OFTEN.has(tokens[at - 1]!.word);
  // "– typisk en psykolog eller talepædagog –", "— usually a manager from the relevant team": who it usually is, not whether it is done.
  if (USUALLY.has(match.phrase) && ['en', 'et', 'a', 'an'].includes(tokens[at + 1]?.word ?? '') && isProfessionalRole(tokens[at + 2]?.word ?? '', lang)) return true;
  const next = tokens[at + 1]?.word;
  const gapAfter = tokens[at + 1] ? text.slice(match.localEnd, tokens[at + 1]!.start) : '';
  if (/(?:det|it) (?:er|is) (?:muligt|possible)$/u.test(phrase) && (next === 'at' || next === 'to') && /^\s+$/u.test(gapAfter)) {
    const object = `${tokens[at + 2]?.word ?? ''} ${tokens[at + 3]?.word ?? ''}`;
    return object !== 'do so' && object !== 'gøre det';
  }
  if (/required$/u.test(phrase) && next === 'by') return true;
  // "In exceptional circumstances where there is a delay, …": the circumstances are named, nobody judges them.
  if (/exceptional circumstances$/u.test(phrase) && (next === 'where' || next === 'when') && /^\s+$/u.test(gapAfter)) return true;
  return false;
}

/** Words before a need that only adds to a fixed step: "derudover efter behov", "more if needed", "oftere ved behov". */
const ADDING = new Set(['derudover', 'additionally', 'mere', 'oftere', 'hyppigere', 'more', 'often', 'frequently']);

/**
 * "at least every 6-8 weeks, or sooner if required", "minimum to gange pr. år og derudover efter
 * behov": a need that can only bring the step forward or add to it hedges nothing.
 */
function onlySooner(tokens: readonly Token[], match: PhraseMatch): boolean {
  const at = tokens.findIndex((t) => t.end > match.localEnd - match.text.length);
  const previous = tokens[at - 1]?.word;
  if (previous === 'sooner' || previous === 'earlier' || previous === 'tidligere' || previous === 'hurtigere') return true;
  // "en gang om måneden eller mere efter behov", "twice a year, but more if needed": more of a fixed step, as needed.
  return ADDING.has(previous ?? '') && /behov|need|requir/u.test(match.phrase);
}

/** "som udgangspunkt for udarbejdelse af …": the basis of something, not "as a rule". */
function basisOf(tokens: readonly Token[], match: PhraseMatch): boolean {
  if (match.phrase !== 'som udgangspunkt') return false;
  const at = tokens.findIndex((t) => t.end === match.localEnd);
  return at >= 0 && tokens[at + 1]?.word === 'for';
}

/** "om muligt økonomisk sanktion": "muligt" describes the next word ("a possible sanction"), it hedges nothing. */
function describesNext(text: string, tokens: readonly Token[], match: PhraseMatch): boolean {
  if (match.phrase !== 'om muligt') return false;
  const next = tokens.find((t) => t.start >= match.localEnd);
  return next !== undefined && /^\s+$/u.test(text.slice(match.localEnd, next.start)) && /(?:isk|ig|lig|ske|ige)$/u.test(next.word);
}

/** Verbs of span after a modal: "kan strække sig over", "can vary", "kan variere". */
const EXTENT_VERBS = new Set(['strække', 'variere', 'vare', 'range', 'vary', 'last']);
/** Verbs of what a thing comprises, a little after a modal: "Hjælpen kan efter serviceniveauet fx bestå i …", "Støtten kan max. udgøre 1.500 kr.". */
const CONTENT_VERBS = new Set(['bestå', 'udgøre', 'omfatte', 'indeholde', 'include', 'consist', 'comprise']);
/**
 * What may follow or happen, or an authority's power, rather than a step left open: "undersøgelsen kan føre til, at …",
 * "Aflastningen kan foregå både i og uden for hjemmet", "kan Familieretshuset træffe en midlertidig afgørelse".
 */
const NOT_A_CHOICE = new Set(['føre', 'medføre', 'betyde', 'resultere', 'foregå', 'træffe', 'lead', 'result', 'mean']);
/** A cap after a modal: "kan max. udgøre", "kan tildeles i op til 2 år", "can be paid up to" (not "up until", a span). */
const CAPS = new Set(['max', 'maks', 'maksimalt', 'højst', 'op', 'up', 'maximum']);
/**
 * Getting in touch as access, not discretion: being contacted ("Sundhedsplejen kan kontaktes …"), turning to someone
 * ("hvor børn og forældre kan henvende sig"), or anyone contacting or referring to a service ("Alle fagpersoner kan kontakte SSP-koordinatoren",
 * "Kommunale fagpersoner kan henvise til udredning").
 * A professional who may contact someone takes a step left open ("The ARO may also contact the school").
 */
const BEING_CONTACTED = new Set(['kontaktes', 'henvende', 'henvendes', 'contacted', 'reached', 'called']);
const CONTACTING = new Set(['kontakte', 'ringe', 'henvise', 'contact', 'call', 'phone', 'ring', 'email', 'reach', 'refer']);
const ANYONE = new Set(['alle', 'fagpersoner', 'fagprofessionelle', 'anyone', 'everyone', 'professionals', 'practitioners', 'agencies']);
/** Adverbs between a modal and its verb. */
const MODAL_ADVERBS = new Set(['desuden', 'også', 'altid', 'derudover', 'endvidere', 'also', 'further', 'additionally']);
/** Modals of duty that bind a "kan"/"can" coordinated with them. */
const DUTY_MODALS = new Set(['skal', 'must', 'will', 'shall']);

/** Whether `tokens[k]` opens a cap: "max", "højst", and "op"/"up" only before "til"/"to" ("up until" is a span, not a cap). */
function capAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.word;
  if (!CAPS.has(word)) return false;
  return (word !== 'op' && word !== 'up') || ['til', 'to'].includes(tokens[k + 1]?.word ?? '');
}

/** The first token of the clause that holds `tokens[at]`: back to a comma, a sentence end, a colon, a dash or a line break. */
function clauseStart(text: string, tokens: readonly Token[], at: number): number {
  let first = at;
  while (first > 0 && !/[,.;:!?\n–]/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
  return first;
}

/** Irregular English participles of steps an authority takes: "given", "made", "sent". */
const IRREGULAR_PARTICIPLES = new Set([
  'given',
  'made',
  'paid',
  'sent',
  'held',
  'taken',
  'brought',
  'sought',
  'put',
  'set',
  'kept',
  'met',
  'undertaken',
  'withdrawn',
  'shown',
  'told',
  'written',
  'spent',
  'lent',
]);
/** Participles of the reader's access, not the authority's choice: "can be found online", "may be accessed", "can be used for". */
const ACCESS_PARTICIPLES = new Set([
  'found',
  'accessed',
  'obtained',
  'downloaded',
  'viewed',
  'read',
  'seen',
  'used',
  'located',
  'booked',
  'requested',
  'collected',
  'heard',
  'understood',
  'affected',
  'required',
  'needed',
  'expected',
  'completed',
  'done',
]);
/** Nouns of what the reader asks for, whose making is the reader's step: "A request … can be made", "a complaint may be made". */
const READER_REQUESTS = /^(?:request|requests|application|applications|complaint|complaints|referral|referrals|appeal|appeals|claim|claims|self-referral|enquiry|enquiries)$/u;

/** "can be extended", "may be offered", "can be made available": a modal's passive whose verb is a step someone may choose to take. */
function discretionaryPassive(tokens: readonly Token[], at: number, clause: readonly string[]): boolean {
  let k = at;
  while (k < tokens.length && MODAL_ADVERBS.has(tokens[k]!.word)) k++;
  const participle = tokens[k]?.word ?? '';
  if (ACCESS_PARTICIPLES.has(participle) || BEING_CONTACTED.has(participle)) return false;
  if (!(/^\p{L}{3,}ed$/u.test(participle) || IRREGULAR_PARTICIPLES.has(participle))) return false;
  if (participle === 'made' && clause.some((word) => READER_REQUESTS.test(word))) return false;
  return true;
}

/** Subjects that start an English main clause after a condition with no comma: "If you need anything your social worker can …". */
const MAIN_SUBJECT_STARTS = new Set(['we', 'they', 'your', 'the', 'their', 'a', 'an']);

/**
 * "If the young person needs further support we can provide …": English marks no end to an opening condition without a comma;
 * a subject after the condition's own words, right before the modal, opens the main clause. Only for a condition that opens the clause.
 */
function mainAfterCondition(clause: readonly string[], lang: Lang, subordinators: ReadonlySet<string>): boolean {
  if (lang !== 'en' || !['if', 'when', 'once', 'until', 'where'].includes(clause[0] ?? '')) return false;
  if (clause.slice(1).some((word) => subordinators.has(word) && word !== 'that')) return false;
  for (let k = clause.length - 1; k >= Math.max(3, clause.length - 4); k--) {
    if (MAIN_SUBJECT_STARTS.has(clause[k]!)) return k >= 3;
  }
  return false;
}

/** A sentence that opens with the reader's wish: "Hvis du (ikke) vil/ønsker …", "If you want/wish/would like …". */
const READER_WISH = /^\s*(?:hvis|når|if|when)\s+(?:du|i|you)\s+(?:ikke\s+|not\s+|do\s+not\s+|don['’]t\s+)?(?:gerne\s+)?(?:vil|ønsker|want|wish|would\s+like)(?![\p{L}])/iu;

/** Where the sentence around `at` starts: after a sentence end, a colon or a line break, or the text's start. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /[.!?:\n][^.!?:\n]*$/u.exec(before);
  return m ? m.index + 1 : 0;
}

/** Verbs of complaint and appeal: a right, whoever holds it. */
const RIGHTS = new Set(['klage', 'anke', 'påklage', 'complain', 'appeal']);

/** Pronouns that follow a modal as its subject when a main clause comes after a fronted clause ("…, kan vi …", "…, can we …"). */
const INVERTED_SUBJECTS = new Set(['vi', 'du', 'i', 'de', 'man', 'han', 'hun', 'den', 'det', 'der', 'kommunen', 'we', 'you', 'they']);

/** The discretionary modals of a text: "Skolelederen kan give tilladelse", "agencies can request a review". */
function discretionaryModals(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, map: (i: number) => number): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const modals = lexicon.lang === 'da' ? new Set(['kan']) : new Set(['can', 'may']);
  const readers = MODAL_HOLDERS[lexicon.lang];
  const subordinators = subordinatorsOf(lexicon);
  for (let i = 0; i < tokens.length; i++) {
    if (!modals.has(tokens[i]!.word)) continue;
    // "from Monday 22nd May, 2017": the month, written in capitals inside the sentence, is no modal.
    if (tokens[i]!.word === 'may' && /^M/u.test(text.slice(tokens[i]!.start, tokens[i]!.end)) && !sentenceStartBefore(text, tokens[i]!.start)) continue;
    // The clause before the modal: back to a comma, a sentence end or a line break.
    const first = clauseStart(text, tokens, i);
    // A modal that opens its sentence opens a condition or a question: "Kan kommunen ikke overholde fristen, …".
    if (first === i && sentenceStartBefore(text, tokens[i]!.start)) continue;
    // A relative clause set off by commas right before the modal ("således at børn, der har behov for særlig støtte, kan deltage"):
    // the modal's clause is the one before it.
    // (Not a main clause after a condition, its subject after the modal: "Hvis vi vurderer at, der stadig er behov …, kan vi …".)
    if (first === i && first > 0 && !INVERTED_SUBJECTS.has(tokens[i + 1]?.word ?? '') && /^\s*,\s*$/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) {
      const opening = clauseStart(text, tokens, first - 1);
      if (RELATIVES.has(tokens[opening]!.word) && opening > 0 && /,/u.test(text.slice(tokens[opening - 1]!.end, tokens[opening]!.start))) {
        if (tokens.slice(clauseStart(text, tokens, opening - 1), opening).some((t) => subordinators.has(t.word))) continue;
      }
    }
    // "Underretningspligten kan ikke tilsidesættes": what cannot be done is ruled out, not left open ("kan ikke altid" still is).
    if (tokens[i + 1]?.word === 'ikke' && tokens[i + 2]?.word !== 'altid') continue;
    // (A subordinate clause puts the negation first: "…, og din underretning ikke kan afvente åbningstiden".)
    if (tokens[i - 1]?.word === 'ikke' || tokens[i - 1]?.word === 'aldrig') continue;
    const inClause = tokens.slice(first, i).map((t) => t.word);
    // "Der kan …" opens a main clause at a sentence start; after a comma, "der"/"som" start a relative one ("…, der bedst kan …").
    const opensSentence = sentenceStartBefore(text, tokens[first]!.start);
    if (inClause.some((word, k) => subordinators.has(word) && !(k === 0 && opensSentence && (word === 'der' || word === 'det'))) && !mainAfterCondition(inClause, lexicon.lang, subordinators))
      continue;
    const next = tokens[i + 1]?.word;
    // ("help you achieve the best you possibly can": an adverb between the holder and the modal.)
    const holder = inClause.at(-1) !== undefined && /.{3}ly$/u.test(inClause.at(-1)!) ? inClause.at(-2) : inClause.at(-1);
    if (readers.has(holder ?? '') || (next !== undefined && readers.has(next))) continue;
    // "Hvis du ikke vil se dem, kan vi sørge for det", "If you want to access your files, your adviser can …": the reader's wish
    // opens the sentence, and the modal offers what the reader chooses.
    if (READER_WISH.test(text.slice(sentenceStart(text, tokens[i]!.start), tokens[i]!.start))) continue;
    // "Der kan altid ske sparring": always possible is no discretion.
    if (next === 'altid' || next === 'always') continue;
    if (next === 'forvente' || next === 'forventes' || next === 'expect' || next === 'få' || next === 'get' || next === 'have') continue;
    // "to discuss any support they may need": what someone may need describes the need, it leaves nothing to discretion.
    if (next === 'need' || next === 'require') continue;
    // "This can be extended to 20 days", "support may be offered": a step the authority may take or not, in the passive
    // (not what a thing may be, "can be difficult", nor the reader's access, "can be found online", "a request can be made").
    if (next === 'be' && !discretionaryPassive(tokens, i + 2, inClause)) continue;
    // "Det kan godt være, at …", "Det kan være svært": what may be so, not what may be done.
    if (next === 'godt' || next === 'være') continue;
    // "Stage 3 can take up to 50 working days", "can only be paid until …": a limit, not a choice.
    if (next === 'take' || next === 'tage' || next === 'only' || next === 'kun') continue;
    // "… og kan så klage til Ankestyrelsen", "you can appeal": a right to complain is the reader's, not the author's discretion.
    if (tokens.slice(i + 1, i + 4).some((t) => RIGHTS.has(t.word))) continue;
    // "Opholdene kan strække sig fra 1-2 dage til 2-3 uger", "can vary": what a thing spans, not a choice.
    if (next !== undefined && EXTENT_VERBS.has(next)) continue;
    // What a thing may comprise, a cap, or a way to get in touch: the same sentence, up to six words on.
    let k = i + 1;
    while (k < tokens.length && MODAL_ADVERBS.has(tokens[k]!.word)) k++;
    const verb = tokens[k]?.word === 'be' ? tokens[k + 1]?.word : tokens[k]?.word;
    if (verb !== undefined && (BEING_CONTACTED.has(verb) || (CONTACTING.has(verb) && inClause.some((word) => ANYONE.has(word) || readers.has(word))))) continue;
    const ahead: Token[] = [];
    for (let n = i + 1; n < Math.min(tokens.length, i + 7) && (n === i + 1 || !/[.;:!?\n]/u.test(text.slice(tokens[n - 1]!.end, tokens[n]!.start))); n++) ahead.push(tokens[n]!);
    if (ahead.some((t) => CONTENT_VERBS.has(t.word)) || ahead.slice(0, 3).some((t, k) => capAt(ahead, k) || NOT_A_CHOICE.has(t.word))) continue;
    // "Det kan og skal lykkes", "can and must": the modal is bound by the duty beside it.
    const after = tokens[i + 2]?.word;
    if ((next === 'og' || next === 'and') && after !== undefined && DUTY_MODALS.has(after)) continue;
    const before = tokens[i - 1]?.word;
    if ((before === 'og' || before === 'and') && i >= 2 && DUTY_MODALS.has(tokens[i - 2]!.word)) continue;
    const token = tokens[i]!;
    found.push({ text: text.slice(token.start, token.end), start: map(token.start), end: map(token.end), phrase: token.word, localEnd: token.end });
  }
  return found;
}

/** Relative words that open a clause describing a noun: "…, who will usually be the social worker", "I sager, hvor der normalt kan …". */
const RELATIVES = new Set(['who', 'which', 'hvor', 'som', 'der']);

/** A hedge inside a relative clause after a comma qualifies the noun it describes, not the promise. */
function inRelativeClause(text: string, tokens: readonly Token[], match: PhraseMatch): boolean {
  const start = match.localEnd - match.text.length;
  const at = tokens.findIndex((t) => t.start >= start);
  if (at <= 0) return false;
  for (let i = at - 1; i >= 0 && at - i <= 6; i--) {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (/[.;:!?\n,]/u.test(gap)) return false;
    if (RELATIVES.has(tokens[i]!.word) && /,\s*$/u.test(text.slice(0, tokens[i]!.start))) return true;
    // ("… i en anden kommune, og som typisk skal skifte skole": a second relative clause joined by "og".)
    if (RELATIVES.has(tokens[i]!.word) && i > 0 && ['og', 'and'].includes(tokens[i - 1]!.word) && /,\s*$/u.test(text.slice(0, tokens[i - 1]!.start))) return true;
  }
  return false;
}

/** Every hedge of `text` (tokens are its words; `map` turns a text index into a document offset). */
export function findHedges(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, map: (i: number) => number): HedgeResult {
  const prepositions = prepositionsOf(lexicon);
  const phrases = findPhrases(text, tokens, lexicon, lexicon.hedges, map, text).filter(
    (match) =>
      !namesPossibleThing(text, tokens, match, match.localEnd - match.text.length, prepositions) &&
      !describesNext(text, tokens, match) &&
      !compared(tokens, match) &&
      !notDiscretion(text, tokens, match, lexicon.lang) &&
      !basisOf(tokens, match) &&
      !onlySooner(tokens, match) &&
      !inRelativeClause(text, tokens, match),
  );
  const extra: PhraseMatch[] = [];
  for (const { pattern, except } of CONSTRUCTIONS[lexicon.lang]) {
    for (const m of text.matchAll(pattern)) {
      if (except?.(m)) continue;
      const end = m.index + m[0].length;
      extra.push({ text: m[0], start: map(m.index), end: map(end), phrase: m[0], localEnd: end });
    }
  }
  extra.push(...discretionaryModals(text, tokens, lexicon, map));
  const all: PhraseMatch[] = [...phrases];
  for (const candidate of extra.sort((a, b) => a.start - b.start)) {
    if (!all.some((h) => h.start < candidate.end && candidate.start < h.end)) all.push(candidate);
  }
  return { phrases, all: all.sort((a, b) => a.start - b.start) };
}
