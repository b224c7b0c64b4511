import type { Section } from '../../engine/model/document.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Lang } from '../../engine/types.ts';
import { proseOf, sentenceSpans, tableLines, words } from './text.ts';

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

/** LIX of a list of prose blocks (each block ends at least one sentence). */
export function lixOf(blocks: readonly string[], lang: Lang): LixResult {
  let wordCount = 0;
  let sentenceCount = 0;
  let longWords = 0;
  for (const block of blocks) {
    const prose = proseOf(block);
    for (const span of sentenceSpans(prose, lang)) {
      const found = words(prose.slice(span.start, span.end), lang);
      if (found.length === 0) continue;
      sentenceCount++;
      wordCount += found.length;
      for (const word of found) if (letterCount(word) > 6) longWords++;
    }
  }
  const lix = wordCount === 0 ? 0 : wordCount / sentenceCount + (100 * longWords) / wordCount;
  return { lix, words: wordCount, sentences: sentenceCount, longWords };
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
    let blockIndex = 0;
    sections.forEach((section: Section, index) => {
      const bodyStart = section.headingRange.end.offset;
      const next = sections[index + 1];
      const bodyEnd = next ? next.headingRange.start.offset : section.range.end.offset;
      while (blockIndex < blocks.length && blocks[blockIndex]!.range.start.offset < bodyStart) blockIndex++;
      const own: string[] = [];
      let i = blockIndex;
      for (; i < blocks.length && blocks[i]!.range.start.offset < bodyEnd; i++) {
        const block = blocks[i]!;
        if (tables.has(block.range.start.line)) continue;
        own.push(block.text);
      }
      blockIndex = i;
      const result = lixOf(own, lang);
      const lix = Math.round(result.lix);
      if (result.words < MIN_WORDS || lix <= config.maxLix) return;
      context.report({
        messageId: 'hard',
        data: {
          section: section.title.length > 60 ? `${section.title.slice(0, 57)}…` : section.title,
          lix,
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
