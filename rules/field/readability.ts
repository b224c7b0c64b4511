import type { Section } from '../../engine/model/document.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Lang } from '../../engine/types.ts';
import { joinBlocks, proseOf, sentenceSpans, tableLines, wordSpans } from './text.ts';

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

function lix(counts: Omit<LixResult, 'lix'>): number {
  return counts.words === 0 ? 0 : counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** LIX of a list of prose blocks (each block ends at least one sentence). */
export function lixOf(blocks: readonly string[], lang: Lang): LixResult {
  const [counts] = countByGroup(blocks, blocks.map(() => 0), 1, lang);
  return { lix: lix(counts!), ...counts! };
}

function alphanumericRuns(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) count++;
  return count;
}

function letterCount(word: string): number {
  let count = 0;
  for (const ch of word) if (/\p{L}/u.test(ch)) count++;
  return count;
}

export const readability: Rule = {
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
  },
  check(context) {
    const { document, config, lang } = context;
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
        runs += alphanumericRuns(block.text);
      }
      // Every word holds at least one run of letters or digits: fewer runs, too few words to measure.
      if (runs < MIN_WORDS) return;
      for (const text of own) {
        texts.push(text);
        groupOf.push(index);
      }
    });
    const counts = countByGroup(texts, groupOf, sections.length, lang);
    sections.forEach((section, index) => {
      const result = counts[index]!;
      const value = Math.round(lix(result));
      if (result.words < MIN_WORDS || value <= config.maxLix) return;
      context.report({
        messageId: 'hard',
        data: {
          section: section.title.length > 60 ? `${section.title.slice(0, 57)}…` : section.title,
          lix: value,
          max: config.maxLix,
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
