// Text helpers shared by the field-knowledge rules: sentences and words with Intl.Segmenter,
// Markdown tables by line, and inflection-tolerant term patterns. Everything here is linear
// in the length of its input (no regex with nested or adjacent unbounded quantifiers).
import type { GovDocument } from '../../engine/model/document.ts';
import type { Lang } from '../../engine/types.ts';

const sentenceSegmenters = new Map<Lang, Intl.Segmenter>();
const wordSegmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(cache: Map<Lang, Intl.Segmenter>, lang: Lang, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let found = cache.get(lang);
  if (!found) cache.set(lang, (found = new Intl.Segmenter(lang, { granularity })));
  return found;
}

// Abbreviations after which a period does not end a sentence, even before a capital
// ("jf. Barnets Lov § 20", "stk. 3", "f.eks. Familiehuset").
const ABBREVIATIONS = new Set([
  'jf', 'stk', 'nr', 'pkt', 'mdr', 'bl.a', 'f.eks', 'fx', 'ca', 'kl', 'inkl', 'evt', 'mht', 'vedr', 'iht', 'dvs', 'm.v', 'mv', 'osv', 'ift',
  'e.g', 'i.e', 'etc', 'no', 'approx', 'incl', 'cf', 'sec', 'art',
]);

function endsWithAbbreviation(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== '.') return false;
  let start = end - 1;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end - 1).toLowerCase();
  return ABBREVIATIONS.has(word);
}

/** Sentence spans of `text` (offsets into it), with abbreviation and lower-case continuations merged back. */
export function sentenceSpans(text: string, lang: Lang): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const segment of segmenter(sentenceSegmenters, lang, 'sentence').segment(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = spans[spans.length - 1];
    const first = segment.segment.trimStart()[0] ?? '';
    const continues = previous !== undefined && (endsWithAbbreviation(text.slice(previous.start, previous.end)) || !/\p{Lu}/u.test(first));
    if (previous && continues) previous.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/** Words of `text` (Intl.Segmenter, word-like segments only). */
export function words(text: string, lang: Lang): string[] {
  const found: string[] = [];
  for (const segment of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (segment.isWordLike) found.push(segment.segment);
  }
  return found;
}

/** Lines (1-based) that belong to a GFM table: the header row, the delimiter row and the body rows. */
export function tableLines(document: GovDocument): Set<number> {
  const { text, lineStarts } = document;
  const lines = new Set<number>();
  const lineText = (line: number): string => {
    const start = lineStarts[line - 1];
    if (start === undefined) return '';
    const next = lineStarts[line];
    return text.slice(start, next === undefined ? text.length : next).replace(/[\r\n]+$/, '');
  };
  for (let line = 2; line <= lineStarts.length; line++) {
    const row = lineText(line);
    if (!isDelimiterRow(row) || !lineText(line - 1).includes('|')) continue;
    lines.add(line - 1);
    lines.add(line);
    let body = line + 1;
    while (body <= lineStarts.length) {
      const next = lineText(body);
      if (next.trim() === '' || !next.includes('|')) break;
      lines.add(body++);
    }
    line = body;
  }
  return lines;
}

function isDelimiterRow(row: string): boolean {
  let dashes = 0;
  let pipes = 0;
  for (const ch of row) {
    if (ch === '-') dashes++;
    else if (ch === '|') pipes++;
    else if (ch !== ':' && ch !== ' ' && ch !== '\t') return false;
  }
  return dashes > 0 && pipes > 0;
}

/**
 * Turns a term of the data files into a regex source: `*` is any run of letters (inflection),
 * a space is a space or a hyphen, everything else is literal. Matches whole words only.
 */
export function termSource(term: string): string {
  const body = term
    .split('')
    .map((ch) => (ch === '*' ? '\\p{L}*' : ch === ' ' ? '[\\s\\-]+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** Removes Markdown inline syntax that is not prose: link targets and bare URLs. */
export function proseOf(text: string): string {
  return text.replace(/\]\([^)\s]*\)/g, ']').replace(/https?:\/\/[^\s)>\]]+/g, ' ');
}
