// Words and sentences with Intl.Segmenter, in bounded chunks. V8's segmenter spends time
// proportional to the whole input on every segment it yields (quadratic: a 170,000-character
// line took minutes), so a long text is segmented in chunks of at most CHUNK characters, cut
// after a line break, else after a space or tab, so no word is split on ordinary text.
//
// Words have a fast path: on text made only of Latin letters, digits and common punctuation
// (every Danish and English document), the Unicode word-boundary rules (UAX #29, as ICU applies
// them) come down to one regular expression, about eight times faster than the segmenter. Any
// other character (another script, combining marks, a soft hyphen, emoji) sends the text
// through Intl.Segmenter. The test compares both on random text.
import type { Lang } from '../types.ts';

const CHUNK = 512;

const segmenters = new Map<string, Intl.Segmenter>();

/** One cached segmenter per language and granularity. */
export function segmenterFor(lang: Lang, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let found = segmenters.get(key);
  if (!found) segmenters.set(key, (found = new Intl.Segmenter(lang, { granularity })));
  return found;
}

/** Chunks of at most CHUNK characters, cut after a line break, else after a space, else hard. */
export function chunkSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const floor = start + (CHUNK >> 1);
      let cut = -1;
      for (let i = end; i > floor; i--) {
        if (text[i - 1] === '\n') {
          cut = i;
          break;
        }
      }
      if (cut < 0) {
        for (let i = end; i > floor; i--) {
          if (text[i - 1] === ' ' || text[i - 1] === '\t') {
            cut = i;
            break;
          }
        }
      }
      if (cut > 0) end = cut;
    }
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

export interface WordSegment {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

/**
 * Characters the fast path knows the word-boundary class of: tab and line breaks, printable
 * ASCII, Latin-1 without the soft hyphen (a format character words ignore), Latin Extended-A
 * and -B, and the dashes, quotes, bullet, ellipsis and euro sign of ordinary prose.
 */
const OUTSIDE_FAST_PATH = /[^\t\n\r\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2015\u2018-\u201F\u2022\u2026\u20AC]/u;

/**
 * A word under UAX #29 for those characters (ICU's rules): letters, digits and `_` run together
 * (WB5, WB8–WB10, WB13); `.`, `:`, `'`, `‘`, `’` and `·` join two letters (WB6/7); `.`, `,`,
 * `;`, `'`, `‘`, `’` join two digits (WB11/12). Every such run is word-like but a lone `_`.
 * `fastWordSegments` finds the same runs as this expression, character by character.
 */
export const FAST_WORD = /(?:[\p{L}\d_]|(?<=\p{L})[.:'\u2018\u2019\u00B7](?=\p{L})|(?<=\d)[.,;'\u2018\u2019](?=\d))+/gu;

const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;

/**
 * The class of every code unit up to Latin Extended-B: a letter (`\p{L}`), an ASCII digit, `_`,
 * or none (0). The fast path's characters above it (dashes, quotes, bullet, ellipsis, euro sign)
 * are none of these.
 */
const WORD_CLASS = (() => {
  const classes = new Uint8Array(0x250);
  const letter = /\p{L}/u;
  for (let code = 0; code < classes.length; code++) {
    const char = String.fromCharCode(code);
    classes[code] = letter.test(char) ? LETTER : code >= 0x30 && code <= 0x39 ? DIGIT : code === 0x5f ? UNDERSCORE : 0;
  }
  return classes;
})();

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < WORD_CLASS.length ? WORD_CLASS[code]! : 0;
}

/** `.`, `:`, `'`, `‘`, `’`, `·`: join two letters. */
function joinsLetters(code: number): boolean {
  return code === 0x2e || code === 0x3a || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0xb7;
}

/** `.`, `,`, `;`, `'`, `‘`, `’`: join two digits. */
function joinsDigits(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x27 || code === 0x2018 || code === 0x2019;
}

/** Word-like segments of `text` with their offsets, in one linear pass. */
export function wordSegments(text: string, lang: Lang): WordSegment[] {
  if (!OUTSIDE_FAST_PATH.test(text)) return fastWordSegments(text);
  return segmentedWords(text, lang);
}

/**
 * The runs of `FAST_WORD` in text the fast path accepts. A run starts at a letter, digit or `_`
 * (a joiner right after one of these is taken into the run before it, or joins nothing) and
 * takes every following letter, digit or `_`, and every joiner between two letters or two digits.
 */
export function fastWordSegments(text: string): WordSegment[] {
  const found: WordSegment[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (classAt(text, at) === 0) {
      at++;
      continue;
    }
    const start = at++;
    while (at < length) {
      const kind = classAt(text, at);
      if (kind !== 0) {
        at++;
        continue;
      }
      const code = text.charCodeAt(at);
      const before = classAt(text, at - 1);
      const after = at + 1 < length ? classAt(text, at + 1) : 0;
      if ((before === LETTER && after === LETTER && joinsLetters(code)) || (before === DIGIT && after === DIGIT && joinsDigits(code))) {
        at++;
        continue;
      }
      break;
    }
    if (at - start === 1 && text.charCodeAt(start) === 0x5f) continue;
    found.push({ word: text.slice(start, at), start, end: at });
  }
  return found;
}

/** Word-like segments by Intl.Segmenter (exported for the test that holds the fast path to it). */
export function segmentedWords(text: string, lang: Lang): WordSegment[] {
  const segmenter = segmenterFor(lang, 'word');
  const found: WordSegment[] = [];
  for (const chunk of chunkSpans(text)) {
    const slice = chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end);
    for (const segment of segmenter.segment(slice)) {
      if (!segment.isWordLike) continue;
      const start = chunk.start + segment.index;
      found.push({ word: segment.segment, start, end: start + segment.segment.length });
    }
  }
  return found;
}
