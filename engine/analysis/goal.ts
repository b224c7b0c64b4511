// SMART analysis of one goal: its statement (title + first paragraph) and its fields.
// Pure and fast: it runs on every keystroke in the editor. Results are cached per goal object,
// and by content: the analysis reads only the goal's own text (statement, spans, fields), so it is
// computed with offsets relative to the goal's title and shifted to the goal's place in the
// document at use. An edit elsewhere in the document, which moves the goal, costs no re-analysis.
import type { Goal, GoalField, GoalFieldKey, GovDocument } from '../model/document.ts';
import { compareDates, formatIsoDate, parseIsoDate, parseWrittenDate, type CalendarDate } from '../text/dates.ts';
import { BoundedCache } from '../text/bounded-cache.ts';
import { isPlaceholderValue } from '../text/placeholder.ts';
import type { Lang, Localized } from '../types.ts';
import { findActor, findCaseObject, isProfessionalRole } from './actor.ts';
import { EndingSet } from './endings.ts';
import { MAX_STATEMENT, readDue } from './due.ts';
import { findHedges } from './hedges.ts';
import { assignedProfessionalEnd, givesThing, helpedVerb, helpsAfter, supportFromProfessional } from './provision.ts';
import { compileLexicon, wordsOf, type CompiledLexicon, type LexiconExtension } from './lexicon.ts';
import { findPhrases, tokenize, type PhraseMatch, type Token } from './phrases.ts';
import { scanText, zeroTargets, type MeasureKind, type TimeKind } from './patterns.ts';
import { judgedSpecific, type SpecificityInput } from './specificity-model.ts';

/** A span of the document text (offsets into `GovDocument.text`). */
export interface Finding {
  text: string;
  start: number;
  end: number;
}

export interface PhraseFinding extends Finding {
  /** The lexicon entry that matched. */
  phrase: string;
}

export interface MeasureFinding extends Finding {
  kind: MeasureKind;
  value?: number;
  relative?: boolean;
  source: 'statement' | 'field';
}

export interface TimeFinding extends Finding {
  kind: TimeKind;
  date?: CalendarDate;
  weak?: boolean;
  point?: boolean;
  source: 'statement' | 'field';
}

export type ImplausibleKind = 'percent-over-100' | 'deadline-before-adoption' | 'deadline-passed' | 'target-below-baseline' | 'target-above-baseline';

export interface Implausibility {
  kind: ImplausibleKind;
  finding: Finding;
  data: Record<string, string | number>;
}

export interface SmartCheck {
  ok: boolean;
  reason: Localized;
}

export interface Scorecard {
  S: SmartCheck;
  M: SmartCheck;
  A: SmartCheck;
  R: SmartCheck;
  T: SmartCheck;
}

/** The unit or role acting in the statement (subject of a main clause, or agent of a passive). */
export interface ActorFinding extends Finding {
  role: 'subject' | 'agent';
  /** A group that acts ("agencies", "practitioners"): the step is concrete, but no one is named to answer for it. */
  generic?: true;
  /** A pronoun for someone named before the statement ("They will visit you …"). */
  pronoun?: true;
}

export interface GoalAnalysis {
  lang: Lang;
  /** Vague verbs and phrases (styrke, fokus på; strengthen, focus on). */
  vague: PhraseFinding[];
  /** Evaluative words with nothing to observe (god, tryg; good, safe): with `vague`, the words that carry the vagueness. */
  evaluative: PhraseFinding[];
  hedges: PhraseFinding[];
  measures: MeasureFinding[];
  times: TimeFinding[];
  fields: Partial<Record<GoalFieldKey, GoalField>>;
  /** A starting value in the statement ("fra 52 % i 2024") or a baseline field. */
  baseline?: { from: MeasureFinding | Finding; to?: MeasureFinding; source: 'statement' | 'field' };
  direction?: 'rise' | 'fall';
  /** The statement has a concrete, observable target: a measure, a time limit, a named indicator or a target field. */
  concrete: boolean;
  /** The unit or role that acts in the statement, if any (it answers for the goal). */
  actor?: ActorFinding;
  /**
   * Specific (SPEC §3 vague-goal): there is evidence of concreteness — a measurable target, a time
   * limit or rhythm, a dated deliverable, or a unit or role that acts without vague words — whether
   * or not a vague word appears; the specificity model weighs that evidence with the statement's words.
   */
  specific: boolean;
  /** Specific by the model's reading of the wording, where the rules found no evidence of their own. */
  specificByWording?: true;
  /** The model's input, returned only when `AnalysisOptions.specificity` is 'rules' (for training the model). */
  specificityInput?: SpecificityInput;
  /** A deadline field whose value is no date, period or time expression ("snarest", "løbende", "[ÅÅÅÅ-MM-DD]"). */
  unusableDeadlineField?: Finding;
  measurable: boolean;
  timeBound: boolean;
  /** Time-bound only by a frequency while the goal aims at a change: a rhythm, not a deadline. */
  frequencyOnly: boolean;
  /** Levels to reach (percentages, shares, rates, counts with a direction) that need a starting point. */
  absoluteTargets: MeasureFinding[];
  hasBaseline: boolean;
  /** The deadline that counts (due.ts): the deadline field's, else the latest strong deadline in the statement or the target field. */
  deadline?: { date: CalendarDate; finding: Finding; source: 'field' | 'statement' | 'target' };
  implausible: Implausibility[];
  scorecard: Scorecard;
}

export interface AnalysisOptions {
  lang: Lang;
  today: string;
  adopted?: string;
  retired?: boolean;
  lexicon?: LexiconExtension;
  /** The workspace's configured owners: named in the statement as the one who acts, they answer for the goal. */
  owners?: readonly string[];
  /**
   * How specificity is judged: by the specificity model (the default), or by the rules' evidence alone, which also
   * returns the model's input (`specificityInput`) for training it.
   */
  specificity?: 'model' | 'rules';
}

/** The language a goal's words are read in: the document's, then the configured default. */
export function analysisLang(document: GovDocument, configLang: Lang): Lang {
  return document.meta.lang ?? configLang;
}

/** What the analysis of a document's goals reads of the configuration. */
export interface AnalysisConfig {
  lang: Lang;
  lexicon: Record<Lang, LexiconExtension>;
  owners?: readonly string[];
}

/** The options of a document's goal analysis: one judgement for the rules, the hover's scorecard and the report. */
export function goalAnalysisOptions(document: GovDocument, config: AnalysisConfig, today: string): AnalysisOptions {
  const lang = analysisLang(document, config.lang);
  return {
    lang,
    today,
    ...(document.meta.adopted ? { adopted: document.meta.adopted } : {}),
    retired: document.meta.status === 'retired',
    lexicon: config.lexicon[lang],
    ...(config.owners ? { owners: config.owners } : {}),
  };
}

/** A goal field as the analysis reads it: offsets relative to the goal's anchor. */
interface InputField {
  key: GoalFieldKey;
  value: string;
  start: number;
  end: number;
}

/**
 * Everything of a goal the analysis reads, with offsets relative to the anchor (the start of the
 * goal's title). The result depends on this and the options only, so it can be cached by them.
 */
interface AnalysisInput {
  kind: Goal['kind'];
  statement: string;
  statementSpans: ReadonlyArray<{ text: string; start: number }>;
  titleStart: number;
  fields: readonly InputField[];
}

/** The analysis with offsets relative to the anchor, and each filled field as its index in `goal.fields`. */
type RelativeAnalysis = Omit<GoalAnalysis, 'fields'> & { fields: Partial<Record<GoalFieldKey, number>> };

/** Maps an index into `goal.statement` to an offset (relative to the anchor). */
function statementMapper(goal: AnalysisInput): (index: number) => number {
  const starts: Array<{ at: number; doc: number }> = [];
  let at = 0;
  for (const span of goal.statementSpans) {
    starts.push({ at, doc: span.start });
    at += span.text.length + 1;
  }
  return (index) => {
    let chosen = starts[0] ?? { at: 0, doc: goal.titleStart };
    for (const entry of starts) if (entry.at <= index) chosen = entry;
    return chosen.doc + (index - chosen.at);
  };
}

function directionOf(words: readonly Token[], lexicon: CompiledLexicon): 'rise' | 'fall' | undefined {
  let rise = false;
  let fall = false;
  for (const { word } of words) {
    if (lexicon.rise.has(word)) rise = true;
    if (lexicon.fall.has(word)) fall = true;
  }
  return rise === fall ? undefined : rise ? 'rise' : 'fall';
}

/** The time a deadline field's value states: a whole date, or a deadline, time limit or rhythm in its words; undefined for "snarest", "løbende" or free text. */
/** A time limit counted in years: "in 10 years", "inden for 2 år". */
function inYears(value: string, lexicon: CompiledLexicon): boolean {
  return scanText(value, lexicon.data).times.some((time) => time.kind === 'time-limit' && lexicon.data.timeUnits.year.includes(time.text.toLowerCase().split(/\s+/).at(-1) ?? ''));
}

function fieldTime(field: InputField, lexicon: CompiledLexicon): { kind: TimeKind } | undefined {
  const value = field.value.trim();
  if (parseIsoDate(value) ?? parseWrittenDate(value)) return { kind: 'deadline' };
  let times = scanText(field.value, lexicon.data).times;
  // A bare year ("2027") is a deadline in a deadline field.
  if (times.length === 0 && /^(?:19|20)\d{2}$/.test(value)) return { kind: 'deadline' };
  // A bare duration ("6 dage", "8 weeks") in a deadline field is a time limit.
  if (times.length === 0 && /^\d/.test(value)) times = scanText(`${lexicon.lang === 'da' ? 'inden for' : 'within'} ${value}`, lexicon.data).times.filter((t) => t.kind === 'time-limit');
  const strongest = times.find((t) => t.kind === 'deadline') ?? times.find((t) => t.kind === 'time-limit') ?? times.find((t) => /^\d/.test(t.text)) ?? times[0];
  // "3 måneder, herefter hver 6. måned": a leading duration is the limit, the rest its rhythm.
  if (strongest && strongest.kind === 'frequency' && /^\d/.test(value) && !/^\d/.test(strongest.text)) {
    const limit = scanText(`${lexicon.lang === 'da' ? 'inden for' : 'within'} ${value}`, lexicon.data).times.find((t) => t.kind === 'time-limit');
    if (limit) return { kind: 'time-limit' };
  }
  return strongest ? { kind: strongest.kind } : undefined;
}

/** The first token that is, or ends in, one of `endings` (compounds: "skolefraværet" ends in "fravær"). */
const quantityEndings = new Map<Lang, EndingSet>();

/** The first token that names a quantity, or is a compound ending in one ("skolefraværet" ends in "fravær" + "et"). */
function findQuantity(tokens: readonly Token[], lexicon: CompiledLexicon): Token | undefined {
  let endings = quantityEndings.get(lexicon.lang);
  if (!endings) quantityEndings.set(lexicon.lang, (endings = new EndingSet(lexicon.data.quantityNouns, lexicon.data.actors.inflections)));
  return tokens.find((token) => endings.matches(token.word));
}

/** The tokens within four words of a word that says a level rises or falls. */
function nearDirection(tokens: readonly Token[], lexicon: CompiledLexicon): Token[] {
  const near = new Set<Token>();
  tokens.forEach((token, i) => {
    if (!lexicon.rise.has(token.word) && !lexicon.fall.has(token.word)) return;
    for (let k = Math.max(0, i - 4); k <= Math.min(tokens.length - 1, i + 4); k++) near.add(tokens[k]!);
  });
  return tokens.filter((token) => near.has(token));
}

/** Where a clause of purpose starts ("…, så …", "… to help …"), or the text's end. */
function purposeStart(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, from = 0): number {
  const markers = lexicon.data.purposeMarkers.map((marker) => marker.split(' '));
  for (let i = Math.max(1, tokens.findIndex((t) => t.start >= from) + 1); i < tokens.length; i++) {
    for (const marker of markers) {
      if (!marker.every((word, k) => tokens[i + k]?.word === word)) continue;
      // "Så skal du underrette kommunen": "så" before a finite verb is "then", not "so that".
      if (marker.length === 1 && marker[0] === 'så' && THEN_BEFORE.has(tokens[i + 1]?.word ?? '')) continue;
      return tokens[i]!.start;
    }
  }
  return text.length;
}

/** Finite verbs after which "så" means "then" ("Så skal du …", "så sender vi …"). */
const THEN_BEFORE = new Set(['skal', 'vil', 'kan', 'må', 'bør', 'er', 'har', 'bliver', 'får', 'kommer', 'sender', 'tager', 'giver']);

/** A statement of who answers for something: "is responsible for", "has the responsibility for", "har ansvaret for", "er ansvarlig for". */
const RESPONSIBLE_FOR = /(?<!\p{L})(?:(?:is|are|has|have)\s+(?:the\s+)?responsib(?:le|ility)\s+for|(?:har|have)\s+ansvar(?:et)?\s+for|(?:er|være)\s+ansvarlige?\s+for)(?!\p{L})/iu;

/** Verbs of taking part: a step when what is attended is a defined event ("deltager i netværksmødet"), a value when it is life at large ("deltage i samfundslivet"). */
const TAKING_PART = new Set(['deltage', 'attend']);

/** Every day: "hver dag", "dagligt", "daily". */
const DAILY = /^(?:hver(?:\s+eneste)?\s+dag|dagligt?|daglige|every\s+day|daily)$/iu;
/** Words of work in general: "arbejder", "arbejdet", "work", "working". */
const WORK_WORDS = /^(?:arbejd\p{L}*|work|works|working)$/u;

/** "arbejder med", "arbejder i et tæt samarbejde med", "works with": work in general, not a step of one's own. */
const WORKS = new Set(['arbejder', 'arbejde', 'works', 'work', 'working']);
const WORKS_AT = new Set(['med', 'i', 'på', 'for', 'with', 'on', 'in', 'across']);
/** Words of the manner of work after it: "arbejder ud fra …", "arbejder sammen med …", "work alongside …", "work together …". */
const WORK_MANNER = new Set(['ud', 'sammen', 'alongside', 'together', 'closely', 'vidensbaseret']);

/** The actor's verb, right after it, is work in general: "Familieafsnittet arbejder i et tæt samarbejde med forældrene". */
function onlyWorks(tokens: readonly Token[], map: (i: number) => number, actorEnd: number): boolean {
  const at = tokens.findIndex((t) => map(t.start) >= actorEnd);
  if (at < 0) return false;
  let k = at;
  // A modal or an adverb between: "skal altid arbejde med", "will work with".
  while (k < tokens.length && k < at + 2 && !WORKS.has(tokens[k]!.word) && /^(?:skal|vil|kan|will|must|also|også|altid|always)$/u.test(tokens[k]!.word)) k++;
  // ("arbejder ud fra et helhedssyn", "arbejder vidensbaseret", "work closely alongside families": work in some manner is still work in general.)
  const next = tokens[k + 1]?.word ?? '';
  return WORKS.has(tokens[k]?.word ?? '') && (WORKS_AT.has(next) || WORK_MANNER.has(next) || /^\p{L}{4,}(?:t|ly)$/u.test(next));
}

/** Verbs of involving someone: vague about the family's part, a concrete step when a professional is brought in. */
const INVOLVE = new Set(['inddrage', 'involve']);
/** Words that end the object of a verb: prepositions and conjunctions. */
const OBJECT_ENDS = new Set(['i', 'på', 'til', 'med', 'om', 'for', 'ved', 'som', 'in', 'on', 'to', 'with', 'at', 'as', 'og', 'and', 'eller', 'or']);

/** "Lederen skal inddrages", "inddrages AKT-leder …", "Skolen kan inddrage PPR": bringing a named professional in is a step, not a value. */
function involvesProfessional(finding: { phrase: string; localEnd: number; text: string }, tokens: readonly Token[], lang: Lang): boolean {
  if (!INVOLVE.has(finding.phrase)) return false;
  const at = tokens.findIndex((t) => t.end === finding.localEnd);
  if (at < 0) return false;
  // The object right after the verb, up to a preposition ("inddrage PPR", "inddrages AKT-leder"), or, for a passive, its subject before ("Lederen skal inddrages").
  const object: Token[] = [];
  for (const t of tokens.slice(at + 1, at + 4)) {
    if (OBJECT_ENDS.has(t.word)) break;
    object.push(t);
  }
  const passive = /(?:es|ed)$/u.test(tokens[at]!.word);
  const subject = passive ? tokens.slice(Math.max(0, at - 3), at) : [];
  return [...object, ...subject].some((t) => isProfessionalRole(t.word, lang));
}

/** Words that open what a step of assessment or decision is about: "vurdere, om …", "assess whether …". */
const CONTENT_MARKERS = new Set(['om', 'hvorvidt', 'hvordan', 'hvad', 'hvilke', 'hvilken', 'whether', 'how', 'what', 'which']);

/**
 * Where the content of a procedure step starts ("Kommunen skal vurdere, om barnet trives …", "The
 * manager decides whether the family needs support"), or the text's length: what is assessed or
 * decided is not what is done, so its words do not make the step vague.
 */
function contentStart(text: string, tokens: readonly Token[], steps: readonly PhraseMatch[]): number {
  for (const found of steps) {
    const next = tokens.find((t) => t.start >= found.localEnd);
    if (next && CONTENT_MARKERS.has(next.word) && /^\s*,?\s*$/u.test(text.slice(found.localEnd, next.start))) return next.start;
  }
  return text.length;
}

/** Words after a comma that go on the clause before it rather than open the main clause. */
const CLAUSE_CONTINUERS = new Set(['at', 'og', 'eller', 'samt', 'som', 'der', 'hvor', 'så', 'that', 'and', 'or', 'which', 'who', 'so', 'as']);

/**
 * Where the main clause starts after a clause of purpose that opens the statement ("For at sikre,
 * at indsatsen virker, skal du følge op …", "To ensure that …, the social worker visits …"), or 0:
 * what the purpose names is not what is done, as with a purpose that closes the statement.
 */
function frontedPurposeEnd(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, from: number): number {
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return 0;
  const opens = lexicon.data.purposeMarkers.some((marker) => marker.split(' ').every((word, k) => tokens[first + k]?.word === word));
  if (!opens) return 0;
  for (let i = first + 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/[.;:!?]/.test(gap)) return 0;
    if (gap.includes(',') && !CLAUSE_CONTINUERS.has(tokens[i]!.word)) return tokens[i]!.start;
  }
  return 0;
}

/** "sikre, at …", "ensure that …": a frame whose clause right after says what is done. */
const ENSURE_THAT: Record<Lang, { verb: string; that: string }> = { da: { verb: 'sikre', that: 'at' }, en: { verb: 'ensure', that: 'that' } };

/**
 * "Familierådgivningen skal sikre, at der iværksættes en vurdering af underretningen": the vague
 * frame "sikre, at" around a clause that does something to a defined object of case work, with no
 * other vague word, is as concrete as the clause.
 */
function framesConcreteStep(text: string, v: PhraseFinding, vague: readonly PhraseFinding[], tokens: readonly Token[], lexicon: CompiledLexicon, map: (i: number) => number): boolean {
  const frame = ENSURE_THAT[lexicon.lang];
  if (v.phrase !== frame.verb) return false;
  const at = tokens.findIndex((t) => map(t.start) === v.start);
  const link = at + 1;
  if (at < 0 || tokens[link]?.word !== frame.that) return false;
  if (vague.some((other) => other !== v && other.start > v.start)) return false;
  // The clause up to its end, or to a reference ("i forhold til gældende retningslinjer", "in line with the procedure"): what is referred to is not what is done.
  const clause = text.slice(tokens[link].end);
  const end = clause.search(/[.;!?]|(?<![\p{L}])(?:i\s+forhold\s+til|i\s+henhold\s+til|jf\.|ifølge|in\s+accordance\s+with|in\s+line\s+with|according\s+to)(?![\p{L}])/iu);
  return findCaseObject(end < 0 ? clause : clause.slice(0, end), lexicon.lang) !== undefined;
}

/** Danish endings of a verb on its infinitive's base (vurder-e, -er, -es, -ede, -et; send-t). */
const DANISH_VERB_ENDINGS = new Set(['e', 'er', 'es', 'ede', 'edes', 'et', 'ende', 'te', 'tes', 't', 'r', 's']);

/**
 * A procedure verb found as a verb, not as the noun of the same stem: "vurderer", "kontaktes",
 * "sendt" — not "vurdering", "vores kontakt". A bare base is a verb only as an imperative that
 * opens its sentence ("Kontakt forældrene …"). English forms are not told apart here.
 */
function isVerbForm(found: { text: string; localEnd: number; phrase: string }, text: string, tokens: readonly Token[], lexicon: CompiledLexicon): boolean {
  // "SEND" (special educational needs) is no "send".
  if (found.text.length > 1 && found.text === found.text.toUpperCase()) return false;
  if (lexicon.lang !== 'da') return !englishNoun(found, tokens);
  const infinitive = found.phrase.split(' ')[0]!;
  const localStart = found.localEnd - found.text.length;
  const token = tokens.find((t) => t.start === localStart);
  if (!token) return true;
  const base = infinitive.endsWith('e') ? infinitive.slice(0, -1) : infinitive;
  if (!token.word.startsWith(base)) return true;
  const ending = token.word.slice(base.length);
  if (ending === '') return !infinitive.endsWith('e') || /(?:^|[.!?:\n])\s*$/u.test(text.slice(0, token.start));
  return DANISH_VERB_ENDINGS.has(ending);
}

/**
 * A Danish guideline step written as an instruction to the reader: a procedure verb in the
 * imperative at the start of a sentence or of the paragraph under a goal's heading, after a
 * label's colon, or coordinated with one ("Indhent oplysninger om barnet", "Ved mistanke: Rådfør
 * dig med din leder", "Undersøg og observer").
 */
function opensWithImperative(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, map: (i: number) => number, bodyStart: number): boolean {
  if (lexicon.procedureImperatives.size === 0) return false;
  const words = tokens.filter((t) => t.end <= text.length);
  return findPhrases(text, words, lexicon, lexicon.procedureImperatives, map, text).some((found) => {
    const start = found.localEnd - found.text.length;
    if (start === bodyStart) return true;
    const before = text.slice(0, start);
    return /(?:^|[.!?:;\n])\s*$/u.test(before) || /(?:^|[.!?:;\n])\s*\p{L}+\s+og\s+$/u.test(before);
  });
}

/** Words before an English word that make it a noun: "the review", "a visit", "our plans". */
const NOUN_MAKERS = new Set(['the', 'a', 'an', 'our', 'their', 'your', 'its', 'this', 'these', 'those', 'any', 'each', 'every']);

/** An English procedure verb used as a noun ("the review", "our plans"), or "meet" of needs ("education that meets their needs"). */
function englishNoun(found: { text: string; localEnd: number; phrase: string }, tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => t.end === found.localEnd);
  if (at < 0) return false;
  if (at > 0 && NOUN_MAKERS.has(tokens[at - 1]!.word)) return true;
  if (found.phrase === 'meet') return tokens.slice(Math.max(0, at - 8), at + 4).some((t) => t.word === 'need' || t.word === 'needs');
  return false;
}

/** A vague deliverable verb whose object is a defined thing ("develop a Personal Education Plan", "udvikle en handleplan"). */
function deliversObject(text: string, vague: PhraseFinding, tokens: readonly Token[], lexicon: CompiledLexicon, map: (i: number) => number): boolean {
  const at = tokens.findIndex((t) => map(t.start) === vague.start);
  const next = tokens[at + 1]?.word ?? '';
  if (at < 0 || (!lexicon.deliverableMarkers.has(next) && !['a', 'an', 'the', 'en', 'et'].includes(next))) return false;
  if (!findPhrases(text, tokens.slice(at, at + 1), lexicon, lexicon.deliverableVerbs, map, text).length) return false;
  const object = tokens.slice(at + 1, at + 6);
  if (object.length === 0) return false;
  return findCaseObject(text.slice(object[0]!.start, object.at(-1)!.end), lexicon.lang) !== undefined;
}

/** Words put in brackets for a name left out of a published text ("[Kommune]", "[Navn]", "[Council]"). */
const NAME_STAND_INS = new Set(['Kommune', 'Kommunenavn', 'Navn', 'By', 'Region', 'Council', 'Borough', 'County', 'Name', 'Area', 'Municipality']);

/** Per goal object and options: the same goal asked for by several rules gets the same object. */
const cache = new WeakMap<Goal, Map<string, GoalAnalysis>>();

/** Bounds of the content cache: a few thousand goals, and at most this many characters of keys. */
export const CONTENT_CACHE_ENTRIES = 2000;
const CONTENT_CACHE_CHARS = 2_000_000;

/** Relative analyses by goal content and options (bounded: two generations, see engine/text/bounded-cache.ts). */
export const contentCache = new BoundedCache<string, RelativeAnalysis>(CONTENT_CACHE_ENTRIES, CONTENT_CACHE_CHARS);

function analysisInput(goal: Goal, anchor: number): AnalysisInput {
  return {
    kind: goal.kind,
    statement: goal.statement,
    statementSpans: goal.statementSpans.map((span) => ({ text: span.text, start: span.start - anchor })),
    titleStart: goal.titleRange.start.offset - anchor,
    fields: goal.fields.map((field) => ({ key: field.key, value: field.value, start: field.valueRange.start.offset - anchor, end: field.valueRange.end.offset - anchor })),
  };
}

function contentKey(input: AnalysisInput, optionsKey: string): string {
  const spans = input.statementSpans.map((span) => `${span.start}:${span.text.length}`).join(',');
  const fields = input.fields.map((field) => [field.key, field.value, field.start, field.end]);
  return `${optionsKey}\u0000${input.kind}\u0000${input.titleStart}\u0000${spans}\u0000${JSON.stringify(fields)}\u0000${input.statement}`;
}

export function analyzeGoal(goal: Goal, options: AnalysisOptions): GoalAnalysis {
  const optionsKey = JSON.stringify([options.lang, options.today, options.adopted, options.retired, options.lexicon?.vague, options.lexicon?.hedges, options.owners, options.specificity]);
  let perGoal = cache.get(goal);
  const hit = perGoal?.get(optionsKey);
  if (hit) return hit;
  const anchor = goal.titleRange.start.offset;
  const input = analysisInput(goal, anchor);
  const key = contentKey(input, optionsKey);
  let relative = contentCache.get(key);
  if (!relative) {
    relative = computeAnalysis(input, options);
    contentCache.set(key, relative, key.length);
  }
  const analysis = placeAnalysis(relative, goal, anchor);
  if (!perGoal) cache.set(goal, (perGoal = new Map<string, GoalAnalysis>()));
  perGoal.set(optionsKey, analysis);
  return analysis;
}

/** The analysis computed at the goal's document offsets, bypassing both caches (tests compare the cached analysis with it). */
export function analyzeGoalUncached(goal: Goal, options: AnalysisOptions): GoalAnalysis {
  const relative = computeAnalysis(analysisInput(goal, 0), options);
  const fields: Partial<Record<GoalFieldKey, GoalField>> = {};
  for (const [key, index] of Object.entries(relative.fields) as Array<[GoalFieldKey, number]>) fields[key] = goal.fields[index]!;
  return { ...relative, fields };
}

/**
 * The relative analysis placed in the document: every finding shifted by `anchor` (a finding
 * shared by two lists stays one object), the fields taken from the goal itself.
 */
function placeAnalysis(relative: RelativeAnalysis, goal: Goal, anchor: number): GoalAnalysis {
  const placed = new Map<Finding, Finding>();
  const at = <T extends Finding>(finding: T): T => {
    let found = placed.get(finding);
    if (!found) placed.set(finding, (found = { ...finding, start: finding.start + anchor, end: finding.end + anchor }));
    return found as T;
  };
  const fields: Partial<Record<GoalFieldKey, GoalField>> = {};
  for (const [key, index] of Object.entries(relative.fields) as Array<[GoalFieldKey, number]>) fields[key] = goal.fields[index]!;
  const { baseline, deadline } = relative;
  return {
    ...relative,
    vague: relative.vague.map(at),
    evaluative: relative.evaluative.map(at),
    ...(relative.actor ? { actor: at(relative.actor) } : {}),
    ...(relative.unusableDeadlineField ? { unusableDeadlineField: at(relative.unusableDeadlineField) } : {}),
    hedges: relative.hedges.map(at),
    measures: relative.measures.map(at),
    times: relative.times.map(at),
    fields,
    ...(baseline ? { baseline: { ...baseline, from: at(baseline.from), ...(baseline.to ? { to: at(baseline.to) } : {}) } } : {}),
    absoluteTargets: relative.absoluteTargets.map(at),
    ...(deadline ? { deadline: { ...deadline, finding: at(deadline.finding) } } : {}),
    implausible: relative.implausible.map((item) => ({ ...item, finding: at(item.finding) })),
  };
}

function computeAnalysis(goal: AnalysisInput, options: AnalysisOptions): RelativeAnalysis {
  const lexicon = compileLexicon(options.lang, options.lexicon);
  // A goal statement is a sentence or a paragraph; past this length the text is not a goal, and reading it all would only cost time.
  const statement = goal.statement.length > MAX_STATEMENT ? goal.statement.slice(0, MAX_STATEMENT) : goal.statement;
  const map = statementMapper(goal);
  const tokens = tokenize(statement, lexicon);
  const scan = scanText(statement, lexicon.data);
  const firstDeadlineField = goal.fields.find((f) => f.key === 'deadline' && f.value.trim() !== '');
  const deadlineFieldTime = firstDeadlineField && !isPlaceholderValue(firstDeadlineField.value) ? fieldTime(firstDeadlineField, lexicon) : undefined;
  const hasStrongDeadline = scan.times.some((t) => t.kind === 'deadline' && !t.weak) || deadlineFieldTime !== undefined;
  // With a body paragraph, the heading is a label ("Støtteplan", "Support plan"): vague words count in the paragraph only.
  const paragraphStart = goal.kind === 'heading' && goal.statementSpans.length > 1 ? map(goal.statementSpans[0]!.text.length + 1) : -1;
  // Who acts: the subject of a main clause or the agent of a passive, a unit or role ("Myndighedsteamet vurderer …").
  // The statement's slices (a heading's title, then its paragraph) are joined by a space; for reading clauses each junction is a line break.
  let clauses = statement;
  for (let at = 0, i = 0; i < goal.statementSpans.length - 1; i++) {
    at += goal.statementSpans[i]!.text.length;
    if (at < clauses.length) clauses = `${clauses.slice(0, at)}\n${clauses.slice(at + 1)}`;
    at += 1;
  }
  // Template text ("[målgruppe]", "[Unit or role]") never names anyone: blanked, keeping offsets. A name put
  // in brackets where a published text named a municipality ("Honoreringsudvalget ved [Kommune] fastsætter …")
  // stays a name: its brackets are blanked, its word kept.
  clauses = clauses.replace(/\[[^\]\n]*\]/g, (placeholder) => (NAME_STAND_INS.has(placeholder.slice(1, -1)) ? ` ${placeholder.slice(1, -1)} ` : ' '.repeat(placeholder.length)));
  // Read in `clauses`: a heading's title and its paragraph are two sentences, not one.
  const hedgeResult = findHedges(clauses, tokens, lexicon, map);
  const hedgeMatches = hedgeResult.phrases;
  const hedges: PhraseFinding[] = hedgeResult.all.map(({ localEnd: _localEnd, ...finding }) => finding);
  // A hedge inside a vague phrase does not hide it ("der arbejdes så vidt muligt for …").
  const hedgeStarts = hedgeMatches.map((h) => [h.localEnd - h.text.length, h.localEnd] as const);
  const vagueTokens = hedgeStarts.length === 0 ? tokens : tokens.filter((t) => !hedgeStarts.some(([from, to]) => t.start >= from && t.end <= to));
  const vague = findPhrases(statement, vagueTokens, lexicon, lexicon.vague, map, statement, {
    hasDeadline: hasStrongDeadline,
  })
    .filter((finding) => !involvesProfessional(finding, tokens, options.lang))
    .map(({ localEnd: _localEnd, ...finding }) => finding)
    .filter((finding) => paragraphStart < 0 || finding.start >= paragraphStart);
  const toDoc = <T extends { text: string; start: number; end: number }>(item: T): T & { source: 'statement' } => ({ ...item, start: map(item.start), end: map(item.end), source: 'statement' });
  const measures: MeasureFinding[] = scan.measures.map(toDoc);
  // A body paragraph below the title opens as a statement does: "### M1 Rusmidler" and then "Ingen unge ryger".
  if (paragraphStart >= 0) {
    const offset = goal.statementSpans[0]!.text.length + 1;
    // (One after a colon is found in the whole statement too: "Mål: Ingen unge ryger".)
    for (const zero of zeroTargets(statement.slice(offset), lexicon.data)) {
      const found = toDoc({ ...zero, start: zero.start + offset, end: zero.end + offset });
      if (!measures.some((m) => m.start === found.start)) measures.push(found);
    }
  }
  if (scan.times.some((t) => t.kind === 'deadline') || deadlineFieldTime !== undefined) {
    // "Vi udarbejder en plan senest 2026", "vil i 2017 fremlægge et udspil": a deliverable with a date can be verified.
    for (const verb of findPhrases(statement, tokens, lexicon, lexicon.deliverableVerbs, map, statement)) {
      const after = wordsOf(statement.slice(verb.localEnd, verb.localEnd + 40), lexicon.lang)[0];
      if (after && lexicon.deliverableMarkers.has(after.word)) measures.push({ text: verb.text, start: verb.start, end: verb.end, kind: 'deliverable', source: 'statement' });
      if (after && lexicon.deliverableMarkers.has(after.word)) break;
    }
  }
  const times: TimeFinding[] = scan.times.map(toDoc);

  const fields: Partial<Record<GoalFieldKey, InputField>> = {};
  const fieldIndex: Partial<Record<GoalFieldKey, number>> = {};
  goal.fields.forEach((field, index) => {
    if (fields[field.key] || field.value.trim() === '') return;
    fields[field.key] = field;
    fieldIndex[field.key] = index;
  });
  const filled = (field: InputField | undefined): field is InputField => field !== undefined && !isPlaceholderValue(field.value);

  // The target field may hold the level and the year ("Målværdi: 65 % i 2027").
  const targetField = fields.target;
  if (filled(targetField)) {
    const scanned = scanText(targetField.value, lexicon.data);
    const offset = targetField.start;
    for (const m of scanned.measures) measures.push({ ...m, start: offset + m.start, end: offset + m.end, source: 'field' });
    for (const t of scanned.times) times.push({ ...t, start: offset + t.start, end: offset + t.end, source: 'field' });
  }

  const direction = directionOf(tokens, lexicon);
  // A time limit in the deadline field ("Frist: 6 dage") is measured by compliance, as one in the statement is;
  // a horizon of years ("What success will be like in 10 years") bounds the goal in time but measures nothing.
  if ((deadlineFieldTime?.kind === 'time-limit' || deadlineFieldTime?.kind === 'frequency') && firstDeadlineField && !inYears(firstDeadlineField.value, lexicon))
    measures.push({ text: firstDeadlineField.value, start: firstDeadlineField.start, end: firstDeadlineField.end, kind: 'time-limit', source: 'field' });
  // A named quantity that is to move ("skolefraværet falder", "reduce the number of …") names what is measured.
  if (direction !== undefined) {
    const quantity = findQuantity(nearDirection(tokens, lexicon), lexicon);
    if (quantity && !measures.some((m) => m.kind === 'indicator'))
      measures.push({ text: statement.slice(quantity.start, quantity.end), start: map(quantity.start), end: map(quantity.end), kind: 'indicator', source: 'statement' });
  }
  let baseline: GoalAnalysis['baseline'];
  const fromTo = scan.baselines[0];
  if (fromTo) baseline = { from: toDoc(fromTo.from), ...(fromTo.to ? { to: toDoc(fromTo.to) } : {}), source: 'statement' };
  else if (filled(fields.baseline)) {
    const field = fields.baseline;
    const scanned = scanText(field.value, lexicon.data).measures.find((m) => m.value !== undefined);
    const offset = field.start;
    baseline = {
      from: scanned ? { ...scanned, start: offset + scanned.start, end: offset + scanned.end, source: 'field' } : { text: field.value, start: offset, end: field.end },
      source: 'field',
    };
  }
  const relativeChange = measures.some((m) => m.relative || m.kind === 'change');
  const hasIndicatorField = filled(fields.indicator);
  const hasTargetField = filled(targetField);
  // "Vi arbejder hver dag for at sikre …", "det daglige arbejde": every day, said of work in general or of vague words, is no rhythm of a step.
  const dailyWork = (found: { text: string }): boolean => DAILY.test(found.text) && (vague.length > 0 || tokens.some((t) => WORK_WORDS.test(t.word)));
  const quantitative = measures.filter((m) => m.kind !== 'indicator' && !(m.kind === 'frequency' && dailyWork(m)));

  const concrete = quantitative.length > 0 || measures.some((m) => m.kind === 'indicator') || hasIndicatorField || hasTargetField;
  // A procedural step bound to an event can be verified case by case, unless it promises "more" or "fewer".
  // A dated deliverable is specific but carries no measure; a rhythm ("kvartalsvis") is measured by compliance.
  // A schedule point in the child's life ("når barnet er 8 måneder") can be checked step by step, like a rhythm.
  const measurable = measures.some((m) => m.kind !== 'deliverable') || times.some((t) => t.kind === 'frequency' || t.point === true) || hasIndicatorField || hasTargetField;

  const changeTarget = fromTo !== undefined || relativeChange || (direction !== undefined && quantitative.some((m) => m.kind !== 'time-limit' && m.kind !== 'frequency'));
  const deadlineField = fields.deadline;
  // A deadline field counts only when it holds a date, a period or a time expression.
  const fieldTimeKind = deadlineFieldTime?.kind;
  const hasDeadline = fieldTimeKind === 'deadline' || times.some((t) => t.kind === 'deadline');
  const hasLimit = fieldTimeKind === 'time-limit' || fieldTimeKind === 'event' || times.some((t) => t.kind === 'time-limit' || t.kind === 'event');
  const unusableDeadlineField = firstDeadlineField && !deadlineFieldTime ? { text: firstDeadlineField.value, start: firstDeadlineField.start, end: firstDeadlineField.end } : undefined;
  const hasFrequency = times.some((t) => t.kind === 'frequency');
  const timeBound = hasDeadline || hasLimit || ((hasFrequency || fieldTimeKind === 'frequency') && !changeTarget);
  const frequencyOnly = !hasDeadline && !hasLimit && hasFrequency && changeTarget;

  // Numbers inside a condition ("Når en elev har mere end 10 % fravær, …") are triggers, not targets.
  const conditions = new Set(lexicon.data.conditionWords);
  const conditional = new Set<number>();
  const bodyStart = goal.statementSpans.length > 1 ? goal.statementSpans[0]!.text.length + 1 : 0;
  for (const m of scan.measures) {
    const from = Math.max(m.start >= bodyStart ? bodyStart : 0, m.start - 200);
    const before = statement.slice(from, m.start);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    const first = wordsOf(clause, lexicon.lang)[0];
    if (first !== undefined && conditions.has(first.word)) conditional.add(map(m.start));
  }
  const inCondition = (m: MeasureFinding): boolean => m.source === 'statement' && conditional.has(m.start);
  // A count is a level to reach when the text says it rises or falls, marks it (mindst 2, op på 150, at least 200), or sets a date for it.
  const markers = new Set(lexicon.data.targetMarkers);
  const marked = (m: MeasureFinding): boolean => {
    if (m.source !== 'statement') return true;
    const before = tokens.filter((t) => map(t.end) <= m.start).slice(-2);
    const last = before.at(-1)?.word ?? '';
    return markers.has(last) || markers.has(before.map((t) => t.word).join(' '));
  };
  // A count with a date is a level to reach ("200 pladser senest 2027"), unless it names the scope
  // ("Alle 14 skoledistrikter er gennemgået senest …") or sits in a heading that labels a paragraph.
  const datedCount = (m: MeasureFinding): boolean => {
    if (m.source !== 'statement' || (paragraphStart >= 0 && m.start < paragraphStart)) return false;
    const before = tokens.filter((t) => map(t.end) <= m.start).at(-1)?.word ?? '';
    return !['alle', 'samtlige', 'hver', 'all', 'every', 'each'].includes(before);
  };
  const absoluteTargets = measures.filter(
    (m) =>
      !m.relative &&
      (m.kind === 'percent' ||
        m.kind === 'share' ||
        m.kind === 'rate' ||
        m.kind === 'change' ||
        (m.kind === 'count' && (direction !== undefined || marked(m) || (hasStrongDeadline && datedCount(m))))) &&
      !inCondition(m),
  );
  // An indicator field names what is measured; without a level in the text, its value is the target to judge.
  const indicatorField = fields.indicator;
  if (absoluteTargets.length === 0 && filled(indicatorField) && !measures.some((m) => m.kind === 'time-limit' || m.kind === 'frequency') && !times.some((t) => t.kind === 'frequency')) {
    absoluteTargets.push({ text: indicatorField.value, start: indicatorField.start, end: indicatorField.end, kind: 'indicator', source: 'field' });
  }
  const hasBaseline = baseline !== undefined;

  // The deadline that counts, read as every reader of the goal's due date reads it (due.ts).
  const due = readDue(filled(deadlineField) ? deadlineField : undefined, lexicon.lang, () => times);
  const deadline: GoalAnalysis['deadline'] = due && { date: due.date, finding: { text: due.text, start: due.start, end: due.end }, source: due.source };

  const implausible: Implausibility[] = [];
  const percentSources = [...measures];
  if (baseline && 'kind' in baseline.from) percentSources.push(baseline.from);
  const seen = new Set<number>();
  for (const m of percentSources) {
    if (m.kind !== 'percent' || m.relative || m.value === undefined || m.value <= 100 || seen.has(m.start)) continue;
    seen.add(m.start);
    implausible.push({ kind: 'percent-over-100', finding: m, data: { value: m.text } });
  }
  if (deadline) {
    const date = formatIsoDate(deadline.date);
    const adopted = options.adopted ? parseIsoDate(options.adopted) : undefined;
    const today = parseIsoDate(options.today);
    if (adopted && compareDates(deadline.date, adopted) < 0) {
      implausible.push({ kind: 'deadline-before-adoption', finding: deadline.finding, data: { date, adopted: options.adopted! } });
    } else if (today && !options.retired && compareDates(deadline.date, today) < 0) {
      implausible.push({ kind: 'deadline-passed', finding: deadline.finding, data: { date, today: options.today } });
    }
  }
  const from = baseline && 'value' in baseline.from ? baseline.from : undefined;
  let to = baseline?.to;
  if (!to && from && hasTargetField) to = measures.find((m) => m.source === 'field' && m.value !== undefined && m.kind === from.kind);
  if (from?.value !== undefined && to?.value !== undefined && direction) {
    if (direction === 'rise' && to.value < from.value) implausible.push({ kind: 'target-below-baseline', finding: to, data: { target: to.text, baseline: from.text } });
    if (direction === 'fall' && to.value > from.value) implausible.push({ kind: 'target-above-baseline', finding: to, data: { target: to.text, baseline: from.text } });
  }

  const evaluative = findPhrases(statement, vagueTokens, lexicon, lexicon.evaluative, map, statement)
    .map(({ localEnd: _localEnd, ...finding }) => finding)
    .filter((finding) => (paragraphStart < 0 || finding.start >= paragraphStart) && !vague.some((v) => v.start <= finding.start && finding.end <= v.end));
  // Evidence of concreteness: a measure, a time limit or rhythm, an indicator, a dated deliverable,
  // or a unit or role that does something named without vague words.
  const rhythm = times.some((t) => t.kind === 'frequency' && !dailyWork(t)) && vague.length === 0;
  // A clause of purpose that opens the statement names why, not what is done: its words are left out.
  // A heading with a body paragraph: the paragraph is the sentence that may open with a purpose.
  const mainAt = frontedPurposeEnd(statement, tokens, lexicon, bodyStart);
  const inMain = (w: PhraseFinding): boolean => w.start >= map(mainAt);
  const plain = !vague.some(inMain) && !evaluative.some(inMain);
  // A deadline makes a deliverable checkable only when the deliverable is named without vague or evaluative words.
  const datedDeliverable = hasStrongDeadline && plain;
  const fieldLimit = fieldTimeKind === 'time-limit' || fieldTimeKind === 'frequency';
  // A defined object or event of case work acted on without vague words: "Underretningen journaliseres", "Der afholdes et netværksmøde".
  const caseObject = plain ? findCaseObject(paragraphStart < 0 ? clauses : clauses.slice(goal.statementSpans[0]!.text.length + 1), options.lang) : undefined;
  // A verb of concrete case work without vague words: "Underretningen journaliseres", "Forældrene indkaldes til et møde".
  // Vague words in a clause of purpose after a concrete step ("Afhold en samtale …, så barnets perspektiv inddrages") do not make the step vague,
  // nor does a deliverable verb with a defined object ("develop a Personal Education Plan").
  // The statement's procedure verbs in a verb's form, found once for the content of a step and for the step itself.
  const steps = findPhrases(statement, tokens, lexicon, lexicon.procedureVerbs, map, statement).filter((found) => isVerbForm(found, statement, tokens, lexicon) && !helpedVerb(found, tokens, clauses));
  const purposeAt = Math.min(purposeStart(statement, tokens, lexicon, mainAt), contentStart(statement, tokens, steps));
  const mainVague = vague.filter((v) => v.start < map(purposeAt) && inMain(v) && !deliversObject(statement, v, tokens, lexicon, map) && !framesConcreteStep(statement, v, vague, tokens, lexicon, map));
  const mainPlain = mainVague.length === 0;
  // A defined object or event before the clause of purpose, looked up once and only when asked for.
  let objectBeforePurpose: boolean | undefined;
  const hasObjectBeforePurpose = (): boolean => (objectBeforePurpose ??= findCaseObject(clauses.slice(0, purposeAt), options.lang) !== undefined);
  const procedure =
    (mainPlain &&
      steps.some((found) => found.localEnd <= purposeAt && !hedges.some((h) => h.start <= found.start && found.start < h.end) && (!TAKING_PART.has(found.phrase) || hasObjectBeforePurpose()))) ||
    (mainPlain && opensWithImperative(statement.slice(0, purposeAt), tokens, lexicon, map, bodyStart));
  const caseStep = mainPlain && mainVague.length < vague.length && caseObject === undefined && hasObjectBeforePurpose();
  // Something given to the person, read only when nothing above is evidence: a named professional ("You will have a
  // personal adviser", "Barnet får en fast kontaktperson"), what they are there for perhaps in vague words after them
  // ("a personal adviser to support you"), none before; or a defined thing ("We will provide you with a laptop").
  const givesSomething = (): boolean => {
    const professionalEnd = assignedProfessionalEnd(tokens, options.lang, purposeAt);
    if (professionalEnd >= 0 && !mainVague.some((v) => v.start < map(professionalEnd))) return true;
    if (supportFromProfessional(tokens, options.lang, purposeAt)) return true;
    return options.lang === 'en' && plain && givesThing(tokens, purposeAt);
  };
  const foundEvidence = concrete || rhythm || datedDeliverable || fieldLimit || caseObject !== undefined || caseStep || procedure;
  const gives = !foundEvidence && givesSomething();
  const evidence = foundEvidence || gives;
  // The actor is read only where it decides something: no owner field to answer for the goal, or no other evidence of concreteness.
  const found = !filled(fields.owner) || (!evidence && mainPlain) ? findActor(clauses, options.lang, options.owners) : undefined;
  const actor: ActorFinding | undefined = found
    ? { text: found.text, start: map(found.start), end: map(found.end), role: found.role, ...(found.generic ? { generic: true as const } : {}), ...(found.pronoun ? { pronoun: true as const } : {}) }
    : undefined;
  // A unit or role that answers for a defined thing of case work ("The Core Group is responsible for the implementation of the Child Protection Plan").
  const answersFor = actor !== undefined && RESPONSIBLE_FOR.test(clauses) && findCaseObject(clauses, options.lang) !== undefined;
  // "Your PA will help you consider your options": a role that helps the person do something answers for no step of its own.
  const ruleSpecific =
    evidence || (actor !== undefined && mainPlain && !helpsAfter(tokens, map, actor.start, purposeAt) && !(actor.role === 'subject' && onlyWorks(tokens, map, actor.end))) || answersFor;
  // The rules' evidence, weighed with the statement's words by the specificity model (engine/analysis/specificity-model.ts).
  // (The words read are the statement's own: a heading-only goal's title, else the text below the title.)
  const specificityInput: SpecificityInput = {
    lang: options.lang,
    statement: statement.slice(bodyStart),
    ruleSpecific,
    concrete,
    rhythm,
    datedDeliverable,
    fieldLimit,
    caseObject: caseObject !== undefined,
    caseStep,
    procedure,
    gives,
    plain,
    mainPlain,
    vague: vague.length,
    mainVague: mainVague.length,
    evaluative: evaluative.length,
    hedges: hedges.length,
    measures: measures.length,
    times: times.length,
    actor: actor === undefined ? 'none' : actor.generic ? 'generic' : actor.role === 'agent' ? 'agent' : 'subject',
  };
  const byRules = options.specificity === 'rules';
  const specific = byRules ? ruleSpecific : judgedSpecific(specificityInput);

  const analysis: Omit<RelativeAnalysis, 'scorecard'> = {
    lang: options.lang,
    vague,
    evaluative,
    ...(actor ? { actor } : {}),
    specific,
    ...(specific && !ruleSpecific ? { specificByWording: true as const } : {}),
    ...(byRules ? { specificityInput } : {}),
    ...(unusableDeadlineField ? { unusableDeadlineField } : {}),
    hedges,
    measures,
    times,
    fields: fieldIndex,
    ...(baseline ? { baseline } : {}),
    ...(direction ? { direction } : {}),
    concrete,
    measurable,
    timeBound,
    frequencyOnly,
    absoluteTargets,
    hasBaseline,
    ...(deadline ? { deadline } : {}),
    implausible,
  };
  return { ...analysis, scorecard: scorecardOf(analysis) };
}

const quote = (items: ReadonlyArray<{ text: string }>): string => items.map((item) => `"${item.text.replace(/\s+/g, ' ')}"`).join(', ');

function scorecardOf(a: Omit<GoalAnalysis, 'scorecard' | 'fields'>): Scorecard {
  const words = [...a.vague, ...a.evaluative].sort((x, y) => x.start - y.start);
  const evidence = a.measures.find((m) => m.kind !== 'indicator') ?? a.measures[0] ?? a.times.find((t) => t.kind !== 'deadline');
  const S: SmartCheck = !a.specific
    ? words.length > 0
      ? {
          ok: false,
          reason: {
            da: `Siger ikke, hvem der gør hvad, eller hvad der skal kunne måles; vagt: ${quote(words)}.`,
            en: `Does not say who does what, or what is to be measured; vague: ${quote(words)}.`,
          },
        }
      : { ok: false, reason: { da: 'Siger ikke, hvem der gør hvad, eller hvad der skal kunne måles.', en: 'Does not say who does what, or what is to be measured.' } }
    : evidence
      ? { ok: true, reason: { da: `Konkret: ${quote([evidence])}.`, en: `Concrete: ${quote([evidence])}.` } }
      : a.specificByWording
        ? { ok: true, reason: { da: 'Konkret: ordlyden siger, hvad der gøres eller gives.', en: 'Concrete: the wording says what is done or given.' } }
        : a.actor
          ? { ok: true, reason: { da: `Konkret handling af ${quote([a.actor])}.`, en: `A concrete action by ${quote([a.actor])}.` } }
          : { ok: true, reason: { da: 'Målet har en indikator eller målværdi.', en: 'The goal has an indicator or target field.' } };
  const firstMeasure = a.measures.find((m) => m.kind !== 'deliverable') ?? a.times.find((t) => t.kind === 'frequency' || t.kind === 'event');
  const M: SmartCheck = a.measurable
    ? {
        ok: true,
        reason: firstMeasure
          ? { da: `Målbart: ${quote([firstMeasure])}.`, en: `Measurable: ${quote([firstMeasure])}.` }
          : { da: 'Målbart: målet har en indikator eller målværdi.', en: 'Measurable: the goal has an indicator or target field.' },
      }
    : { ok: false, reason: { da: 'Intet tal, ingen andel, intet antal og ingen indikator.', en: 'No number, percentage, count or indicator.' } };
  const overLimit = a.implausible;
  const A: SmartCheck = !a.measurable
    ? { ok: false, reason: { da: 'Uden mål kan det ikke vurderes, om målet er opnåeligt.', en: 'Without a target, achievability cannot be judged.' } }
    : overLimit.length > 0
      ? { ok: false, reason: { da: `Urealistisk mål: ${quote(overLimit.map((i) => i.finding))}.`, en: `Implausible target: ${quote(overLimit.map((i) => i.finding))}.` } }
      : a.absoluteTargets.length > 0 && !a.hasBaseline
        ? { ok: false, reason: { da: 'Intet udgangspunkt: fremdriften kan ikke vurderes.', en: 'No baseline: progress cannot be judged.' } }
        : { ok: true, reason: { da: 'Udgangspunkt og mål hænger sammen.', en: 'Baseline and target are consistent.' } };
  const R: SmartCheck =
    a.hedges.length > 0
      ? { ok: false, reason: { da: `Forbehold udhuler løftet: ${quote(a.hedges)}.`, en: `Hedges empty the promise: ${quote(a.hedges)}.` } }
      : { ok: true, reason: { da: 'Ingen forbehold.', en: 'No hedges.' } };
  const firstTime = a.times.find((t) => t.kind !== 'frequency') ?? a.times[0];
  const T: SmartCheck = !a.timeBound
    ? a.frequencyOnly
      ? { ok: false, reason: { da: `Kun en hyppighed (${quote(a.times)}), ingen frist.`, en: `Only a frequency (${quote(a.times)}), no deadline.` } }
      : { ok: false, reason: { da: 'Ingen dato, tidsfrist eller frist-felt.', en: 'No date, time limit or deadline field.' } }
    : {
        ok: true,
        reason: firstTime
          ? { da: `Tidsbestemt: ${quote([firstTime])}.`, en: `Time-bound: ${quote([firstTime])}.` }
          : { da: 'Tidsbestemt: målet har en frist.', en: 'Time-bound: the goal has a deadline field.' },
      };
  return { S, M, A, R, T };
}

/** The SMART scorecard of a goal (the language server's hover shows it). */
export function goalScorecard(goal: Goal, options: AnalysisOptions): Scorecard {
  return analyzeGoal(goal, options).scorecard;
}
