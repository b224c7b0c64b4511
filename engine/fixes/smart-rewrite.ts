// The SMART rewrite of a goal statement: a sentence that keeps the author's words and adds what
// makes the goal measurable and time-bound ([indikator], [udgangspunkt], [mål], [dato]), in
// grammatical Danish or English. Four shapes, tried in order:
//
// - share:   "flere X gør Y"               → "Andelen af X, der gør Y, stiger fra [udgangspunkt] til [mål] senest [dato]."
// - subject: "Vi vil styrke trivslen blandt X" → "Trivslen blandt X, målt ved [indikator], stiger fra … senest [dato]."
//            (the object, or the subject of a passive, names something that can rise or fall)
// - so-that: "Vi vil udvikle samarbejdet med X" → "Vi vil udvikle samarbejdet med X, så [indikator] stiger fra … senest [dato]."
// - reached: "Alle børn skal have et godt børneliv" → "… . Målet er nået, når [indikator] er steget fra … senest [dato]."
//
// Where none fits (several sentences, a question, text that already holds placeholders), the
// author's sentence is kept as it is and only fields are added. Nothing is glued into a
// template: a word of the statement is moved only as part of a whole phrase whose role is known.
import { wordsOf } from '../analysis/lexicon.ts';
import type { GoalFieldKey } from '../model/document.ts';
import { findPlaceholders } from '../text/placeholder.ts';
import type { Lang } from '../types.ts';

export interface RewriteInput {
  lang: Lang;
  /** The statement as written (a sentence or a short paragraph). */
  statement: string;
  /** Hedges in the statement as written ("så vidt muligt"): adverbial ones are dropped from the rewrite. */
  hedges?: readonly string[];
  /** Time expressions in the statement as written ("inden udgangen af 2026"): kept, and moved to the end of a new sentence. */
  times?: readonly string[];
  /** What the goal already has in its fields (a field with any value, a placeholder included, is not added again). */
  fields?: Partial<Record<GoalFieldKey, boolean>>;
  /** The goal already has a deadline (a field or a time expression in the statement). */
  hasDeadline?: boolean;
  /** The statement is a heading with no paragraph: a "reached" rewrite then leaves the heading alone. */
  headingOnly?: boolean;
}

export type RewriteShape = 'share' | 'subject' | 'so-that' | 'reached' | 'fields';

export interface SmartRewrite {
  shape: RewriteShape;
  /** The new statement; absent for `fields` (the author's sentence stays). */
  sentence?: string;
  /** Fields to add, in the order they are added. */
  fields: GoalFieldKey[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

interface Words {
  placeholders: { indicator: string; baseline: string; target: string; date: string };
  /** Subjects that name no one, and the modals and adverbs around a goal's verb. */
  frame: Set<string>;
  /** Modals and auxiliaries that may stand between a subject and a passive verb. */
  auxiliaries: Set<string>;
  /** Beginnings of the verbs a vague or unmeasured goal is built on; `fall` ones say a level goes down. */
  verbs: Array<{ prefix: string; fall?: boolean }>;
  /** Words that may follow the verb as part of it ("fokus på", "work towards"). */
  particles: Set<string>;
  /** Adjectives and nouns that open a goal written as a noun phrase ("Øget trivsel", "Styrkelse af"). */
  nominalOpeners: Map<string, 'rise' | 'fall'>;
  /** Prepositions that follow a nominal opener noun ("styrkelse af"). */
  nominalPrepositions: Set<string>;
  /** Words that make a phrase more than a noun phrase: a clause or a second action begins. */
  clauseWords: Set<string>;
  /** Quantities ("andelen") and states that can be measured ("trivslen"): indefinite → definite form; `negative` ones are to go down. */
  measurable: Array<{ indefinite: string; definite: string; quantity?: boolean; plural?: boolean; negative?: boolean }>;
  /** Adjectives that judge rather than describe ("høj kvalitet", "better outcomes"): such a phrase cannot rise. */
  evaluative: Set<string>;
  /** Prepositions that open a time expression ("i skoleåret 2026/27", "frem mod 2028"). */
  timePrepositions: Set<string>;
  /** Words that follow a goal's verb and lead on to the real verb ("arbejde målrettet med at nedbringe"). */
  chain: Set<string>;
  determiners: Set<string>;
  /** Words that open a result clause already ("så", "so that"). */
  resultWords: Set<string>;
  more: Set<string>;
  fewer: Set<string>;
  /** Present-tense verbs after "flere X" ("flere unge gennemfører …"). */
  shareVerbs: Set<string>;
  /** Prepositions that cannot precede a verb (so "i udsatte positioner" is no verb). */
  prepositions: Set<string>;
}

const DA: Words = {
  placeholders: { indicator: '[indikator]', baseline: '[udgangspunkt]', target: '[mål]', date: '[dato]' },
  frame: new Set([
    'vi',
    'kommunen',
    'man',
    'der',
    'vil',
    'skal',
    'ønsker',
    'at',
    'gerne',
    'fortsat',
    'også',
    'kan',
    'fortsætte',
    'med',
    'i',
    'højere',
    'grad',
    'målrettet',
    'aktivt',
    'konkret',
    'løbende',
    'sammen',
  ]),
  auxiliaries: new Set(['skal', 'vil', 'bør', 'må', 'kan', 'fortsat', 'også', 'gerne', 'løbende', 'yderligere', 'i', 'højere', 'grad']),
  verbs: [
    { prefix: 'styrk' },
    { prefix: 'understøt' },
    { prefix: 'sikr' },
    { prefix: 'fremm' },
    { prefix: 'udvikl' },
    { prefix: 'videreudvikl' },
    { prefix: 'arbejd' },
    { prefix: 'løft' },
    { prefix: 'forbedr' },
    { prefix: 'øge' },
    { prefix: 'øg' },
    { prefix: 'højn' },
    { prefix: 'prioriter' },
    { prefix: 'opprioriter' },
    { prefix: 'sæt' },
    { prefix: 'kvalificer' },
    { prefix: 'skab' },
    { prefix: 'bidrag' },
    { prefix: 'medvirk' },
    { prefix: 'optimer' },
    { prefix: 'fasthold' },
    { prefix: 'tilstræb' },
    { prefix: 'stræb' },
    { prefix: 'bestræb' },
    { prefix: 'opkvalificer' },
    { prefix: 'reducer', fall: true },
    { prefix: 'nedbring', fall: true },
    { prefix: 'mindsk', fall: true },
    { prefix: 'forebyg', fall: true },
    { prefix: 'begræns', fall: true },
    { prefix: 'bekæmp', fall: true },
    { prefix: 'nedsæt', fall: true },
    { prefix: 'halver', fall: true },
  ],
  particles: new Set(['fokus', 'på', 'for', 'hen', 'imod', 'mod', 'til', 'efter', 'et', 'særligt', 'stærkt', 'skarpt', 'øget', 'ind']),
  nominalOpeners: new Map([
    ['øget', 'rise'],
    ['øgede', 'rise'],
    ['bedre', 'rise'],
    ['styrket', 'rise'],
    ['styrkede', 'rise'],
    ['forbedret', 'rise'],
    ['forbedrede', 'rise'],
    ['større', 'rise'],
    ['højere', 'rise'],
    ['mere', 'rise'],
    ['stærkere', 'rise'],
    ['styrkelse', 'rise'],
    ['udvikling', 'rise'],
    ['løft', 'rise'],
    ['forbedring', 'rise'],
    ['fokus', 'rise'],
    ['opprioritering', 'rise'],
    ['mindre', 'fall'],
    ['lavere', 'fall'],
    ['reduceret', 'fall'],
    ['reduktion', 'fall'],
    ['nedbringelse', 'fall'],
  ]),
  nominalPrepositions: new Set(['af', 'på', 'i', 'for']),
  clauseWords: new Set(['og', 'at', 'så', 'der', 'som', 'hvor', 'når', 'ved', 'gennem', 'fordi', 'mens', 'samt', 'eller']),
  measurable: [
    { indefinite: 'andel', definite: 'andelen', quantity: true },
    { indefinite: 'antal', definite: 'antallet', quantity: true },
    { indefinite: 'niveau', definite: 'niveauet' },
    { indefinite: 'ventetid', definite: 'ventetiden', quantity: true, negative: true },
    { indefinite: 'sagsbehandlingstid', definite: 'sagsbehandlingstiden', quantity: true, negative: true },
    { indefinite: 'fravær', definite: 'fraværet', quantity: true, negative: true },
    { indefinite: 'mistrivsel', definite: 'mistrivslen', negative: true },
    { indefinite: 'trivsel', definite: 'trivslen' },
    { indefinite: 'kvalitet', definite: 'kvaliteten' },
    { indefinite: 'inklusion', definite: 'inklusionen' },
    { indefinite: 'sundhed', definite: 'sundheden' },
    { indefinite: 'tilfredshed', definite: 'tilfredsheden' },
    { indefinite: 'tryghed', definite: 'trygheden' },
    { indefinite: 'stabilitet', definite: 'stabiliteten' },
    { indefinite: 'rettidighed', definite: 'rettidigheden' },
    { indefinite: 'færdigheder', definite: 'færdighederne', plural: true },
    { indefinite: 'læring', definite: 'læringen' },
    { indefinite: 'fremmøde', definite: 'fremmødet' },
    { indefinite: 'kriminalitet', definite: 'kriminaliteten', negative: true },
    { indefinite: 'sammenbrud', definite: 'sammenbruddene', plural: true, negative: true },
  ],
  evaluative: new Set(['god', 'godt', 'gode', 'høj', 'højt', 'høje', 'bedre', 'bedste', 'stærk', 'stærkere', 'tilstrækkelig']),
  timePrepositions: new Set(['i', 'inden', 'senest', 'fra', 'frem', 'mod', 'til', 'før', 'efter', 'for', 'pr', 'ved', 'med', 'udgangen', 'af']),
  chain: new Set(['målrettet', 'aktivt', 'fortsat', 'med', 'for', 'at', 'på']),
  determiners: new Set(['den', 'det', 'de', 'en', 'et', 'vores', 'kommunens', 'deres']),
  resultWords: new Set(['så']),
  more: new Set(['flere']),
  fewer: new Set(['færre']),
  shareVerbs: new Set([
    'får',
    'har',
    'gennemfører',
    'oplever',
    'trives',
    'går',
    'bliver',
    'er',
    'kommer',
    'modtager',
    'deltager',
    'tager',
    'fastholdes',
    'inddrages',
    'afslutter',
    'finder',
    'bor',
    'lever',
    'kender',
    'føler',
    'fuldfører',
    'starter',
    'begynder',
    'anbringes',
    'vender',
    'klarer',
    'består',
    'aflægger',
  ]),
  prepositions: new Set(['i', 'på', 'af', 'med', 'for', 'fra', 'til', 'om', 'under', 'over', 'hos', 'ved', 'efter', 'uden', 'blandt', 'mellem']),
};

const EN: Words = {
  placeholders: { indicator: '[indicator]', baseline: '[baseline]', target: '[target]', date: '[date]' },
  frame: new Set(['we', 'the', 'council', 'municipality', 'will', 'shall', 'want', 'to', 'aim', 'also', 'continue', 'further', 'actively', 'must', 'should', 'seek']),
  auxiliaries: new Set(['is', 'are', 'be', 'will', 'shall', 'should', 'must', 'to', 'further', 'also']),
  verbs: [
    { prefix: 'strengthen' },
    { prefix: 'support' },
    { prefix: 'ensur' },
    { prefix: 'promot' },
    { prefix: 'develop' },
    { prefix: 'work' },
    { prefix: 'rais' },
    { prefix: 'improv' },
    { prefix: 'increas' },
    { prefix: 'enhanc' },
    { prefix: 'boost' },
    { prefix: 'focus' },
    { prefix: 'foster' },
    { prefix: 'optimi' },
    { prefix: 'build' },
    { prefix: 'contribut' },
    { prefix: 'prioriti' },
    { prefix: 'priorit' },
    { prefix: 'reduc', fall: true },
    { prefix: 'lower', fall: true },
    { prefix: 'prevent', fall: true },
    { prefix: 'tackl', fall: true },
    { prefix: 'cut', fall: true },
    { prefix: 'decreas', fall: true },
    { prefix: 'halv', fall: true },
  ],
  particles: new Set(['on', 'towards', 'toward', 'for', 'to', 'up']),
  nominalOpeners: new Map([
    ['increased', 'rise'],
    ['better', 'rise'],
    ['improved', 'rise'],
    ['enhanced', 'rise'],
    ['stronger', 'rise'],
    ['strengthened', 'rise'],
    ['greater', 'rise'],
    ['higher', 'rise'],
    ['more', 'rise'],
    ['focus', 'rise'],
    ['development', 'rise'],
    ['improvement', 'rise'],
    ['strengthening', 'rise'],
    ['less', 'fall'],
    ['lower', 'fall'],
    ['reduced', 'fall'],
    ['reduction', 'fall'],
  ]),
  nominalPrepositions: new Set(['of', 'on', 'in', 'for']),
  clauseWords: new Set(['and', 'that', 'so', 'who', 'which', 'where', 'when', 'by', 'through', 'because', 'while', 'or', 'to']),
  measurable: [
    { indefinite: 'share', definite: 'share', quantity: true },
    { indefinite: 'proportion', definite: 'proportion', quantity: true },
    { indefinite: 'number', definite: 'number', quantity: true },
    { indefinite: 'rate', definite: 'rate', quantity: true },
    { indefinite: 'level', definite: 'level' },
    { indefinite: 'absence', definite: 'absence', quantity: true, negative: true },
    { indefinite: 'waiting time', definite: 'waiting time', quantity: true, negative: true },
    { indefinite: 'attendance', definite: 'attendance' },
    { indefinite: 'well-being', definite: 'well-being' },
    { indefinite: 'well being', definite: 'well being' },
    { indefinite: 'wellbeing', definite: 'wellbeing' },
    { indefinite: 'quality', definite: 'quality' },
    { indefinite: 'inclusion', definite: 'inclusion' },
    { indefinite: 'health', definite: 'health' },
    { indefinite: 'satisfaction', definite: 'satisfaction' },
    { indefinite: 'safety', definite: 'safety' },
    { indefinite: 'stability', definite: 'stability' },
    { indefinite: 'timeliness', definite: 'timeliness' },
    { indefinite: 'skills', definite: 'skills', plural: true },
    { indefinite: 'outcomes', definite: 'outcomes', plural: true },
    { indefinite: 'crime', definite: 'crime', negative: true },
    { indefinite: 'breakdowns', definite: 'breakdowns', plural: true, negative: true },
  ],
  evaluative: new Set(['good', 'high', 'better', 'best', 'strong', 'stronger', 'great', 'sufficient']),
  timePrepositions: new Set(['in', 'by', 'during', 'from', 'before', 'after', 'until', 'within', 'towards', 'the', 'end', 'of', 'at']),
  chain: new Set(['actively', 'on', 'to', 'towards', 'for']),
  determiners: new Set(['the', 'a', 'an', 'our', 'its', 'their']),
  resultWords: new Set(['so']),
  more: new Set(['more']),
  fewer: new Set(['fewer']),
  shareVerbs: new Set(['complete', 'get', 'receive', 'feel', 'have', 'are', 'attend', 'take', 'finish', 'pass', 'stay', 'remain', 'live', 'report', 'return', 'find']),
  prepositions: new Set(['in', 'on', 'of', 'with', 'for', 'from', 'to', 'about', 'under', 'over', 'at', 'by', 'after', 'without', 'among', 'between']),
};

const WORDS: Record<Lang, Words> = { da: DA, en: EN };

/** People nouns: "the share of families who …" (otherwise "that"). */
const EN_PEOPLE = /(?:children|people|families|parents|pupils|students|youths?|leavers|adults|girls|boys|babies|newborns|teenagers|workers|carers|persons)$/;

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Cut the statement down to one line without its closing punctuation. */
function core(statement: string): string {
  return statement
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!]+$/u, '');
}

/** More than one sentence, a question, a list or template text: no sentence is built on it. */
function tooComplex(text: string): boolean {
  if (text.length === 0 || text.length > 260) return true;
  if (/[?:;]/.test(text) || findPlaceholders(text).length > 0) return true;
  // A full stop followed by a capital inside the text starts a second sentence ("… i 2024. Målet …").
  return /[.!]\s+\p{Lu}/u.test(text.replace(/\b(?:f\.eks|jf|bl\.a|ca|pr|nr|mio|mia|kr|stk|e\.g|i\.e|no)\./giu, 'x'));
}

/** Removes adverbial hedges ("så vidt muligt", "where appropriate") with the commas around them; verbs ("tilstræber") stay. */
function dropHedges(text: string, hedges: readonly string[], lang: Lang): string {
  const verbs = lang === 'da' ? /^(?:tilstræb|stræb|bestræb|bør|søg)/ : /^(?:aim|should|seek|strive)/;
  let result = text;
  for (const hedge of hedges) {
    if (!/\s/.test(hedge) || verbs.test(hedge.toLowerCase())) continue;
    const at = result.indexOf(hedge);
    if (at < 0) continue;
    const before = result.slice(0, at);
    const after = result.slice(at + hedge.length);
    if (/,\s*$/.test(before) && /^\s*,/.test(after)) {
      // "Vi vil, hvor det er relevant, sætte …" → "Vi vil sætte …"
      result = `${before.replace(/,\s*$/, '')} ${after.replace(/^\s*,\s*/, '')}`;
    } else if (before.trim() === '') {
      // "Where possible, we will …" → "we will …"
      result = after.replace(/^\s*,?\s*/, '');
    } else if (after.trim() === '' || /^\s*[,.]/.test(after)) {
      result = `${before.replace(/,?\s*$/, '')}${after.replace(/^\s*,/, ',')}`;
    } else {
      result = `${before.replace(/\s+$/, '')} ${after.replace(/^\s+/, '')}`;
    }
  }
  result = result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+,/g, ',')
    .trim()
    .replace(/^,\s*/, '');
  return /^\p{Lu}/u.test(text) ? upperFirst(result) : result;
}

function verbOf(words: Words, word: string): { fall: boolean } | undefined {
  for (const verb of words.verbs) if (word.startsWith(verb.prefix)) return { fall: verb.fall === true };
  return undefined;
}

/** The measurable head of a noun phrase (within its first words, after determiners, adjectives and genitives). */
function measurableHead(words: Words, lang: Lang, tokens: readonly Token[]): { index: number; entry: Words['measurable'][number]; definite: boolean } | undefined {
  let determined = false;
  for (let i = 0; i < Math.min(tokens.length, 4); i++) {
    const word = tokens[i]!.word;
    if (words.determiners.has(word)) {
      determined = true;
      continue;
    }
    // "høj kvalitet", "better outcomes": a judgement, not a level that rises.
    if (words.evaluative.has(word)) return undefined;
    // Two-word heads ("well-being" is two words to the segmenter, "waiting time").
    const pair = i + 1 < tokens.length ? `${word} ${tokens[i + 1]!.word}` : '';
    for (const entry of words.measurable) {
      if (entry.indefinite.includes(' ')) {
        if (pair !== '' && pair.endsWith(entry.indefinite)) return { index: i + 1, entry, definite: true };
        continue;
      }
      if (word.endsWith(entry.definite) && (lang === 'en' || word.length >= entry.definite.length)) return { index: i, entry, definite: true };
      if (word.endsWith(entry.indefinite)) return { index: i, entry, definite: determined || lang === 'en' };
    }
    // A genitive ("barnets", "children's") makes the phrase definite; an adjective or a compound part comes before the head.
    if (words.prepositions.has(word) || words.clauseWords.has(word)) return undefined;
    if (lang === 'da' && /s$/.test(word) && i + 1 < tokens.length) determined = true;
  }
  return undefined;
}

interface Phrase {
  text: string;
  start: number;
  end: number;
}

/** The phrase of `text` from `start` to `end`, trimmed. */
function phrase(text: string, start: number, end: number): Phrase {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length };
}

/**
 * A noun phrase that can be the subject of "stiger/falder": it has a measurable head, and no
 * clause or second action in it. Returns it with the head made definite where Danish needs it.
 */
function measurableSubject(words: Words, lang: Lang, np: Phrase): { text: string; quantity: boolean; plural: boolean; negative: boolean } | undefined {
  const tokens = wordsOf(np.text, lang);
  if (tokens.length === 0 || tokens.length > 12 || /[,()]/.test(np.text)) return undefined;
  const head = measurableHead(words, lang, tokens);
  if (!head) return undefined;
  // "trivsel og læring": two measurable nouns may be joined; any other "og"/"and" starts a second action.
  let second: { index: number; entry: Words['measurable'][number] } | undefined;
  for (let i = head.index + 1; i < tokens.length; i++) {
    if (!words.clauseWords.has(tokens[i]!.word)) continue;
    const joined = (tokens[i]!.word === 'og' || tokens[i]!.word === 'and') && i === head.index + 1 ? measurableHead(words, lang, tokens.slice(i + 1, i + 2)) : undefined;
    if (!joined) {
      // "børn og unge" inside a prepositional phrase is one group, not a second action.
      const previous = tokens[i - 1]!.word;
      const next = tokens[i + 1]?.word ?? '';
      if ((tokens[i]!.word === 'og' || tokens[i]!.word === 'and') && i > head.index + 1 && !verbOf(words, next) && !words.auxiliaries.has(next) && previous !== '') continue;
      return undefined;
    }
    second = { index: i + 1, entry: joined.entry };
  }
  let text = np.text;
  const toDefinite = (index: number, entry: Words['measurable'][number]): void => {
    const token = tokens[index]!;
    const original = text.slice(token.start, token.end);
    if (!original.toLowerCase().endsWith(entry.indefinite) || original.toLowerCase().endsWith(entry.definite)) return;
    const stem = original.slice(0, original.length - entry.indefinite.length);
    text = text.slice(0, token.start) + stem + entry.definite + text.slice(token.end);
  };
  if (lang === 'da' && !head.definite) {
    // Right to left, so the earlier offsets stay valid.
    if (second) toDefinite(second.index, second.entry);
    toDefinite(head.index, head.entry);
  }
  return { text: upperFirst(text), quantity: head.entry.quantity === true && !second, plural: head.entry.plural === true || second !== undefined, negative: head.entry.negative === true };
}

interface Frame {
  kind: 'active' | 'passive' | 'imperative' | 'nominal';
  fall: boolean;
  /** The subject names who acts ("Familieafdelingen vil …"): the sentence keeps it, since it names the owner. */
  actor?: boolean;
  /** The noun phrase the verb acts on (active, imperative, nominal) or that undergoes it (passive). */
  np?: Phrase;
  /** Everything after the noun phrase (empty when the phrase runs to the end). */
  rest: string;
}

/** How the statement is built: [subject] [modal] verb object, subject [modal] verb (passive), or a noun phrase. */
function frameOf(words: Words, lang: Lang, text: string, tokens: readonly Token[]): Frame | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  // A noun phrase: "Øget fokus på tidlig indsats …", "Styrkelse af forældresamarbejdet …", "Improved collaboration …".
  const opener = words.nominalOpeners.get(first.word) ?? (words.determiners.has(first.word) ? words.nominalOpeners.get(tokens[1]?.word ?? '') : undefined);
  const imperative = lang === 'en' && verbOf(words, first.word) && !/(?:ed|ing|er)$/.test(first.word) && !words.nominalOpeners.has(first.word);
  if (opener && !imperative) {
    let i = words.determiners.has(first.word) ? 2 : 1;
    while (i < tokens.length && (words.nominalOpeners.has(tokens[i]!.word) || words.nominalPrepositions.has(tokens[i]!.word))) i++;
    if (i >= tokens.length) return undefined;
    const np = phrase(text, tokens[i]!.start, text.length);
    return { kind: 'nominal', fall: opener === 'fall', np, rest: '' };
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const verb = verbOf(words, token.word) ?? focusVerb(lang, tokens, i);
    const frameBefore = tokens.slice(0, i).every((t) => words.frame.has(t.word));
    // "Familieafdelingen vil styrke …": a short subject of its own, then a modal.
    const modals = lang === 'da' ? ['vil', 'skal'] : ['will', 'shall', 'must', 'should'];
    const actor =
      !frameBefore &&
      i >= 2 &&
      i <= 5 &&
      modals.includes(tokens[i - 1]!.word) &&
      tokens.slice(0, i - 1).every((t) => (!words.clauseWords.has(t.word) && !words.prepositions.has(t.word) && !words.frame.has(t.word)) || words.determiners.has(t.word)) &&
      !/[,;:]/.test(text.slice(0, tokens[i - 1]!.start));
    if (verb && (frameBefore || actor || (imperative && i === 0))) {
      let fall = verb.fall;
      let k = i + 1;
      for (;;) {
        // The verb's particles ("arbejde for", "sætte fokus på", "work towards").
        while (k < tokens.length && words.particles.has(tokens[k]!.word) && !/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
        // A chain that leads on to the real verb ("arbejder målrettet med at nedbringe", "work to reduce").
        let c = k;
        while (c < tokens.length && words.chain.has(tokens[c]!.word) && !/,/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) c++;
        const next = c < tokens.length ? verbOf(words, tokens[c]!.word) : undefined;
        if (!next || (c === k && !words.chain.has(tokens[k - 1]!.word))) break;
        fall = fall || next.fall;
        k = c + 1;
      }
      const kind = imperative ? 'imperative' : 'active';
      const who = actor ? { actor: true } : {};
      if (k >= tokens.length || /,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return { kind, fall, rest: text.slice(tokens[k - 1]!.end), ...who };
      return { kind, fall, np: phrase(text, tokens[k]!.start, text.length), rest: '', ...who };
    }
    // A passive or intransitive verb after its subject: "Kvaliteten i plejefamilierne skal styrkes", "Reading skills improve", "… is improved".
    const previous = tokens[i - 1]?.word ?? '';
    const passive =
      lang === 'da'
        ? /(?:es|s)$/.test(token.word)
        : /ed$/.test(token.word)
          ? ['is', 'are', 'be', 'been', 'was', 'were'].includes(previous)
          : /(?:s|e)$/.test(token.word) && !words.determiners.has(previous) && !words.prepositions.has(previous);
    if (verb && i > 0 && passive) {
      let s = i;
      while (s > 0 && (words.auxiliaries.has(tokens[s - 1]!.word) || ['is', 'are', 'be', 'been', 'was', 'were'].includes(tokens[s - 1]!.word))) s--;
      if (s === 0) return undefined;
      const np = phrase(text, 0, tokens[s - 1]!.end);
      return { kind: 'passive', fall: verb.fall, np, rest: text.slice(token.end) };
    }
  }
  return undefined;
}

/** "har fokus på", "have et særligt fokus på", "sætte fokus på": the verb of a focus phrase. */
function focusVerb(lang: Lang, tokens: readonly Token[], i: number): { fall: boolean } | undefined {
  const word = tokens[i]!.word;
  const verbs = lang === 'da' ? ['har', 'have', 'sætter', 'sætte'] : ['have', 'has', 'put', 'place'];
  if (!verbs.includes(word)) return undefined;
  const focus = lang === 'da' ? 'fokus' : 'focus';
  return tokens.slice(i + 1, i + 4).some((t) => t.word === focus) ? { fall: false } : undefined;
}

/** A time expression that ends the text, with the prepositions before it: cut from the phrase and put at the end of the new sentence. */
function trailingTime(words: Words, lang: Lang, text: string, times: readonly string[]): { text: string; time?: string } {
  for (const time of times) {
    if (!time || !text.endsWith(time)) continue;
    let rest = text.slice(0, text.length - time.length);
    let moved = time;
    for (let k = 0; k < 3; k++) {
      const last = wordsOf(rest, lang).at(-1);
      if (!last || !words.timePrepositions.has(last.word) || /[,]/.test(rest.slice(last.end))) break;
      moved = `${rest.slice(last.start).trim()} ${moved}`;
      rest = rest.slice(0, last.start);
    }
    return { text: rest.replace(/[\s,]+$/, ''), time: moved.replace(/\s+/g, ' ') };
  }
  return { text };
}

/** "flere unge gennemfører en uddannelse" → the group, the verb and the rest. */
function shareClause(words: Words, lang: Lang, text: string, tokens: readonly Token[]): { group: string; clause: string; fall: boolean } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const more = words.more.has(word);
    if (!more && !words.fewer.has(word)) continue;
    const previous = tokens[i - 1]?.word;
    if (i > 0 && previous !== 'at' && previous !== 'that') return undefined;
    if (i > 0 && !tokens.slice(0, i - 1).every((t) => words.frame.has(t.word) || verbOf(words, t.word) || words.particles.has(t.word))) return undefined;
    for (let v = i + 2; v < Math.min(tokens.length, i + 9); v++) {
      const candidate = tokens[v]!.word;
      const before = tokens[v - 1]!.word;
      const looksLikeVerb = words.shareVerbs.has(candidate) || (lang === 'da' && /(?:rer|der|ger|ker|ler|ter|ver)$/.test(candidate) && !words.prepositions.has(before) && !/e$/.test(before));
      if (!looksLikeVerb || words.prepositions.has(before)) continue;
      if (/[,;]/.test(text.slice(tokens[i]!.end, tokens[v]!.start))) return undefined;
      const group = text.slice(tokens[i + 1]!.start, tokens[v - 1]!.end);
      const clause = text.slice(tokens[v]!.start).trim();
      return { group, clause, fall: !more };
    }
    return undefined;
  }
  return undefined;
}

interface Parts {
  words: Words;
  lang: Lang;
  baseline: boolean;
  date: boolean;
  time?: string;
}

/** "stiger fra [udgangspunkt] til [mål] senest [dato]" / "rises from [baseline] to [target] by [date]". */
function change(parts: Parts, fall: boolean, plural: boolean, tense: 'present' | 'perfect' = 'present'): string {
  const { words, lang } = parts;
  const p = words.placeholders;
  const verb =
    lang === 'da'
      ? tense === 'perfect'
        ? fall
          ? 'er faldet'
          : 'er steget'
        : fall
          ? 'falder'
          : 'stiger'
      : tense === 'perfect'
        ? fall
          ? 'has fallen'
          : 'has risen'
        : fall
          ? plural
            ? 'fall'
            : 'falls'
          : plural
            ? 'rise'
            : 'rises';
  const from = parts.baseline ? '' : lang === 'da' ? ` fra ${p.baseline}` : ` from ${p.baseline}`;
  const to = lang === 'da' ? ` til ${p.target}` : ` to ${p.target}`;
  const when = parts.time ? ` ${parts.time}` : parts.date ? (lang === 'da' ? ` senest ${p.date}` : ` by ${p.date}`) : '';
  return `${verb}${from}${to}${when}`;
}

/** The SMART rewrite of a statement, and the fields to add with it. */
export function smartRewrite(input: RewriteInput): SmartRewrite {
  const { lang } = input;
  const words = WORDS[lang];
  const has = input.fields ?? {};
  // A dated deliverable is checked by an indicator ("Retningslinjen er vedtaget"), not by a level that rises from a baseline.
  const fieldsOnly = (deliverable = false): SmartRewrite => ({
    shape: 'fields',
    fields: (deliverable ? (['owner', 'indicator'] as const) : (['owner', 'deadline', 'indicator', 'baseline', 'target'] as const)).filter(
      (key) => !has[key] && !(key === 'deadline' && input.hasDeadline),
    ),
  });
  const withOwner = (shape: RewriteShape, sentence: string): SmartRewrite => ({ shape, sentence, fields: has.owner ? [] : ['owner'] });
  const original = core(input.statement);
  if (tooComplex(original)) return fieldsOnly();
  const oneLine = (items: readonly string[] | undefined): string[] => (items ?? []).map((item) => item.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = dropHedges(original, oneLine(input.hedges), lang);
  const times = oneLine(input.times).filter((time) => text.includes(time));
  const tokens = wordsOf(text, lang);
  if (tokens.length === 0) return fieldsOnly();
  const parts: Parts = { words, lang, baseline: has.baseline === true, date: !input.hasDeadline };

  // "flere X gør Y" → "Andelen af X, der gør Y, stiger …"
  const share = shareClause(words, lang, text, tokens);
  if (share) {
    const cut = trailingTime(words, lang, share.clause, times);
    const partsWithTime = cut.time ? { ...parts, time: cut.time } : parts;
    const who = lang === 'da' ? 'der' : EN_PEOPLE.test(share.group.toLowerCase()) ? 'who' : 'that';
    const sentence =
      lang === 'da'
        ? `Andelen af ${share.group}, ${who} ${cut.text}, ${change(partsWithTime, share.fall, false)}.`
        : `The share of ${share.group} ${who} ${cut.text} ${change(partsWithTime, share.fall, false)}.`;
    return withOwner('share', sentence);
  }

  const frame = frameOf(words, lang, text, tokens);
  // "Vi vil styrke trivslen blandt anbragte børn" → "Trivslen blandt anbragte børn, målt ved [indikator], stiger …"
  const restTime = frame ? trailingTime(words, lang, frame.rest.trim(), times) : undefined;
  if (frame?.np && !frame.actor && restTime && restTime.text === '') {
    const cut = restTime.time ? { text: frame.np.text, time: restTime.time } : trailingTime(words, lang, frame.np.text, times);
    const subject = measurableSubject(words, lang, { ...frame.np, text: cut.text });
    if (subject) {
      const partsWithTime = cut.time ? { ...parts, time: cut.time } : parts;
      const measured = subject.quantity ? '' : lang === 'da' ? `, målt ved ${words.placeholders.indicator},` : `, measured by ${words.placeholders.indicator},`;
      return withOwner('subject', `${subject.text}${measured} ${change(partsWithTime, frame.fall || subject.negative, subject.plural)}.`);
    }
  }
  const resultClause = tokens.some((t) => words.resultWords.has(t.word));
  // "Vi vil udvikle samarbejdet …" → "…, så [indikator] stiger …"
  if (frame && frame.kind !== 'nominal' && !resultClause) {
    const link = lang === 'da' ? `, så ${words.placeholders.indicator} ` : ` so that ${words.placeholders.indicator} `;
    return withOwner('so-that', `${upperFirst(text)}${link}${change(parts, frame.fall, false)}.`);
  }
  // Anything else that reads as a sentence or a heading: say when the goal is reached.
  const reached = lang === 'da' ? `Målet er nået, når ${words.placeholders.indicator} ` : `The goal is met when ${words.placeholders.indicator} `;
  const fall = frame?.fall === true;
  // A dated deliverable ("Der udarbejdes en retningslinje senest 1. marts 2026") is not a level that rises: fields say how it is checked.
  if (input.hasDeadline && frame === undefined) return fieldsOnly(true);
  const second = `${reached}${change(parts, fall, false, 'perfect')}.`;
  return withOwner('reached', input.headingOnly ? second : `${upperFirst(text)}. ${second}`);
}
