// Lexicon phrases found in a text by stem, word by word: vague verbs, hedges, evaluative words,
// procedure and deliverable verbs. A phrase does not run across a sentence end or a clause break.
import { wordSegments } from '../text/segment.ts';
import { wordMatches, type CompiledLexicon, type CompiledPhrase } from './lexicon.ts';

/** A lexicon phrase found: its text and document offsets, the entry, and its end in the searched text. */
export interface PhraseMatch {
  text: string;
  start: number;
  end: number;
  phrase: string;
  localEnd: number;
}

export interface VagueFilter {
  /** The statement sets a deadline, so a deliverable ("udvikle en model") is concrete. */
  hasDeadline: boolean;
}

export type Token = { word: string; stem: string; start: number; end: number };

/** The words of `text` as `wordsOf` gives them (lower-cased, with offsets), each with its stem. */
export function tokenize(text: string, lexicon: CompiledLexicon): Token[] {
  const tokens: Token[] = [];
  for (const segment of wordSegments(text, lexicon.lang)) {
    const word = segment.word.toLowerCase();
    tokens.push({ word, start: segment.start, end: segment.end, stem: lexicon.stem(word) });
  }
  return tokens;
}

/** Whether the text between two words ends a sentence or a clause (other than with a comma): a phrase does not run across it. */
function breaksPhrase(text: string, from: number, to: number): boolean {
  // One space, as between most words, breaks nothing.
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  const gap = text.slice(from, to);
  return /[.!?;:\n]/.test(gap) && /[.!?;:\n]\s*$/u.test(gap.replace(/\n(?!\s*\n)/g, ' '));
}

export function findPhrases(
  text: string,
  words: readonly Token[],
  lexicon: CompiledLexicon,
  index: Map<string, CompiledPhrase[]>,
  map: (i: number) => number,
  source: string,
  vagueFilter?: VagueFilter,
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  // Only white space between two words (most often one space).
  const joined = (a: { end: number } | undefined, b: { start: number } | undefined): boolean =>
    a !== undefined && b !== undefined && ((b.start - a.end === 1 && text.charCodeAt(a.end) === 32) || /^\s+$/u.test(text.slice(a.end, b.start)));
  const isNotVague = (i: number): boolean => {
    if (!vagueFilter) return false;
    const token = words[i]!;
    if (lexicon.vagueExceptForms.has(token.word)) return true;
    const previous = words[i - 1];
    if (previous && joined(previous, token) && lexicon.vagueNotAfter.has(previous.word)) return true;
    if (previous && joined(previous, token) && lexicon.vagueNounAfter.get(token.stem)?.has(previous.word)) return true;
    const next = words[i + 1];
    if (next && joined(token, next) && lexicon.vagueNotBefore.get(token.stem)?.has(next.word)) return true;
    return vagueFilter.hasDeadline && next !== undefined && joined(token, next) && lexicon.deliverableMarkers.has(next.word);
  };
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]!.stem);
    if (!candidates) continue;
    for (const phrase of candidates) {
      let ok = phrase.words.length <= words.length - i;
      for (let k = 0; ok && k < phrase.words.length; k++) {
        const token = words[i + k]!;
        ok = wordMatches(token.word, token.stem, phrase.words[k]!);
        // A phrase does not run across a sentence end or a clause break other than a comma.
        if (ok && k > 0 && breaksPhrase(text, words[i + k - 1]!.end, token.start)) ok = false;
      }
      if (!ok) continue;
      if (phrase.words.length === 1 && isNotVague(i)) break;
      const start = words[i]!.start;
      const end = words[i + phrase.words.length - 1]!.end;
      found.push({ text: source.slice(start, end), start: map(start), end: map(end), phrase: phrase.text, localEnd: end });
      i += phrase.words.length - 1;
      break;
    }
  }
  return found;
}
