// Lexicons for the SMART goal analysis: data files under data/lexicons/, extended per workspace
// (`lexicon.da/en.vague/hedges` in .govlint.yaml), compiled once per language and extension.
import * as snowball from 'snowball-stemmers';
import { readDataFile } from '../data/files.ts';
import { wordSegments } from '../text/segment.ts';
import type { Lang } from '../types.ts';

/** Who acts in a goal statement: role and unit nouns and the words around a clause's subject (see actor.ts). */
export interface ActorData {
  roleEndings: string[];
  roleWords: string[];
  inflections: string[];
  notActors: string[];
  /** Groups that act but name no one who answers ("agencies", "practitioners"): evidence of a concrete step, not an owner. */
  genericActors: string[];
  determiners: string[];
  modifiers: string[];
  prepositions: string[];
  subordinators: string[];
  adverbialOpeners: string[];
  /** Adverbs that stand between a subject and its verb, or after a modal ("Teamet skal ligeledes vurdere …", "The team actively contributes …"). */
  midAdverbs: string[];
  modals: string[];
  agentMarkers: string[];
  receiveVerbs: string[];
  /** Words that make a clause about who answers for something (ansvar, forpligtet; responsibility). */
  responsibility: string[];
  /** Relative pronouns: "Modtagelsen, som vurderer …" (the unit acts). */
  relativeMarkers: string[];
  /** "du som fagperson", "we as the team": the role after "som"/"as" acts. */
  selfMarkers: string[];
  /** Phrases before "af"/"by" that are no passive ("på tværs af", "across"). */
  notAgentAfter: string[];
  /** Roles of two words whose second word is no role on its own ("social care"). */
  compoundRoles: string[];
}

export interface LexiconData {
  lang: Lang;
  vague: string[];
  /** A one-word vague entry preceded by one of these is a noun or adjective (barnets styrker, a support plan). */
  vagueNotAfter: string[];
  /** A vague word followed by one of these is a noun modifier (a support plan, foster families), keyed by the vague entry. */
  vagueNotBefore: Record<string, string[]>;
  /** Words before a vague entry that make it a noun, by entry ("need support", "what support"). */
  vagueNounAfter?: Record<string, string[]>;
  /** Words before a count that make it a level to reach (mindst 2, op på 150, at least 200). */
  targetMarkers: string[];
  /** Forms that share a vague word's stem but are another word (styrken = the strength). */
  vagueExceptForms: string[];
  /** A vague verb followed by one of these names a deliverable (udvikle en model), concrete when a deadline is set. */
  deliverableMarkers: string[];
  /** Verbs that deliver something verifiable (udarbejde en plan, launch a service): with a deadline, the goal is measurable. */
  deliverableVerbs: string[];
  /** A clause opened by one of these states a condition (når en elev har mere end 10 % fravær): its numbers are triggers, not targets. */
  conditionWords: string[];
  /** "før der iværksættes en anbringelse": a step bound to an event, which sets its time. */
  eventBefore: string[];
  hedges: string[];
  /** Evaluative words with nothing to observe (god, tryg, relevant; good, safe, timely): they explain why a goal is vague. */
  evaluative: string[];
  /** Verbs of concrete case work (vurdere, indkalde, journalisere; assess, convene, record): done without vague words, they say what is done. */
  procedureVerbs: string[];
  /** Nouns that name a quantity (fravær, ventetid, antal; rate, attendance): with a direction (falder, reduce) the goal names what is to move. */
  quantityNouns: string[];
  /** Words that open a clause of purpose ("så barnets perspektiv inddrages", "to help you succeed"): vague words there do not hide a concrete step before them. */
  purposeMarkers: string[];
  /** Time limits said in words (samme dag, næste hverdag; same day, next working day). */
  limitPhrases: string[];
  /** A limit of no time at all ("med det samme"): a deadline in the statement, but nothing to count (LABELLING.md). */
  immediatePhrases?: string[];
  measureUnits: string[];
  rateWords: string[];
  shareWords: string[];
  changeWords: string[];
  indicatorPhrases: string[];
  rise: string[];
  fall: string[];
  numberWords: Record<string, number>;
  ordinalWords: Record<string, number>;
  timeUnits: Record<'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year', string[]>;
  limitWords: string[];
  deadlineWords: string[];
  frequencyWords: string[];
  frequencyEvery: string[];
  perWords: string[];
  timesWords: string[];
  groupPrepositions: string[];
  ownerRoles: string[];
  /** Who acts in a statement: role and unit nouns, clause words (see actor.ts). */
  actors: ActorData;
  /** Defined objects and events of case work (see actor.ts `findCaseObject`). */
  caseObjects: { endings: string[] };
  ageWords: string[];
  referenceWords: string[];
  /** Nouns that number the items of a list ("Priority 1:", "Mål 3."): the number names the item, it measures nothing. */
  labelWords: string[];
}

export interface LexiconExtension {
  vague?: readonly string[];
  hedges?: readonly string[];
}

/** One word of a phrase: its stem, and the exact form that may equal the stem. */
interface PhraseWord {
  stem: string;
  word: string;
  /** Written "=needed" in the lexicon: only this form matches ("as needed", not "as needing"). */
  exact?: boolean;
}

export interface CompiledPhrase {
  text: string;
  words: PhraseWord[];
}

export interface CompiledLexicon {
  lang: Lang;
  data: LexiconData;
  stem(word: string): string;
  /** Phrases indexed by the stem of their first word. */
  vague: Map<string, CompiledPhrase[]>;
  hedges: Map<string, CompiledPhrase[]>;
  evaluative: Map<string, CompiledPhrase[]>;
  procedureVerbs: Map<string, CompiledPhrase[]>;
  rise: Set<string>;
  fall: Set<string>;
  vagueNotAfter: Set<string>;
  vagueExceptForms: Set<string>;
  deliverableMarkers: Set<string>;
  deliverableVerbs: Map<string, CompiledPhrase[]>;
  /** By the stem of a vague entry: the next words that make it a noun modifier. */
  vagueNotBefore: Map<string, Set<string>>;
  /** By the stem of a vague entry: the words before it that make it a noun ("the support you need"), not the vague verb. */
  vagueNounAfter: Map<string, Set<string>>;
  /** Danish procedure verbs in the imperative, matched in that form only ("Indhent oplysninger", "Drøft sagen"). */
  procedureImperatives: Map<string, CompiledPhrase[]>;
}

const stemmers = new Map<Lang, (word: string) => string>();

export function stemmerFor(lang: Lang): (word: string) => string {
  let stem = stemmers.get(lang);
  if (!stem) {
    const stemmer = snowball.newStemmer(lang === 'da' ? 'danish' : 'english');
    const memo = new Map<string, string>();
    stem = (word: string) => {
      let result = memo.get(word);
      if (result === undefined) {
        result = stemmer.stem(word);
        if (memo.size < 50_000) memo.set(word, result);
      }
      return result;
    };
    stemmers.set(lang, stem);
  }
  return stem;
}

/** Word-like tokens of a text with their offsets, lower-cased (segmented in bounded chunks: see engine/text/segment.ts). */
export function wordsOf(text: string, lang: Lang): Array<{ word: string; start: number; end: number }> {
  return wordSegments(text, lang).map((segment) => ({ word: segment.word.toLowerCase(), start: segment.start, end: segment.end }));
}

/** True when `token` is an inflection of the phrase word: same stem, and not a bare stem that is a different word (fremme → frem ≠ "frem"). */
export function wordMatches(token: string, tokenStem: string, word: PhraseWord): boolean {
  if (word.exact) return token === word.word;
  if (tokenStem !== word.stem) return false;
  return token === word.word || token.length > word.stem.length || word.stem === word.word;
}

function compilePhrases(phrases: readonly string[], lang: Lang, stem: (word: string) => string): Map<string, CompiledPhrase[]> {
  const index = new Map<string, CompiledPhrase[]>();
  for (const entry of phrases) {
    // "=form" marks a word that matches in this form only.
    const exact = new Set(
      entry
        .split(/\s+/)
        .filter((w) => w.startsWith('='))
        .map((w) => w.slice(1).toLowerCase()),
    );
    const text = exact.size === 0 ? entry : entry.replace(/(^|\s)=/g, '$1');
    const words = wordsOf(text, lang).map(({ word }) => ({ word, stem: stem(word), ...(exact.has(word) ? { exact: true } : {}) }));
    if (words.length === 0) continue;
    const first = words[0]!.stem;
    const list = index.get(first) ?? [];
    // Longer phrases first, so "sikre en god" wins over "sikre".
    list.push({ text, words });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(first, list);
  }
  return index;
}

/**
 * The imperative of a Danish verb phrase is its infinitive without the final -e, written exactly
 * ("indhente oplysninger" → "=indhent oplysninger"; "vurdere" → "=vurder", "=vurdér"), so that a
 * bare stem matches only as the verb's first word.
 */
function danishImperatives(phrase: string): string[] {
  const [verb, ...rest] = phrase.split(/\s+/);
  if (!verb || !verb.endsWith('e') || verb.length < 4) return [];
  const imperative = verb.slice(0, -1);
  const forms = [imperative, ...(imperative.endsWith('er') ? [`${imperative.slice(0, -2)}ér`] : [])];
  return forms.map((form) => [`=${form}`, ...rest].join(' '));
}

const dataCache = new Map<Lang, LexiconData>();

export function lexiconData(lang: Lang): LexiconData {
  let data = dataCache.get(lang);
  if (!data) {
    data = JSON.parse(readDataFile(`lexicons/${lang}.json`)) as LexiconData;
    dataCache.set(lang, data);
  }
  return data;
}

const compiledCache = new Map<string, CompiledLexicon>();

/** The compiled lexicon of a language with a workspace's extra vague words and hedges (cached). */
export function compileLexicon(lang: Lang, extension: LexiconExtension = {}): CompiledLexicon {
  const key = `${lang}\u0000${(extension.vague ?? []).join('\u0001')}\u0000${(extension.hedges ?? []).join('\u0001')}`;
  let compiled = compiledCache.get(key);
  if (compiled) return compiled;
  const data = lexiconData(lang);
  const stem = stemmerFor(lang);
  compiled = {
    lang,
    data,
    stem,
    vague: compilePhrases([...data.vague, ...(extension.vague ?? [])], lang, stem),
    hedges: compilePhrases([...data.hedges, ...(extension.hedges ?? [])], lang, stem),
    evaluative: compilePhrases(data.evaluative, lang, stem),
    procedureVerbs: compilePhrases(data.procedureVerbs, lang, stem),
    procedureImperatives: compilePhrases(lang === 'da' ? data.procedureVerbs.flatMap(danishImperatives) : [], lang, stem),
    rise: new Set(data.rise),
    fall: new Set(data.fall),
    vagueNotAfter: new Set(data.vagueNotAfter),
    vagueExceptForms: new Set(data.vagueExceptForms),
    deliverableMarkers: new Set(data.deliverableMarkers),
    deliverableVerbs: compilePhrases(data.deliverableVerbs, lang, stem),
    vagueNotBefore: new Map(Object.entries(data.vagueNotBefore ?? {}).map(([word, next]) => [stem(word.toLowerCase()), new Set(next)])),
    vagueNounAfter: new Map(Object.entries(data.vagueNounAfter ?? {}).map(([word, previous]) => [stem(word.toLowerCase()), new Set(previous)])),
  };
  if (compiledCache.size > 32) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}
