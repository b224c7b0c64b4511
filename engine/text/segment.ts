// Words and sentences with Intl.Segmenter, in bounded chunks. V8's segmenter spends time
// proportional to the whole input on every segment it yields (quadratic: a 170,000-character
// line took minutes), so a long text is segmented in chunks of at most CHUNK characters, cut
// after a line break, else after a space or tab, so no word is split on ordinary text.
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

/** Word-like segments of `text` with their offsets, in one linear pass. */
export function wordSegments(text: string, lang: Lang): WordSegment[] {
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
