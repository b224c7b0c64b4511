// Linear-time detectors for numbers, measures, time expressions and baselines in goal text.
// Every pattern is a chain of literal alternations and single quantifiers (no nested,
// overlapping quantifiers), so matching stays linear in the length of the text.
import { DANISH_MONTHS, ENGLISH_MONTHS, isValidDate, type CalendarDate } from '../text/dates.ts';
import { AFTER_DATE_OR_WORD, AFTER_NUMBER_OR_WORD, allMatches as matches, bounded, type BoundedPattern } from '../text/bounded-pattern.ts';
import { BoundedCache } from '../text/bounded-cache.ts';
import type { LexiconData } from './lexicon.ts';

export type MeasureKind = 'percent' | 'rate' | 'share' | 'change' | 'count' | 'indicator' | 'time-limit' | 'frequency' | 'deliverable';
/** `event`: bound to an event ("før der iværksættes en anbringelse"), the time of a procedural step. */
export type TimeKind = 'deadline' | 'time-limit' | 'frequency' | 'event';

/** A span of the scanned text (offsets into that text). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface MeasureSpan extends Span {
  kind: MeasureKind;
  value?: number;
  /** A percentage given as a change ("med 20 %", "by 20%") rather than a level. */
  relative?: boolean;
}

export interface TimeSpan extends Span {
  kind: TimeKind;
  /** For deadlines: the last day the expression allows. */
  date?: CalendarDate;
  /** A bare "i 2027"/"in 2027": time-bound, but too weak to call a deadline passed or misplaced. */
  weak?: boolean;
  /** For events: a point in the child's life that a schedule names ("når barnet er 8 måneder", "den 30. graviditetsuge"), which can be checked. */
  point?: boolean;
}

export interface BaselineSpan extends Span {
  from: MeasureSpan;
  to?: MeasureSpan;
}

/** Shared by every caller that scans the same text (see `scanText`): never modified. */
export interface ScanResult {
  readonly measures: readonly MeasureSpan[];
  readonly times: readonly TimeSpan[];
  readonly baselines: readonly BaselineSpan[];
}

const L = '[\\p{L}\\p{N}]';
const B = `(?<!${L})`;
const E = `(?!${L})`;
const NUM = '(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal alternation, longest first, with flexible whitespace inside phrases. */
function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((word) => word.length > 0).sort((a, b) => b.length - a.length);
  return `(?:${list.map((word) => escape(word).replace(/ /g, '\\s+')).join('|')})`;
}

export function parseNumber(text: string): number {
  const compact = /^\d{1,3}(?:\.\d{3})+/.test(text) ? text.replace(/\./g, '') : text;
  return Number(compact.replace(',', '.'));
}

function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

const MONTHS: Record<string, number> = { ...DANISH_MONTHS, ...ENGLISH_MONTHS };
const MONTH = `${alt(Object.keys(MONTHS))}\\.?`;
const YEAR = '(?:19|20)\\d{2}';
const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, første: 1, andet: 2, tredje: 3, fjerde: 4 };

/** A plain global pattern, or one whose leading word boundary is checked in code (see engine/text/bounded-pattern.ts). */
type Pattern = RegExp | BoundedPattern;

/** A pattern that cannot match a text without a digit, or without a time unit word: such texts skip it. */
interface Gated {
  re: Pattern;
  needs?: 'digit' | 'unit';
}

interface Compiled {
  refs: Pattern;
  /** A period of years ("2020-2023", "2024/25"): with a document's name before or after it, a name, not a deadline. */
  periods: RegExp;
  deadlines: Array<{ re: Pattern; date: (m: RegExpExecArray) => CalendarDate | undefined }>;
  /** A time unit as a word of its own ("uger", "working days"): every pattern that needs one is skipped in a text without any. */
  unitWord: RegExp;
  timeLimits: Gated[];
  undated: Gated[];
  immediate: Pattern | undefined;
  /** `point`: a Danish schedule point, checkable like a limit (see TimeSpan.point). */
  ageTimes: Array<{ re: Pattern; point?: boolean }>;
  eventBound: Pattern;
  frequencies: Array<Gated & { measure: boolean }>;
  /** A count of the document's own items before their list ("five key priorities:"), in digits or words: no measure. */
  listCounts: Pattern;
  masks: Pattern[];
  baselineFromTo: Pattern;
  baselineNow: Pattern;
  baselineFrom: Pattern;
  baselinePast: Pattern;
  percent: Pattern;
  rate: Pattern;
  share: Pattern;
  change: Pattern;
  indicator: Pattern;
  count: Pattern;
  numberWord: Pattern;
  /** A target of none, opening the statement or a list item: "Ingen Gentofte-unge ryger", "No escapes from the centre". */
  zeroTarget: Pattern;
}

const compiledByData = new WeakMap<LexiconData, Compiled>();

/** Modal verbs, Danish and English: a statement with one states a rule or a promise, not a target state. */
const MODAL = /(?<![\p{L}])(?:skal|bør|kan|må|vil|should|must|will|shall|can|may)(?![\p{L}])/iu;

/** The items a document counts of its own ("five key priorities:", "de fem temaer", "the 27 Ofsted recommendations"): a name, not a measure. */
const DOCUMENT_ITEMS =
  'priorities|functions|aims|purposes|goals|objectives|outcomes|ambitions|themes|areas|strands|pillars|principles|commitments|pledges|temaer|indsatsområder|fokusområder|pejlemærker|mål|målsætninger|formål|spor|principper|prioriteter|indsatser|ambitioner';

function compile(data: LexiconData): Compiled {
  const cached = compiledByData.get(data);
  if (cached) return cached;
  const units = Object.values(data.timeUnits).flat();
  const unitsNoYear = [...data.timeUnits.hour, ...data.timeUnits.day, ...data.timeUnits.week, ...data.timeUnits.month];
  const numberWords = Object.keys(data.numberWords);
  const numW = `(?:\\d+|${alt([...numberWords, 'en', 'et', 'én', 'one', 'a', 'an'])})`;
  const numStrict = `(?:\\d+|${alt(numberWords)})`;
  const ordinal = `(?:\\d+\\.?|${alt([...Object.keys(data.ordinalWords), ...numberWords])})`;
  // A duration or a range of durations: "4 uger", "2-4 måneder", "En til tre uger", "4. til 5. dage".
  const one = `(?:\\d+\\.?|${alt(numberWords)}|en|et|én|one|a|an)`;
  const durationRange = `${one}\\s*(?:[–-]|til|to)\\s*${one}`;
  const duration = `${one}(?:\\s*(?:[–-]|til|to|og|and)\\s*${one})?`;
  const per = alt(['om', 'pr.', 'per', 'i', 'a', 'an', 'each', 'every', ...data.perWords]);
  const unitRe = `${alt(units)}${E}`;
  const day = (y: string, m: string, d: string): CalendarDate | undefined => {
    const date = { year: Number(y), month: Number(m), day: Number(d) };
    return isValidDate(date.year, date.month, date.day) ? date : undefined;
  };
  const compiled: Compiled = {
    refs: new RegExp(
      `§§?\\s*\\d+\\s*[a-z]?${E}(?:\\s*(?:[–,-]|og|and|til|to)\\s*\\d+[a-z]?${E}(?!\\s+(?:${alt(unitsNoYear)})${E}))*(?:\\s*,\\s*stk\\.\\s*\\d+)?(?:\\s*,\\s*nr\\.\\s*\\d+)?|${B}(?:stk|nr)\\.\\s*\\d+${E}`,
      'giu',
    ),
    periods: new RegExp(`(?<![\\p{L}\\p{N}])${YEAR}\\s*[–/-]\\s*(?:${YEAR}|\\d{2})(?![\\p{L}\\p{N}])`, 'gu'),
    deadlines: [
      { re: new RegExp(`(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, 'gu'), date: (m) => day(m[1]!, m[2]!, m[3]!) },
      {
        re: new RegExp(`(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)`, 'gu'),
        date: (m) => day(m[3]!, m[2]!, m[1]!) ?? day(m[3]!, m[1]!, m[2]!),
      },
      {
        re: bounded(`(\\d{1,2})\\.?\\s+(${MONTH})\\s+(${YEAR})${E}`, 'giu'),
        date: (m) => day(m[3]!, String(MONTHS[m[2]!.toLowerCase().replace('.', '')] ?? 0), m[1]!),
      },
      {
        re: bounded(`(${MONTH})\\s+(\\d{1,2}),?\\s+(${YEAR})${E}`, 'giu'),
        date: (m) => day(m[3]!, String(MONTHS[m[1]!.toLowerCase().replace('.', '')] ?? 0), m[2]!),
      },
      {
        re: bounded(`(?:skoleåret|skoleår|school\\s+year|academic\\s+year)\\s+(${YEAR})\\s*[/–-]\\s*(\\d{2}|${YEAR})${E}`, 'giu'),
        date: (m) => ({ year: Number(m[1]) + 1, month: 7, day: 31 }),
      },
      {
        re: bounded(`(?:(?:i|in|by|senest|inden|during)\\s+)?(?:the\\s+)?(${YEAR})\\s*/\\s*(\\d{2}|${YEAR})(?:\\s+(?:school|academic)\\s+year)?${E}`, 'giu'),
        date: (m) => ({ year: Number(m[1]) + 1, month: 7, day: 31 }),
      },
      {
        re: bounded(
          `(?:(?:(?:inden|før|ved|senest\\s+ved)\\s+)?(?:udgangen\\s+af|ultimo)\\s+(?:(${MONTH})\\s+)?(${YEAR})${E}|(?:(?:by|before|at)\\s+)?the\\s+end\\s+of\\s+(?:(${MONTH})\\s+)?(${YEAR})${E})`,
          'giu',
        ),
        date: (m) => {
          const month = m[1] ?? m[3];
          const year = Number(m[2] ?? m[4]);
          return month ? lastDayOfMonth(year, MONTHS[month.toLowerCase().replace('.', '')] ?? 12) : { year, month: 12, day: 31 };
        },
      },
      {
        re: bounded(`(?:primo|medio)\\s+(${YEAR})${E}`, 'giu'),
        date: (m) => ({ year: Number(m[1]), month: 7, day: 31 }),
      },
      {
        re: bounded(
          `(?:(?:(?:i\\s+)?([1-4])\\.\\s*kvartal|(${alt(Object.keys(QUARTER_WORDS))})\\s+(?:kvartal|quarter)|q([1-4]))\\s+(?:(?:af|i|of)\\s+)?(${YEAR})${E}|(${YEAR})\\s*-?\\s*q([1-4])${E})`,
          'giu',
        ),
        date: (m) => {
          const quarter = Number(m[1] ?? m[3] ?? m[6] ?? QUARTER_WORDS[(m[2] ?? '').toLowerCase()] ?? 4);
          return lastDayOfMonth(Number(m[4] ?? m[5]), quarter * 3);
        },
      },
      {
        re: bounded(`(?:(?:([12])\\.\\s*|(første|andet)\\s+)halvår|(first|second)\\s+half)\\s+(?:(?:af|i|of)\\s+)?(${YEAR})${E}`, 'giu'),
        date: (m) => {
          const second = m[1] === '2' || /andet|second/i.test(m[2] ?? m[3] ?? '');
          return lastDayOfMonth(Number(m[4]), second ? 12 : 6);
        },
      },
      {
        re: bounded(`(?:${alt(['i', 'in', 'by', 'senest', 'inden', 'before', 'until', 'by'])}\\s+)?(${MONTH})\\s+(${YEAR})${E}`, 'giu'),
        date: (m) => lastDayOfMonth(Number(m[2]), MONTHS[m[1]!.toLowerCase().replace('.', '')] ?? 12),
      },
      {
        re: bounded(`(?:(?:i\\s+perioden|perioden|in\\s+the\\s+period|period)\\s+)?(${YEAR})\\s*(?:[–-]|til|to)\\s*(${YEAR})${E}`, 'giu'),
        date: (m) => (Number(m[2]) > Number(m[1]) ? { year: Number(m[2]), month: 12, day: 31 } : undefined),
      },
      {
        re: bounded(`${alt(data.deadlineWords)}\\s+(${YEAR})(?![\\p{L}\\p{N}/])`, 'giu'),
        date: (m) => ({ year: Number(m[1]), month: 12, day: 31 }),
      },
    ],
    // A digit may come right before a unit ("24timer"), a letter may not.
    unitWord: new RegExp(`(?<!\\p{L})${alt([...units, 'år', 'year', 'uge', 'week'])}${E}`, 'iu'),
    timeLimits: [
      { re: bounded(`${alt(data.limitWords)}\\s+(?:${numW}\\s+|\\d+)${unitRe}`, 'giu'), needs: 'unit' },
      // A week of a published timeline: "by week 14", "senest i uge 20".
      { re: bounded(`(?:by|before|in|senest\\s+i|senest|i|inden)\\s+(?:week|uge)\\s+\\d{1,2}${E}`, 'giu'), needs: 'digit' },
      { re: bounded(`${numStrict}\\s+${alt(unitsNoYear)}\\s+(?:efter|fra|før|forud\\s+for|after|from|of|before|prior\\s+to)${E}`, 'giu'), needs: 'unit' },
      // A bare number of hours or working days is a limit ("svar inden 24 timer" aside), but not a duration given to something: "2 timer til hvert møde", "1 time pr. barn", "2-4 timers afløsning".
      {
        re: bounded(
          `(?<![–-])\\d+\\s+${alt([...data.timeUnits.hour.filter((unit) => !unit.endsWith('s') || unit === 'hours'), 'hverdage', 'arbejdsdage', 'working days', 'business days'])}${E}(?!\\s+(?:til|pr\\.?|per|om\\s+ugen|om\\s+måneden|a\\s+week|a\\s+month|each|for\\s+each)(?![\\p{L}]))`,
          'giu',
        ),
        needs: 'digit',
      },
      { re: bounded(`${alt(data.limitPhrases)}${E}`, 'giu') },
      // A duration given as a label's value, as service-level tables print them ("Økonomisk støtte: 10 uger",
      // "Behandlingsfrist: 6 uger", "Socialfaglig undersøgelse. 2-4 måneder"), or a range of durations that ends the text.
      { re: bounded(`(?<=[:.][ \\t]{0,3})(?:${LIMIT_LEAD}\\s+)?${duration}\\s+${alt(unitsNoYear)}${E}${NOT_AN_AMOUNT}`, 'giu'), needs: 'unit' },
      { re: bounded(`${durationRange}\\s+${alt(unitsNoYear)}${E}(?=\\s*\\.?\\s*$)`, 'giu'), needs: 'unit' },
      // A table row joined with dashes that ends with its duration: "Henvisning til VISO – Serviceloven § 13 – 4 uger".
      { re: bounded(`(?<=\\s[–—-][ \\t]{0,3})(?:${LIMIT_LEAD}\\s+)?${duration}\\s+${alt(unitsNoYear)}${E}(?=\\s*\\.?\\s*$)`, 'giu'), needs: 'unit' },
      // A table row that ends with its duration, or goes on to its next cell ("Kontanthjælp 4 uger", "§ 96 BPA 8 uger",
      // "§ 16 Ansøgning om bistands- og plejetillæg 4 uger Varetages af Ydelseskontoret", "Aflastning 2 mdr.").
      // (Not what someone or something is, nor a level to reach: "når barnet er 8 måneder", "reduce the waiting time to 4 weeks".)
      {
        re: bounded(`(?<!(?:er|is|are|var|was|bliver|fylder|turns?|to|til|fra|from|under|below|than|end)\\s+)${duration}\\s+${alt(unitsNoYear)}${E}(?=\\s*\\.?\\s*(?:$|\\p{Lu}))`, 'gu'),
        needs: 'unit',
      },
      // A table row whose duration stands before the law it rests on: "Økonomisk friplads 2 uger Dagtilbudslovens § 43" (the § itself is masked by then).
      { re: bounded(`${duration}\\s+${alt(unitsNoYear)}${E}(?=\\s+\\p{L}*(?:loven|lovens|bekendtgørelsen|bekendtgørelsens)${E})`, 'giu'), needs: 'unit' },
      // A duration as what something takes or has ("tager 2-4 måneder", "forventes at vare 4 måneder", "har kommunen derefter 4 uger til", "You will have 15 days to comment").
      {
        re: bounded(`(?:tager|tage|varer|vare|har|have|has|takes|take|lasts|last)\\s+(?:\\p{L}+\\s+){0,2}?(?:${LIMIT_LEAD}\\s+)?${duration}\\s+${alt(unitsNoYear)}${E}${NOT_AN_AMOUNT}`, 'giu'),
        needs: 'unit',
      },
      // Within the next few units: "i løbet af de næste 2 år", "within the next 6 months".
      { re: bounded(`(?:i\\s+løbet\\s+af|inden\\s+for|indenfor|within|over|during|in)\\s+(?:de|the)\\s+(?:næste|kommende|next|coming|following)\\s+${numW}\\s+${unitRe}`, 'giu'), needs: 'unit' },
    ],
    // Times with no date to compare: a day of the year named without its year ("Udvalget beslutter den 24. februar"),
    // and the span a plan runs for ("for the next 3 years we will …"), which bounds it in time but measures nothing.
    undated: [
      { re: bounded(`(?:for|i)\\s+(?:de|the)\\s+(?:næste|kommende|next|coming|following)\\s+${numW}\\s+${unitRe}`, 'giu'), needs: 'unit' },
      { re: bounded(`(?:i\\s+løbet\\s+af\\s+|i\\s+|over\\s+|during\\s+|in\\s+)(?:det|the)\\s+(?:kommende|næste|coming|next)\\s+(?:år|year)${E}`, 'giu'), needs: 'unit' },
      { re: bounded(`(?:den|d\\.|on|by)\\s+\\d{1,2}\\.?\\s+${alt(Object.keys(MONTHS))}${E}(?!\\.?\\s*,?\\s*\\d)`, 'giu'), needs: 'digit' },
    ],
    immediate: data.immediatePhrases?.length ? bounded(`${alt(data.immediatePhrases)}${E}`, 'giu') : undefined,
    ageTimes: [
      // The child's age as the time of a step ("når barnet er 8 måneder", "senest når den unge fylder 17½ år", "when you turn 16", "until the age of 25").
      {
        re: bounded(
          `(?:når|indtil|inden|før|til)\\s+(?:dit\\s+barn|barnet|den\\s+unge|du|i|de|han|hun|vedkommende)\\s+(?:er|bliver|fylder|har\\s+fyldt)\\s+(?:ca\\.\\s+|cirka\\s+)?\\d+(?:[,.]\\d+)?(?:\\s*[–-]\\s*\\d+)?\\s*½?\\s*(?:år|måneder|måned|uger|uge|dage|dag)${E}`,
          'giu',
        ),
        point: true,
      },
      { re: bounded(`(?:inden|før|efter|ved)\\s+(?:det|sit|deres)\\s+(?:fyldte\\s+)?\\d+\\.\\s*år${E}`, 'giu'), point: true },
      // The age at which a step is taken, as child health and dental care plan by it ("indkaldes i 3-års alderen", "omkring 1 årsalderen", "i 17 ½ års alderen").
      // ("ved 3-års alderen" is left out: in the labelled sets it says whom a condition is about, "Hvis dit barn ikke er indskrevet ved
      // 3-års alderen".) An age or a school year times the step but is no measure (LABELLING.md): events, not schedule points.
      { re: bounded(`(?:i|omkring|fra|efter)\\s+(?:ca\\.\\s+|cirka\\s+)?\\d+(?:[,.]\\d+)?\\s*½?[\\s-]*års[\\s-]*alderen${E}`, 'giu') },
      // The school year in which a step is taken: "Barnet vejes og måles i 0. klasse", "i 0., 1., 4., 7. og 9. klasse", "1. klasse: Højde- og vægtmåling".
      { re: bounded(`(?:i\\s+(?:\\d{1,2}\\.\\s*(?:,|og|-|–)?\\s*)+klasse|(?<=^\\s*)\\d{1,2}\\.\\s*klasse(?=\\s*:))${E}`, 'giu') },
      // A week of the pregnancy, as health visiting plans a visit by it ("omkring den 30. graviditetsuge", "i perioden 24-28 graviditetsuge").
      { re: bounded(`(?:(?:i\\s+perioden|omkring|inden|før|efter|senest|i|fra)\\s+)?(?:den\\s+)?(?:ca\\.\\s+)?\\d{1,2}\\.?(?:\\s*[–-]\\s*\\d{1,2}\\.?)?\\s*graviditetsuge${E}`, 'giu'), point: true },
      {
        re: bounded(
          `(?:when|until|before|by\\s+the\\s+time|once)\\s+(?:you|they|he|she|the\\s+(?:child|young\\s+person))\\s+(?:are|is|turn|turns|reach|reaches|become|becomes)\\s+(?:the\\s+age\\s+of\\s+)?\\d+${E}`,
          'giu',
        ),
      },
      { re: bounded(`(?:until|up\\s+to|by|from)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?\\d+${E}`, 'giu') },
      { re: bounded(`(?:around|by|before|on|after|at)\\s+(?:your|their|his|her)\\s+\\d+(?:st|nd|rd|th)\\s+birthday${E}`, 'giu') },
    ],
    eventBound: bounded(`${alt(data.eventBefore)}\\s+(?!udgangen|ultimo|the\\s+end|end${E})(?=\\p{L})`, 'giu'),
    frequencies: [
      { re: bounded(`(?:(?:mindst|højst|at\\s+least|at\\s+most)\\s+)?${alt(data.frequencyEvery)}\\s+(?:${ordinal}\\s+)?${unitRe}`, 'giu'), needs: 'unit', measure: true },
      {
        re: bounded(`(?:${numW}|once|twice)\\s+(?:${alt(data.timesWords)}\\s+)?(?:${per}\\s+${unitRe}|${alt(data.frequencyWords)}${E})`, 'giu'),
        measure: true,
      },
      // An interval between steps: "med 18-måneders interval", "interval på atten måneder", "med fire ugers mellemrum", "at intervals of six months".
      {
        re: bounded(
          `(?:med\\s+(?:(?:gennemsnitligt|ca\\.|cirka|højst|mindst|op\\s+til)\\s+)?${numW}[\\s-]*${unitRe}\\s+(?:interval|intervaller|mellemrum)|interval(?:ler)?\\s+på\\s+(?:(?:højst|mindst|op\\s+til|ca\\.|cirka)\\s+)?${numW}\\s+${unitRe}|at\\s+intervals\\s+of\\s+(?:(?:no\\s+more\\s+than|up\\s+to|at\\s+least|about)\\s+)?${numW}\\s+${unitRe})${E}`,
          'giu',
        ),
        measure: true,
      },
      // (Not the everyday of something: "i den daglige praksis", "daily life".)
      { re: bounded(`${alt(data.frequencyWords)}${E}(?!\\s+(?:praksis|drift|arbejde|hverdag|liv|ledelse|opgaveløsning|practice|life|lives|work|running)${E})`, 'giu'), measure: false },
    ],
    listCounts: bounded(
      `${numStrict}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${DOCUMENT_ITEMS})(?=\\s*:)|(?<=(?:the|these|those|its|our|their|de|disse|vores|dets|dens|deres|indeholder|rummer|består\\s+af|præsenteres|præsenterer|har|contains|comprises|has|have|sets?\\s+out|og|and)\\s+)${numStrict}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${DOCUMENT_ITEMS}|work\\s*streams|promises|recommendations|initiatives|values|parameters|parametre|værdier|måltal|anbefalinger|initiativer)${E}`,
      'giu',
    ),
    masks: [
      // Telephone numbers: "på tlf. 46 11 00 00", "på telefon 5588 5588", "79 94 78 28", "ring 114", "call 999".
      bounded(`(?:tlf|telefon(?:nummer|nr)?|telephone|phone|tel)\\.?\\s*(?:nr\\.?|nummer|number|no\\.?)?\\s*:?\\s*\\+?\\d[\\d -]{1,14}\\d${E}`, 'giu'),
      bounded(`(?:\\+45\\s?)?\\d{2}\\s\\d{2}\\s\\d{2}\\s\\d{2}(?!\\s*\\d)${E}`, 'gu'),
      bounded(`(?!(?:19|20)\\d{2}\\s(?:19|20)\\d{2})\\d{4}\\s\\d{4}(?!\\s*\\d)${E}`, 'gu'),
      bounded(`(?:112|114|999|111|101)(?<=(?:ringe|ring|ringer|call|dial)\\s+(?:på\\s+|til\\s+)?\\d{3})(?!\\s*%|\\d)`, 'giu'),
      bounded(`(?:112|114|999|111|101)(?<=(?:på|on)\\s+\\d{3})(?!\\s*(?:%|\\p{L})|\\d)`, 'giu'),
      // ("call Fife Police 999", "ring til Politiet 114": the number after the police.)
      bounded(`(?:112|114|999|111|101)(?<=(?:police|politi|politiet)\\s+\\d{3})(?!\\s*%|\\d)`, 'giu'),
      // British numbers: "0207 527 7400", "(01633) 656656", "0800 328 4432", "03451 551503".
      bounded(`\\(?0\\d{2,4}\\)?\\s?\\d{3,4}\\s?\\d{3,4}(?!\\s*\\d)`, 'gu'),
      // A Danish postcode before its town in an address: "Rådhus Alle, Bygning G, 2860 Søborg".
      bounded(`(?<=,\\s)\\d{4}\\s+\\p{Lu}\\p{Ll}+(?=\\s*(?:[.,;)]|$))`, 'gu'),
      // Services named by the age they start at: "our 16+ Service", "the 16 Plus Team", "post-18 support", and an age on its own after
      // "at"/"until" ("transferred to the team at 16", "works with them until 18").
      bounded(`(?:(?:1[4-9]|2[0-5])\\s?\\+|(?:1[4-9]|2[0-5])\\s+plus${E}|post[\\s-]?(?:1[4-9]|2[0-5])${E}|(?:at|until|till)\\s+(?:1[0-9]|2[0-5])(?=\\s*(?:[.;)]|,(?!\\d)|$)))`, 'giu'),
      // Ages, and durations in years that are not limits: "15-17-årige", "som 25-årige", "0-6 år", "aged 15", "16-year-olds".
      bounded(`(?:\\d+|${alt(numberWords)})(?:\\s*(?:½|¼|¾|\\d\\/\\d))?(?:\\s*[–-]\\s*\\d+)?\\s*[–-]?\\s*${alt(data.ageWords)}${E}`, 'giu'),
      bounded(`(?:aged|ages|age)\\s+(?:of\\s+)?\\d+(?:\\s*(?:[–-]|to|and)\\s*\\d+)?${E}`, 'giu'),
      bounded(`(?:(?:mellem|between)\\s+\\d+\\s+(?:og|and)\\s+)?\\d+(?:\\s*(?:½|¼|¾|\\d\\/\\d))?(?:\\s*(?:[–-]|til(?:\\s+og\\s+med)?|to)\\s*\\d+)?\\s+(?:år|years?)(?:\\s+(?:gamle|old))?${E}`, 'giu'),
      // "fra nul til seks år", "pre-birth to five year olds": an age band in words; "en 2 1/2-årssamtale": a Danish compound named by an age.
      bounded(
        `(?:fra\\s+)?(?:nul|0)\\s+til\\s+(?:og\\s+med\\s+)?(?:\\d+|${alt(numberWords)})\\s+år${E}|pre-birth\\s+to\\s+(?:\\d+|${alt(numberWords)})${E}|\\d+(?:\\s*(?:½|¼|¾|\\d\\/\\d))?-års\\p{L}+`,
        'giu',
      ),
      // The ages a service or an entitlement runs between, after a word of age: "after 18", "until 21 and up to 25", "By 18, …",
      // "If you're 16 to 18", "over 16 and under 21 years", "the Disability Social Care 0 – 25 teams" (not "over 16 families" or "over 16 children").
      bounded(
        `(?:(?:after|by|over|under|until|till|up\\s+to|you['’]re|you\\s+are|they\\s+are|they['’]re|after\\s+(?:you|they)\\s+turn)\\s+(?:1[0-9]|2[0-5])(?:\\s*(?:to|and|-|–)\\s*(?:(?:under|up\\s+to)\\s+)?(?:1[0-9]|2[0-5]))?|(?<![\\d,.])0\\s*[–-]\\s*(?:1[6-9]|2[0-5]))(?:\\s+years?(?:\\s+old)?)?(?=\\s*(?:[.,;:)]|$)|\\s+(?:and|or|if|with|you|we|the|when|while|in|at|children['’]s|teams?|services?)${E})`,
        'giu',
      ),
      // References: "bilag 2", "kapitel 4", "artikel 12", "section 5".
      bounded(`${alt(data.referenceWords)}\\.?\\s*\\d+(?:\\.\\d+)*${E}`, 'giu'),
      // A list item's number before its colon or full stop: "Priority 1: …", "Mål 3. …".
      bounded(`${alt(data.labelWords)}\\s+(?:\\d+(?:\\.\\d+)*|${alt(numberWords)})(?=\\s*[:.)–]|\\s+-\\s)`, 'giu'),
      // A list's number after the colon that opens it: "five main aims: 1. Children's services …", "We will: 1. Further improve …".
      bounded(`(?<=:\\s{0,3})\\d{1,2}\\.(?=\\s+\\p{Lu})`, 'gu'),
      // Goal IDs (M1, SN-3, R2.1).
      bounded(`[A-ZÆØÅ]{1,4}-?\\d+(?:\\.\\d+)*${E}`, 'gu'),
      // Ordinals: "9. klasse", "9.-klasseprøve", "2nd".
      bounded(`\\d+\\.(?=\\s*-|\\s+[a-zæøå])`, 'gu'),
      bounded(`\\d+(?:st|nd|rd|th)${E}`, 'giu'),
      // A span of years written short ("2023-26", "2024/25"): a period, not a count.
      bounded(`${YEAR}\\s*[–/-]\\s*\\d{2}(?!\\p{N})`, 'gu'),
      // Years on their own.
      // (Not an amount of money: "up to £2000".)
      bounded(`(?<![£$€]\\s?)${YEAR}(?!\\p{N})`, 'gu', AFTER_DATE_OR_WORD),
    ],
    baselineFromTo: new RegExp(
      `(?<!(?:skala|scale)\\s+)${B}(?:fra|from)\\s+(${NUM})\\s*(%|procent|pct\\.?|percent)?([^;]{0,48}?)\\s*,?\\s+(?:til|to)\\s+(?:(?:højst|mindst|under|over|maks\\.?|maksimalt|at\\s+most|at\\s+least|no\\s+more\\s+than)\\s+)?(${NUM})\\s*(%|procent|pct\\.?|percent)?`,
      'giud',
    ),
    baselineNow: bounded(
      `(?:udgangspunkt(?:et)?|baseline|nuværende\\s+niveau|i\\s+dag|aktuelt|p\\.t\\.|currently|today|at\\s+present|up\\s+from|down\\s+from|op\\s+fra|ned\\s+fra)${E}[^.;\\n]{0,60}?(?<![\\d.,])(${NUM})\\s*(%|procent|pct\\.?|percent)?`,
      'giud',
    ),
    baselineFrom: bounded(`(?:fra|from|mod|compared\\s+(?:with|to))\\s+(${NUM})\\s*(%|procent|pct\\.?|percent)(\\s+(?:i|in)\\s+${YEAR})?`, 'giud'),
    baselinePast: bounded(`((?:i|in)\\s+${YEAR})\\s*,?\\s+(?:var|lå|udgjorde|was|were|stood\\s+at)${E}[^.;\\n]{0,60}?(?<![\\d.,])(${NUM})\\s*(%|procent|pct\\.?|percent)?`, 'giud'),
    percent: bounded(`(${NUM})\\s*(?:%|${alt(data.measureUnits.filter((unit) => unit !== '%'))}(?!\\p{L}))`, 'giu', AFTER_NUMBER_OR_WORD),
    rate: bounded(`(${NUM})\\s+${alt(data.rateWords)}\\s+(${NUM})${E}`, 'giu', AFTER_NUMBER_OR_WORD),
    share: bounded(`${alt(data.shareWords)}${E}`, 'giu'),
    change: bounded(`${alt(data.changeWords)}${E}`, 'giu'),
    indicator: bounded(`${alt(data.indicatorPhrases)}${E}`, 'giu'),
    // (An amount of money with its size after it is a count too: "investing £17m", "a budget of £4.4m", "€2bn".)
    count: bounded(`(${NUM})(?:(?<=[£$€]\\s?[\\d.,]+)(?:m|bn|k)(?!\\p{L})|(?!\\p{L}|\\p{N}|[.,]\\p{N}))`, 'gu', AFTER_NUMBER_OR_WORD),
    numberWord: bounded(`(${alt(numberWords)})\\s+(?=\\p{L})`, 'giu'),
    zeroTarget: bounded(`(?<=(?:^|[:\\n])\\s*)(?:ingen|no)\\s+(?!(?:later|longer|more|less|sooner|earlier|matter|one|need|doubt|tolerance|tvivl|grund)${E})(?=\\p{L})`, 'giu'),
  };
  compiledByData.set(data, compiled);
  return compiled;
}

/** A document's name right before a period ("handleplanen 2020-2023", "strategien 2024-2027") or right after it ("the 2020-2023 action plan"). */
/** Words before a duration that bound it: "op til 12 uger", "mellem 2-4 måneder", "up to 15 days". */
const LIMIT_LEAD = '(?:op\\s+til|mellem|højst|maksimalt|ca\\.|cirka|up\\s+to|between|about|around|at\\s+most)';
/** After a duration: an amount given per something ("2 timer til hvert møde", "15 timer pr. måned") is no time limit. */
const NOT_AN_AMOUNT = '(?!\\s+(?:til\\s+(?:hvert|hver|hvor)|pr\\.?|per|om\\s+ugen|om\\s+måneden|a\\s+week|a\\s+month|each|for\\s+each)(?![\\p{L}]))';

const DOCUMENT_BEFORE = /(?:plan|politik|strategi|aftale|program)(?:en|et|s)?\s+$/iu;
const DOCUMENT_AFTER = /^\s+(?:action\s+)?(?:plan|policy|strategy|programme|program|agreement)(?![\p{L}])/iu;

/** Share nouns name an indicator (andel, share); fraction words carry a value (halvdelen, a third). */
/**
 * English share words that are other words too: "share" is a verb ("share information") unless a
 * determiner comes before it or "of" after it ("the share of pupils"); "third" and "quarter" name a
 * part only before "of" ("a third of", "two thirds of"), not in "third sector" or "third parties".
 */
function namesShare(text: string, at: number, word: string): boolean {
  const lower = word.toLowerCase();
  const ofAfter = /^\s+of(?![\p{L}])/iu.test(text.slice(at + word.length, at + word.length + 5));
  if (lower === 'share') return ofAfter || /(?:^|[^\p{L}])(?:the|a|this|that|its|their|our|whose)\s+$/iu.test(text.slice(Math.max(0, at - 8), at));
  if (lower === 'third' || lower === 'thirds' || lower === 'quarter') return ofAfter;
  return true;
}

const INDICATOR_NOUNS = new Set(['andel', 'andelen', 'share', 'proportion', 'rate']);

/** The text being scanned, with consumed spans blanked out (same length, so offsets stay valid). */
class Masked {
  private spans: Array<[number, number]> = [];
  text: string;
  /** Whether `text` still holds a digit, and four in a row (undefined: not asked since the last change). Blanking only removes digits. */
  private digit: boolean | undefined;
  private fourDigits: boolean | undefined;
  constructor(text: string) {
    this.text = text;
  }
  /** Whether a digit is left: every pattern that needs one cannot match once all are blanked out. */
  hasDigit(): boolean {
    return (this.digit ??= /\d/.test(this.text));
  }
  /** Whether four digits in a row are left: every dated deadline needs them (a year, or an ISO or numeric date). */
  hasFourDigits(): boolean {
    return (this.fourDigits ??= this.hasDigit() && /\d{4}/.test(this.text));
  }
  mask(start: number, end: number): void {
    if (end > start) this.spans.push([start, end]);
  }
  commit(): void {
    if (this.spans.length === 0) return;
    this.spans.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of this.spans) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      parts.push(this.text.slice(at, from), ' '.repeat(end - from));
      at = end;
    }
    parts.push(this.text.slice(at));
    this.text = parts.join('');
    this.spans = [];
    if (this.digit) this.digit = undefined;
    if (this.fourDigits) this.fourDigits = undefined;
  }
}

/**
 * Recent scans by lexicon and text. A goal's statement is scanned for its due date when its
 * document's outline is made, and again by its analysis right after; a document's goals are a
 * few dozen at most (3,000 one-goal documents, one thread: scanning 4.8 → 3.8 % of the CPU profile).
 */
const recentScans = new WeakMap<LexiconData, BoundedCache<string, ScanResult>>();

/** Scans one text (a goal statement or a field value) for measures, time expressions and baselines; the result is shared, never modify it. */
export function scanText(source: string, data: LexiconData): ScanResult {
  let recent = recentScans.get(data);
  if (!recent) recentScans.set(data, (recent = new BoundedCache<string, ScanResult>(256, 256 * 1024)));
  let result = recent.get(source);
  if (!result) {
    result = scanTextUncached(source, data);
    recent.set(source, result, source.length);
  }
  return result;
}

/**
 * A state that is to hold for no one, opening the text or a list item after a colon: a count of zero ("Ingen Gentofte-unge
 * tager stoffer", "No escapes from the centre"). A rule with a modal is no target ("No case should transfer between teams …").
 */
export function zeroTargets(source: string, data: LexiconData): MeasureSpan[] {
  if (MODAL.test(source)) return [];
  return [...matches(compile(data).zeroTarget, source)].map((m) => ({ text: m[0].trimEnd(), start: m.index, end: m.index + m[0].trimEnd().length, kind: 'count' as const, value: 0 }));
}

function scanTextUncached(source: string, data: LexiconData): ScanResult {
  const c = compile(data);
  const text = new Masked(source);
  const measures: MeasureSpan[] = [];
  const times: TimeSpan[] = [];
  const baselines: BaselineSpan[] = [];
  const span = (start: number, end: number): Span => ({ text: source.slice(start, end), start, end });
  // References, baselines, dates, masks and numeric measures all need a digit: a text without
  // one (a vague goal, an owner), or with none left once what was found is blanked, skips them.

  // 1. Legal references never measure anything.
  if (text.hasDigit()) {
    for (const m of matches(c.refs, text.text)) text.mask(m.index, m.index + m[0].length);
    for (const m of matches(c.periods, text.text)) {
      const end = m.index + m[0].length;
      if (!DOCUMENT_BEFORE.test(text.text.slice(Math.max(0, m.index - 40), m.index)) && !DOCUMENT_AFTER.test(text.text.slice(end, end + 40))) continue;
      text.mask(m.index, end);
    }
  }
  text.commit();

  // 2. Baselines (the year of a starting value is not a deadline).
  for (const re of text.hasDigit() ? [c.baselineFromTo, c.baselineNow, c.baselinePast, c.baselineFrom] : []) {
    // "halveres fra 12 % i 2024": a starting value without "til".
    if (re === c.baselineFrom && baselines.length > 0) continue;
    for (const m of matches(re, text.text)) {
      const indices = m.indices!;
      if (re === c.baselineFromTo) {
        const [fromStart, fromEnd] = indices[1]!;
        const [toStart, toEnd] = indices[4]!;
        const fromValue = parseNumber(m[1]!);
        const toValue = parseNumber(m[4]!);
        // "fra 2024 til 2027" is a period, not a change.
        if (/^(?:19|20)\d{2}$/.test(m[1]!) && /^(?:19|20)\d{2}$/.test(m[4]!) && !m[2]) continue;
        const fromEndUnit = indices[2] ? indices[2][1] : fromEnd;
        const toEndUnit = indices[5] ? indices[5][1] : toEnd;
        const kind: MeasureKind = m[2] || m[5] ? 'percent' : 'count';
        baselines.push({
          ...span(m.index, m.index + m[0].length),
          from: { ...span(fromStart, fromEndUnit), kind, value: fromValue },
          to: { ...span(toStart, toEndUnit), kind, value: toValue },
        });
        // The gap between the two values ("i 2024", "pr. 1. januar 2025", "in school year 2023/24") dates the baseline, not the deadline.
        if (indices[3]) text.mask(indices[3][0], indices[3][1]);
      } else {
        const group = re === c.baselinePast ? 2 : 1;
        const value = m[group]!;
        if (/^(?:19|20)\d{2}$/.test(value) && !m[group + 1]) continue;
        const [start, end] = indices[group]!;
        const unitEnd = indices[group + 1] ? indices[group + 1]![1] : end;
        baselines.push({ ...span(m.index, m.index + m[0].length), from: { ...span(start, unitEnd), kind: m[group + 1] ? 'percent' : 'count', value: parseNumber(value) } });
        if (re === c.baselinePast) text.mask(indices[1]![0], indices[1]![1]);
        if (re === c.baselineFrom && indices[3]) text.mask(indices[3][0], indices[3][1]);
      }
    }
  }
  text.commit();

  // 3. Time expressions: deadlines, then time limits, then frequencies.
  for (const { re, date } of c.deadlines) {
    if (!text.hasFourDigits()) break;
    for (const m of matches(re, text.text)) {
      const value = date(m);
      if (!value) continue;
      const weak = /^(?:i|in)\s/i.test(m[0]) && !/\d{1,2}[./]|\d{4}-\d/.test(m[0]) && /\s(?:19|20)\d{2}$/.test(m[0]) && m[0].split(/\s+/).length === 2;
      times.push({ ...span(m.index, m.index + m[0].length), kind: 'deadline', date: value, ...(weak ? { weak } : {}) });
      text.mask(m.index, m.index + m[0].length);
    }
    text.commit();
  }
  const unit = c.unitWord.test(source);
  // Whether what a gated pattern needs is there: a digit in the text as blanked so far, a time unit word in the source.
  const lacks = (needs: 'digit' | 'unit' | undefined): boolean => (needs === 'digit' ? !text.hasDigit() : needs === 'unit' && !unit);
  for (const { re, needs } of c.undated) {
    if (lacks(needs)) continue;
    for (const m of matches(re, text.text)) {
      times.push({ ...span(m.index, m.index + m[0].length), kind: 'deadline' });
      text.mask(m.index, m.index + m[0].length);
    }
    text.commit();
  }
  for (const { re, needs, measure } of c.frequencies) {
    if (lacks(needs)) continue;
    for (const m of matches(re, text.text)) {
      const found = span(m.index, m.index + m[0].length);
      times.push({ ...found, kind: 'frequency' });
      if (measure) measures.push({ ...found, kind: 'frequency' });
      text.mask(m.index, m.index + m[0].length);
    }
    text.commit();
  }
  for (const { re, needs } of c.timeLimits) {
    if (lacks(needs)) continue;
    for (const m of matches(re, text.text)) {
      const found = span(m.index, m.index + m[0].length);
      times.push({ ...found, kind: 'time-limit' });
      measures.push({ ...found, kind: 'time-limit' });
      text.mask(m.index, m.index + m[0].length);
    }
    text.commit();
  }

  if (c.immediate) {
    for (const m of matches(c.immediate, text.text)) {
      times.push({ ...span(m.index, m.index + m[0].length), kind: 'time-limit' });
      text.mask(m.index, m.index + m[0].length);
    }
    text.commit();
  }

  for (const { re, point } of c.ageTimes) {
    if (!text.hasDigit()) break;
    for (const m of matches(re, text.text)) {
      times.push({ ...span(m.index, m.index + m[0].length), kind: 'event', ...(point ? { point } : {}) });
      text.mask(m.index, m.index + m[0].length);
    }
    text.commit();
  }
  for (const m of matches(c.eventBound, text.text)) {
    times.push({ ...span(m.index, m.index + m[0].length), kind: 'event' });
    text.mask(m.index, m.index + m[0].length);
  }
  text.commit();

  // 4. Numbers that are not measures: a count of the document's own items ("five key priorities:", in words too;
  //    "de fem temaer", "these nine promises"), ages, goal IDs, ordinals, years.
  // (Every one needs a number; most masks a digit, a few read numbers in words: "fra nul til seks år", "Priority One:".)
  const numberInWords = !text.hasDigit() && matches(c.numberWord, text.text).length > 0;
  if (text.hasDigit() || numberInWords) {
    for (const m of matches(c.listCounts, text.text)) text.mask(m.index, m.index + m[0].length);
    text.commit();
  }
  for (const re of c.masks) {
    if (!text.hasDigit() && !numberInWords) break;
    for (const m of matches(re, text.text)) text.mask(m.index, m.index + m[0].length);
    text.commit();
  }

  // 5. Measures.
  if (text.hasDigit())
    for (const m of matches(c.percent, text.text)) {
      const before = source.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const relative = /(?:^|[^\p{L}])(?:med|by|på|of)\s*$/u.test(before);
      measures.push({ ...span(m.index, m.index + m[0].length), kind: 'percent', value: parseNumber(m[1]!), relative });
      text.mask(m.index, m.index + m[0].length);
    }
  text.commit();
  if (text.hasDigit())
    for (const m of matches(c.rate, text.text)) {
      measures.push({ ...span(m.index, m.index + m[0].length), kind: 'rate', value: parseNumber(m[1]!) });
      text.mask(m.index, m.index + m[0].length);
    }
  text.commit();
  for (const m of matches(c.change, text.text)) {
    measures.push({ ...span(m.index, m.index + m[0].length), kind: 'change' });
    text.mask(m.index, m.index + m[0].length);
  }
  for (const m of matches(c.indicator, text.text)) {
    measures.push({ ...span(m.index, m.index + m[0].length), kind: 'indicator' });
    text.mask(m.index, m.index + m[0].length);
  }
  for (const m of matches(c.share, text.text)) {
    if (!namesShare(text.text, m.index, m[0])) continue;
    const kind: MeasureKind = INDICATOR_NOUNS.has(m[0].toLowerCase()) ? 'indicator' : 'share';
    measures.push({ ...span(m.index, m.index + m[0].length), kind });
    text.mask(m.index, m.index + m[0].length);
  }
  text.commit();
  if (text.hasDigit())
    for (const m of matches(c.count, text.text)) {
      measures.push({ ...span(m.index, m.index + m[0].length), kind: 'count', value: parseNumber(m[1]!) });
    }
  for (const m of matches(c.numberWord, text.text)) {
    const word = m[1]!;
    measures.push({ ...span(m.index, m.index + word.length), kind: 'count', value: data.numberWords[word.toLowerCase()] ?? 0 });
  }
  measures.push(...zeroTargets(source, data));
  measures.sort((a, b) => a.start - b.start);
  times.sort((a, b) => a.start - b.start);
  return { measures, times, baselines };
}
