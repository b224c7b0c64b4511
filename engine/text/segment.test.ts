import { describe, expect, it } from 'vitest';
import { chunkSpans, wordSegments } from './segment.ts';

describe('segmentation in bounded chunks', () => {
  it('finds the same words as one pass over the whole text, with offsets into it', () => {
    const text = 'Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger.\n'.repeat(40);
    const whole = [...new Intl.Segmenter('da', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => [s.segment, s.index]);
    expect(wordSegments(text, 'da').map((w) => [w.word, w.start])).toEqual(whole);
    for (const w of wordSegments(text, 'da')) expect(text.slice(w.start, w.end)).toBe(w.word);
  });

  it('cuts chunks after a line break or a space, never inside a word, and covers the text', () => {
    const text = `${'styrke '.repeat(300)}\n${'x'.repeat(2000)}`;
    const spans = chunkSpans(text);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(512);
    // Inside the run of words, every cut falls after a space.
    for (const span of spans.filter((s) => s.end < 2100)) expect(/[ \n]/.test(text[span.end - 1]!)).toBe(true);
  });

  it('handles a 170,000-character line of repeated words (quadratic in one pass)', () => {
    expect(wordSegments('senest '.repeat(25_000), 'da')).toHaveLength(25_000);
  });
});
