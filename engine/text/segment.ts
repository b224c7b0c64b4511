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
 */
const FAST_WORD = /(?:[\p{L}\d_]|(?<=\p{L})[.:'\u2018\u2019\u00B7](?=\p{L})|(?<=\d)[.,;'\u2018\u2019](?=\d))+/gu;

/** Word-like segments of `text` with their offsets, in one linear pass. */
export function wordSegments(text: string, lang: Lang): WordSegment[] {
  if (!OUTSIDE_FAST_PATH.test(text)) return fastWordSegments(text);
  return segmentedWords(text, lang);
}

function fastWordSegments(text: string): WordSegment[] {
  const found: WordSegment[] = [];
  FAST_WORD.lastIndex = 0;
  for (let m = FAST_WORD.exec(text); m; m = FAST_WORD.exec(text)) {
    const word = m[0];
    if (word === '_') continue;
    found.push({ word, start: m.index, end: m.index + word.length });
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
