import { describe, expect, it } from 'vitest';
import { chunkSpans, FAST_WORD, fastWordSegments, segmentedWords, wordSegments } from './segment.ts';

describe('segmentation in bounded chunks', () => {
  it('finds the same words as one pass over the whole text, with offsets into it', () => {
    const text = 'Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger.\n'.repeat(40);
    const whole = [...new Intl.Segmenter('da', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => [s.segment, s.index]);
    expect(segmentedWords(text, 'da').map((w) => [w.word, w.start])).toEqual(whole);
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
    expect(segmentedWords('senest '.repeat(25_000), 'da')).toHaveLength(25_000);
  });

  it('finds on Latin text exactly the words Intl.Segmenter finds (random text, both languages)', () => {
    // Letters, digits and every joiner and separator the fast path treats specially.
    const alphabet = [...'aæøåAÆØÅbxzéüßĀžƏǅªµ0123456789 _.,;:\'’‘·-–—"“”()/\n\t%§!?&²½×\u00a0¿«»°…•€„'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let mismatches = 0;
    for (const lang of ['da', 'en'] as const) {
      for (let i = 0; i < 20_000; i++) {
        const length = 1 + Math.floor(random() * 30);
        let text = '';
        for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
        if (JSON.stringify(wordSegments(text, lang)) !== JSON.stringify(segmentedWords(text, lang))) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('finds character by character the runs of the fast path expression (random text of every character it accepts)', () => {
    const accepted = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
    const alphabet = [...'\t\n\r', ...accepted(0x20, 0x7e), ...accepted(0xa0, 0xac), ...accepted(0xae, 0x24f), ...accepted(0x2010, 0x2015), ...accepted(0x2018, 0x201f), '\u2022', '\u2026', '\u20ac'];
    // Joiners and word characters often, so runs and joins are common.
    const frequent = [...".:,;'‘’·_aZ09æ"];
    const byExpression = (text: string) => [...text.matchAll(FAST_WORD)].filter((m) => m[0] !== '_').map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let mismatches = 0;
    for (let i = 0; i < 30_000; i++) {
      const length = 1 + Math.floor(random() * 24);
      let text = '';
      for (let k = 0; k < length; k++) {
        const pool = random() < 0.5 ? frequent : alphabet;
        text += pool[Math.floor(random() * pool.length)];
      }
      if (JSON.stringify(fastWordSegments(text)) !== JSON.stringify(byExpression(text))) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(fastWordSegments("a.b 1,5 x'y _ __ z·w 2.a")).toEqual(byExpression("a.b 1,5 x'y _ __ z·w 2.a"));
  });

  it('joins words across the same marks as Intl.Segmenter', () => {
    const text = "Barnets 1.000,5 kr. f.eks. 9.-klasse, S3's R1’s mor's kl.8 snake_case __ _ a:b 10;000 12'000";
    expect(wordSegments(text, 'da')).toEqual(segmentedWords(text, 'da'));
    expect(wordSegments(text, 'da').map((w) => w.word)).toEqual([
      'Barnets',
      '1.000,5',
      'kr',
      'f.eks',
      '9',
      'klasse',
      'S3',
      's',
      'R1',
      's',
      "mor's",
      'kl',
      '8',
      'snake_case',
      '__',
      'a:b',
      '10;000',
      "12'000",
    ]);
  });

  it('leaves text outside the fast path (other scripts, a soft hyphen, combining marks) to Intl.Segmenter', () => {
    for (const text of ['bør\u00ADne og unge', 'Ελληνικά και dansk', '子ども 2027', 'cafe\u0301 og te', 'smil 😀 i dag']) {
      expect(wordSegments(text, 'da')).toEqual(segmentedWords(text, 'da'));
    }
    expect(wordSegments('bør\u00ADne', 'da').map((w) => w.word)).toEqual(['bør\u00ADne']);
  });
});
