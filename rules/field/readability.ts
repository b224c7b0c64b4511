import type { Section } from '../../engine/model/document.ts';
import { z } from 'zod';
import { ruleOptions, type DocumentRule } from '../../engine/rule.ts';
import { BoundedCache } from '../../engine/text/bounded-cache.ts';
import { chunkSpans } from '../../engine/text/segment.ts';
import type { Lang } from '../../engine/types.ts';
import { joinBlocks, proseOf, sentenceSpans, tableLines, wordSpans } from './support/text.ts';

// LIX, the Danish standard readability index: words per sentence + 100 × the share of words
// longer than 6 letters. Below 25 very easy, 35 easy, 45 medium, 55 hard, above 55 very hard.
// Policies are read by politicians and citizens (seed 003: "et sprog, der er klart og tydeligt").

/** Sections with fewer words than this are too short for a meaningful index. */
export const MIN_WORDS = 30;

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

/**
 * Counts per group of prose blocks (a group is a section), in one segmentation pass over all
 * of them: each block ends at least one sentence, and a sentence never spans two blocks.
 */
export function countByGroup(blocks: readonly string[], groupOf: readonly number[], groups: number, lang: Lang): Array<Omit<LixResult, 'lix'>> {
  const counts = Array.from({ length: groups }, () => ({ words: 0, sentences: 0, longWords: 0 }));
  if (blocks.length === 0) return counts;
  const joined = joinBlocks(blocks.map(proseOf));
  const sentences = sentenceSpans(joined.text, lang);
  const words = wordSpans(joined.text, lang);
  let block = 0;
  let word = 0;
  for (const sentence of sentences) {
    while (block + 1 < joined.starts.length && joined.starts[block + 1]! <= sentence.start) block++;
    const group = counts[groupOf[block] ?? 0]!;
    let found = 0;
    while (word < words.length && words[word]!.start < sentence.end) {
      if (words[word]!.start >= sentence.start) {
        found++;
        if (letterCount(words[word]!.word) > 6) group.longWords++;
      }
      word++;
    }
    if (found > 0) {
      group.sentences++;
      group.words += found;
    }
  }
  return counts;
}

type Counts = Omit<LixResult, 'lix'>;

/** Bounds of the per-block caches: a few thousand paragraphs, and at most this many characters of keys. */
export const BLOCK_CACHE_ENTRIES = 4000;
const BLOCK_CACHE_CHARS = 2_000_000;

/** A block's counts for one language and one offset in its segmentation chunk (when that matters). */
interface BlockCounts {
  lang: Lang;
  offset: number;
  counts: Counts;
}

/**
 * Counts of one block by its text (the same string `blockRuns` looked up, so its hash is known),
 * for the language and offset they were counted with.
 */
export const blockCountsCache = new BoundedCache<string, BlockCounts>(BLOCK_CACHE_ENTRIES, BLOCK_CACHE_CHARS);
/** Runs of letters or digits of one block by its text. */
const runsCache = new BoundedCache<string, number>(BLOCK_CACHE_ENTRIES, BLOCK_CACHE_CHARS);

/**
 * The same counts as `countByGroup`, computed block by block and cached by each block's text,
 * so an edit re-segments only the edited paragraph.
 *
 * Why block by block gives the same numbers: blocks are joined by "\n", a hard break for both
 * word and sentence segmentation, so each block's words and sentences do not depend on its
 * neighbours, and counts add up. The one exception is the chunking of long texts (see
 * engine/text/segment.ts): a block that a chunk boundary of the joined text cuts inside is
 * segmented as it would be there, with its offset in that chunk as part of its key (a filler of
 * spaces in front reproduces the chunk's cut positions; the filler holds no words).
 */
export function countByGroupCached(blocks: readonly string[], groupOf: readonly number[], groups: number, lang: Lang): Counts[] {
  const counts = Array.from({ length: groups }, () => ({ words: 0, sentences: 0, longWords: 0 }));
  if (blocks.length === 0) return counts;
  // Chunk boundaries of the joined text, as countByGroup would cut it.
  const joined = joinBlocks(blocks.map(proseOf));
  const chunks = chunkSpans(joined.text);
  let chunk = 0;
  blocks.forEach((block, i) => {
    const start = joined.starts[i]!;
    const end = i + 1 < blocks.length ? joined.starts[i + 1]! - 1 : joined.text.length;
    while (chunk + 1 < chunks.length && chunks[chunk]!.end <= start) chunk++;
    const span = chunks[chunk];
    // Cut inside the block: its offset in the chunk decides where; otherwise the block stands alone.
    const offset = span && span.end < end ? start - span.start : 0;
    const found = blockCounts(block, offset, lang);
    const group = counts[groupOf[i] ?? 0]!;
    group.words += found.words;
    group.sentences += found.sentences;
    group.longWords += found.longWords;
  });
  return counts;
}

function blockCounts(block: string, offset: number, lang: Lang): Counts {
  const cached = blockCountsCache.get(block);
  if (cached && cached.lang === lang && cached.offset === offset) return cached.counts;
  const counts = offset > 0 ? countByGroup([' '.repeat(offset - 1), block], [0, 1], 2, lang)[1]! : countByGroup([block], [0], 1, lang)[0]!;
  blockCountsCache.set(block, { lang, offset, counts }, block.length);
  return counts;
}

function blockRuns(block: string): number {
  let runs = runsCache.get(block);
  if (runs === undefined) {
    runs = alphanumericRuns(block);
    runsCache.set(block, runs, block.length);
  }
  return runs;
}

function lix(counts: Omit<LixResult, 'lix'>): number {
  return counts.words === 0 ? 0 : counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** LIX of a list of prose blocks (each block ends at least one sentence). */
export function lixOf(blocks: readonly string[], lang: Lang): LixResult {
  const [counts] = countByGroup(
    blocks,
    blocks.map(() => 0),
    1,
    lang,
  );
  return { lix: lix(counts!), ...counts! };
}

function alphanumericRuns(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) count++;
  return count;
}

const LETTER = /\p{L}/u;

/** Letters of `word` (`\p{L}`, by code point); ASCII is told by its code, without a regular expression per character. */
function letterCount(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) count++;
      continue;
    }
    const point = word.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) count++;
  }
  return count;
}

/** The LIX above which a section is reported, unless `readability.maxLix` says otherwise. */
export const DEFAULT_MAX_LIX = 55;

const options = ruleOptions(
  {
    readability: z
      .strictObject({
        maxLix: z.number().positive().optional().describe(`Highest LIX a section may have (default ${DEFAULT_MAX_LIX}); raise it for technical guidelines, lower it for texts for citizens.`),
      })
      .optional()
      .describe('Options of the readability index.'),
  },
  (values) => ({ maxLix: values.readability?.maxLix ?? DEFAULT_MAX_LIX }),
);

export const readability: DocumentRule<{ maxLix: number }> = {
  meta: {
    id: 'readability',
    family: 'field',
    defaultSeverity: 'info',
    description: {
      da: 'Et afsnit er svært at læse: dets LIX-tal er over grænsen (standard 55).',
      en: 'A section is hard to read: its LIX readability index is above the limit (default 55).',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      hard: {
        da: 'Afsnittet "{section}" har LIX {lix} (grænse {max}): {perSentenceDa} ord pr. sætning og {longShare} % lange ord. Skriv kortere sætninger og vælg kortere ord.',
        en: 'The section "{section}" has a LIX of {lix} (limit {max}): {perSentenceEn} words per sentence and {longShare}% long words. Write shorter sentences and choose shorter words.',
      },
    },
    options,
  },
  check(context) {
    const { document, lang } = context;
    const { maxLix } = context.options;
    const sections = document.allSections;
    if (sections.length === 0) return;
    const tables = tableLines(document);
    const blocks = document.textBlocks;
    // Each section's own text: from the end of its heading to the start of the next heading.
    const texts: string[] = [];
    const groupOf: number[] = [];
    let blockIndex = 0;
    sections.forEach((section: Section, index) => {
      const bodyStart = section.headingRange.end.offset;
      const next = sections[index + 1];
      const bodyEnd = next ? next.headingRange.start.offset : section.range.end.offset;
      while (blockIndex < blocks.length && blocks[blockIndex]!.range.start.offset < bodyStart) blockIndex++;
      const own: string[] = [];
      let runs = 0;
      for (; blockIndex < blocks.length && blocks[blockIndex]!.range.start.offset < bodyEnd; blockIndex++) {
        const block = blocks[blockIndex]!;
        if (tables.has(block.range.start.line)) continue;
        own.push(block.text);
        runs += blockRuns(block.text);
      }
      // Every word holds at least one run of letters or digits: fewer runs, too few words to measure.
      if (runs < MIN_WORDS) return;
      for (const text of own) {
        texts.push(text);
        groupOf.push(index);
      }
    });
    const counts = countByGroupCached(texts, groupOf, sections.length, lang);
    sections.forEach((section, index) => {
      const result = counts[index]!;
      const value = Math.round(lix(result));
      if (result.words < MIN_WORDS || value <= maxLix) return;
      context.report({
        messageId: 'hard',
        data: {
          section: section.title.length > 60 ? `${section.title.slice(0, 57)}…` : section.title,
          lix: value,
          max: maxLix,
          perSentenceDa: formatNumber(result.words / result.sentences, 'da'),
          perSentenceEn: formatNumber(result.words / result.sentences, 'en'),
          longShare: Math.round((100 * result.longWords) / result.words),
        },
        range: section.headingRange,
      });
    });
  },
};

function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === 'da' ? text.replace('.', ',') : text;
}
