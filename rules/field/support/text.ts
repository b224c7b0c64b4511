// Text helpers shared by the field-knowledge rules: sentences and words with Intl.Segmenter,
// Markdown tables by line, and inflection-tolerant term patterns. Everything here is linear
// in the length of its input (no regex with nested or adjacent unbounded quantifiers).
import type { GovDocument } from '../../../engine/model/document.ts';
import { chunkSpans, segmenterFor, wordSegments } from '../../../engine/text/segment.ts';
import type { Lang } from '../../../engine/types.ts';

// Abbreviations after which a period does not end a sentence, even before a capital
// ("jf. Barnets Lov § 20", "stk. 3", "f.eks. Familiehuset").
const ABBREVIATIONS = new Set([
  'jf',
  'stk',
  'nr',
  'pkt',
  'mdr',
  'bl.a',
  'f.eks',
  'fx',
  'ca',
  'kl',
  'inkl',
  'evt',
  'mht',
  'vedr',
  'iht',
  'dvs',
  'm.v',
  'mv',
  'osv',
  'ift',
  'e.g',
  'i.e',
  'etc',
  'no',
  'approx',
  'incl',
  'cf',
  'sec',
  'art',
]);

function endsWithAbbreviation(segment: string): boolean {
  let end = segment.length;
  while (end > 0 && /\s/.test(segment[end - 1]!)) end--;
  if (segment[end - 1] !== '.') return false;
  let start = end - 1;
  while (start > 0 && /[\p{L}.]/u.test(segment[start - 1]!)) start--;
  return ABBREVIATIONS.has(segment.slice(start, end - 1).toLowerCase());
}

/** True when the segment ends in a line break (plus spaces): blocks joined by "\n" never share a sentence. */
function endsWithLineBreak(segment: string): boolean {
  for (let i = segment.length - 1; i >= 0; i--) {
    const ch = segment[i]!;
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return false;
}

const TERMINAL = /[.!?…:;]["'»”’)\]]*\s*$/u;
const UPPER_CASE = /\p{Lu}/u;

/**
 * Sentence spans of `text` (offsets into it). A segment that follows an abbreviation ("jf.",
 * "stk.") or starts with a lower-case letter continues the previous sentence, unless a line
 * break separates them; a sentence cut by a chunk boundary continues in the next chunk.
 */
export function sentenceSpans(text: string, lang: Lang): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let mayContinue = false;
  let afterAbbreviation = false;
  let cutByChunk = false;
  for (const chunk of chunkSpans(text)) {
    let first = true;
    for (const segment of segmenterFor(lang, 'sentence').segment(text.slice(chunk.start, chunk.end))) {
      const start = chunk.start + segment.index;
      const end = start + segment.segment.length;
      const previous = spans[spans.length - 1];
      const initial = segment.segment.trimStart()[0] ?? '';
      const continues = first && cutByChunk ? true : mayContinue && (afterAbbreviation || !UPPER_CASE.test(initial));
      if (previous && continues) previous.end = end;
      else spans.push({ start, end });
      mayContinue = !endsWithLineBreak(segment.segment);
      afterAbbreviation = endsWithAbbreviation(segment.segment);
      first = false;
      // Only the chunk's last segment matters for the next chunk; its test is bounded by the segment.
      cutByChunk = end === chunk.end && mayContinue && !TERMINAL.test(segment.segment.slice(-64));
    }
  }
  return spans;
}

/**
 * Joins blocks into one text for a single segmentation pass: line breaks inside a block become
 * spaces (a soft wrap does not end a sentence; offsets stay the same), blocks are separated by
 * "\n". `starts[i]` is where block i begins in the joined text.
 */
export function joinBlocks(blocks: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let offset = 0;
  const parts = blocks.map((block) => {
    starts.push(offset);
    offset += block.length + 1;
    return block.replace(/[\r\n]/g, ' ');
  });
  return { text: parts.join('\n'), starts };
}

/** Word-like segments of `text` with their offsets (Intl.Segmenter, in bounded chunks). */
export function wordSpans(text: string, lang: Lang): Array<{ start: number; word: string }> {
  return wordSegments(text, lang);
}

/** Words of `text` (Intl.Segmenter, word-like segments only). */
export function words(text: string, lang: Lang): string[] {
  return wordSpans(text, lang).map((span) => span.word);
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
 * a space is a space or a hyphen, everything else is literal. The match must end at a word
 * boundary; the boundary before it is for `bounded` (engine/text/bounded-pattern.ts) to check.
 */
export function termSource(term: string): string {
  const body = term
    .split('')
    .map((ch) => (ch === '*' ? '\\p{L}*' : ch === ' ' ? '[\\s\\-]+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return `${body}(?![\\p{L}\\p{N}])`;
}

/** Removes Markdown inline syntax that is not prose: link targets and bare URLs. */
export function proseOf(text: string): string {
  return text.replace(/\]\([^)\s]*\)/g, ']').replace(/https?:\/\/[^\s)>\]]+/g, ' ');
}
