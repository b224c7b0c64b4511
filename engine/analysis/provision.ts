// What a goal statement gives the person or helps them do, read as evidence for the goal's
// specificity (goal.ts): a named professional given ("You will have a personal adviser", "Barnet
// får en fast kontaktperson"), a defined thing given ("We will provide you with a laptop"), and a
// step the person is only helped to take ("help you prepare for independence"), which is not the
// service's own.
import { isProfessionalRole } from './actor.ts';
import type { PhraseMatch, Token } from './phrases.ts';
import type { Lang } from '../types.ts';

/** Verbs that give someone a named professional: "You will have a personal adviser", "Barnet får en fast kontaktperson", "There is a named Early Help Officer for every school". */
const ASSIGNING_VERBS: Record<Lang, ReadonlySet<string>> = {
  da: new Set(['får', 'få', 'har', 'have', 'tildeles', 'tildeler', 'tilknyttes', 'tilknytter', 'udpeges', 'udpeger', 'tilbydes']),
  en: new Set([
    'have',
    'has',
    'get',
    'gets',
    'provide',
    'provides',
    'allocate',
    'allocates',
    'allocated',
    'appoint',
    'appoints',
    'appointed',
    'assign',
    'assigns',
    'assigned',
    'give',
    'gives',
    'given',
    'is',
    'are',
  ]),
};
/** Words that introduce the professional given: an article, a possessive, "samme", "named", "designated". */
const ASSIGNED_DETERMINERS: Record<Lang, ReadonlySet<string>> = {
  da: new Set(['en', 'et', 'din', 'dit', 'sin', 'sit', 'deres', 'jeres', 'egen', 'fast', 'samme', 'den']),
  en: new Set(['a', 'an', 'your', 'their', 'his', 'her', 'own', 'same', 'the', 'named', 'designated', 'dedicated', 'allocated']),
};
/** Words between the verb and the professional given: who gets it, and "with" ("provide you with a personal adviser"). */
const RECIPIENT_WORDS = new Set(['you', 'them', 'him', 'her', 'with', 'also', 'always', 'now', 'du', 'dig', 'i', 'jer', 'de', 'dem', 'også', 'altid', 'nu']);
/** A professional who is a person, not an institution: "rådgiver", "kontaktperson", "personal adviser", "teacher". */
const PERSON_ROLE: Record<Lang, RegExp> = {
  da: /(?:er|eren|person|personen|mentor|mentoren|tor|toren|ent|enten|og|ogen|erske|ersken)$/u,
  en: /(?:er|or|ist|person|mentor|pa|iro|officer|worker|nurse|lead|senco|dsl|keyworker|navigator)$/u,
};

/**
 * Where the professional the statement gives someone ends ("Du får en fast rådgiver", "We must
 * provide you with a personal adviser from your 18th birthday"), or -1 when it gives none.
 */
export function assignedProfessionalEnd(tokens: readonly Token[], lang: Lang, until: number): number {
  const verbs = ASSIGNING_VERBS[lang];
  const determiners = ASSIGNED_DETERMINERS[lang];
  for (let i = 0; i < tokens.length && tokens[i]!.end <= until; i++) {
    if (!verbs.has(tokens[i]!.word)) continue;
    // The verb, then (after the one who gets it: "provide you with") a determiner, up to three more words, and the professional.
    for (let d = i + 1; d < Math.min(tokens.length, i + 5); d++) {
      if (!determiners.has(tokens[d]!.word)) {
        if (RECIPIENT_WORDS.has(tokens[d]!.word)) continue;
        break;
      }
      const end = professionalEnd(tokens, d + 1, d + 5, lang);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** Where the first professional who is a person ends among the tokens from `from` up to `to` (and up to the text index `until`), or -1. */
function professionalEnd(tokens: readonly Token[], from: number, to: number, lang: Lang, until = Infinity): number {
  for (let r = from; r < Math.min(tokens.length, to); r++) {
    const word = tokens[r]!.word;
    if (tokens[r]!.end > until) break;
    if (PERSON_ROLE[lang].test(word) && isProfessionalRole(word, lang)) return tokens[r]!.end;
  }
  return -1;
}

/** Verbs of getting what a professional gives: "You can receive support from your personal adviser", "ask for support from …". */
const GETTING = new Set(['receive', 'receives', 'get', 'gets', 'access', 'ask', 'modtage', 'modtager', 'få', 'får']);
/** What a named professional gives: support, help, advice. */
const GIVEN_HELP = new Set(['support', 'help', 'advice', 'guidance', 'støtte', 'hjælp', 'rådgivning', 'vejledning']);
const FROM = new Set(['from', 'fra']);

/**
 * The person gets support from a named professional ("You can receive support from your personal
 * adviser up to your 25th birthday", "you can ask for support from your Young Person Adviser"):
 * who gives it is named, so the support is theirs to give.
 */
export function supportFromProfessional(tokens: readonly Token[], lang: Lang, until: number): boolean {
  for (let i = 0; i + 3 < tokens.length && tokens[i]!.end <= until; i++) {
    if (!GETTING.has(tokens[i]!.word)) continue;
    // "receive support", "ask for support", "get help".
    let k = i + 1;
    if (tokens[k]?.word === 'for') k++;
    if (!GIVEN_HELP.has(tokens[k]?.word ?? '') || !FROM.has(tokens[k + 1]?.word ?? '')) continue;
    const determiner = tokens[k + 2];
    if (!determiner || !ASSIGNED_DETERMINERS[lang].has(determiner.word)) continue;
    if (professionalEnd(tokens, k + 3, k + 6, lang, until) >= 0) return true;
  }
  return false;
}

/** "help" as a verb, and what may stand between it and the verb of what the person is helped to do ("help you to prepare"). */
const HELP = new Set(['help', 'helps', 'helping', 'hjælpe', 'hjælper']);
const HELPED = new Set(['you', 'them', 'him', 'her', 'to', 'dig', 'jer', 'dem', 'med', 'at']);
/** Words before "help" as a verb: a modal, a subject, "to" ("we will help", "is there to help"); not a noun ("Early Help offer", "self-help"). */
const HELP_AFTER = new Set(['will', 'to', 'can', 'may', 'should', 'must', 'we', 'they', 'i', 'll', 'also', 'and', 'or', 'skal', 'vil', 'kan', 'vi', 'at', 'og']);

/**
 * A procedure verb the person is helped to do ("help you prepare for independence", "help plan your
 * care") is the person's doing, not a step the service takes. `clauses` has a line break where a
 * heading meets its paragraph, so a list item that opens with "help" is read as opening its sentence.
 */
export function helpedVerb(found: PhraseMatch, tokens: readonly Token[], clauses: string): boolean {
  const at = tokens.findIndex((t) => t.end >= found.localEnd - found.text.length + 1);
  let k = at - 1;
  while (k >= 0 && k >= at - 3 && HELPED.has(tokens[k]!.word)) k--;
  if (k < 0 || !HELP.has(tokens[k]!.word)) return false;
  const before = tokens[k - 1];
  return before === undefined || HELP_AFTER.has(before.word) || /[.:!?\n]/u.test(clauses.slice(before.end, tokens[k]!.start));
}

/** "help" as a verb after the document offset `from` and before the text index `until` ("Your PA will help you consider your options"). */
export function helpsAfter(tokens: readonly Token[], map: (i: number) => number, from: number, until: number): boolean {
  return tokens.some((t, k) => HELP.has(t.word) && map(t.start) > from && t.end <= until && k > 0 && HELP_AFTER.has(tokens[k - 1]!.word));
}

/** English verbs of giving something to the person: "We will provide you with a laptop", "we'll give you one point of contact". */
const PROVIDING = new Set(['provide', 'provides', 'give', 'gives', 'offer', 'offers']);
/** Words before a verb of giving: a modal, a subject, "to", "also". */
const PROVIDING_AFTER = new Set(['will', 'll', 'can', 'must', 'shall', 'we', 'they', 'to', 'also', 'always', 'and', 'then']);
/** Words between the verb and the thing given ("provide you with a", "give them the"). */
const GIVEN_TO = new Set(['you', 'them', 'him', 'her', 'your', 'their', 'with', 'a', 'an', 'the', 'one', 'each', 'every', 'all']);
/** What is given but names no defined thing: support, help, advice, opportunities, a chance; "give up". */
const NO_THING = new Set(['support', 'help', 'advice', 'guidance', 'opportunity', 'opportunities', 'chance', 'chances', 'up', 'assistance', 'encouragement']);

/** The statement gives the person a defined thing, with no vague or evaluative word ("We will provide you with a laptop if you do not have one"). */
export function givesThing(tokens: readonly Token[], until: number): boolean {
  for (let i = 1; i < tokens.length && tokens[i]!.end <= until; i++) {
    if (!PROVIDING.has(tokens[i]!.word) || !PROVIDING_AFTER.has(tokens[i - 1]!.word)) continue;
    let k = i + 1;
    while (k < tokens.length && GIVEN_TO.has(tokens[k]!.word)) k++;
    const thing = tokens[k];
    if (thing && thing.end <= until && !NO_THING.has(thing.word)) return true;
  }
  return false;
}
