import { describe, expect, it } from 'vitest';
import { AFTER_NUMBER_OR_WORD, bounded, boundedMatches, boundedTest } from './bounded-pattern.ts';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);

describe('bounded patterns', () => {
  it('find what the same pattern with a leading lookbehind finds', () => {
    const body = '(?:andel\\p{L}*|børn(?:e)?|halvdelen)(?![\\p{L}\\p{N}])';
    const withLookbehind = new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'giu');
    const pattern = bounded(body, 'giu');
    for (const text of ['Andelen af børn', 'forandelen; andele, børnene, XBørn børne', 'halvdelen halvdelene 3halvdelen', 'æandel andel', '𝐀andel 𝐀 andel', '']) {
      expect(spans(boundedMatches(pattern, text))).toEqual(spans(text.matchAll(withLookbehind)));
    }
  });

  it('skips a candidate inside a word and finds the next one', () => {
    // In "xandel andelen" the first candidate follows a letter: not a match, and the search goes on after it.
    const pattern = bounded('andel\\p{L}*', 'giu');
    expect(spans(boundedMatches(pattern, 'xandel andelen'))).toEqual([[7, 'andelen']]);
    expect(boundedTest(pattern, 'xandel')).toBe(false);
    expect(boundedTest(pattern, 'xandel andel')).toBe(true);
  });

  it('takes its own set of characters that may not come before a match', () => {
    const pattern = bounded('\\d+ %', 'gu', AFTER_NUMBER_OR_WORD);
    expect(spans(boundedMatches(pattern, '1,50 % og 50 % og a7 %'))).toEqual([[10, '50 %']]);
  });

  it('can be used again after a test stopped half-way', () => {
    const pattern = bounded('børn', 'giu');
    expect(boundedTest(pattern, 'børn og børn')).toBe(true);
    expect(spans(boundedMatches(pattern, 'børn og børn'))).toEqual([
      [0, 'børn'],
      [8, 'børn'],
    ]);
  });
});
