// Template text left unfilled: `[…]` placeholders, date masks (ÅÅÅÅ-MM-DD, YYYY-MM-DD), TBD and
// XX. One detector for the `placeholder` rule and for every check that must not count a
// placeholder as a value (an owner, a deadline, an indicator).

export interface PlaceholderSpan {
  text: string;
  /** Offsets into the searched text. */
  start: number;
  end: number;
  kind: 'brackets' | 'date-mask' | 'marker';
}

/**
 * `[text]` that is not Markdown: not a link or an image (`[text](url)`, `[text][ref]`, `![alt]`),
 * not a link definition (`[id]: url`), not a task box (`[ ]`, `[x]`), not a footnote (`[^1]`)
 * and not a numbered citation (`[1]`). Bounded: a placeholder is short and on one line.
 */
const BRACKETS = /\[([^[\]\n]{1,200})\]/g;

/** Date masks in Danish and English letters, with or without brackets around them. */
const DATE_MASK = /(?<![\p{L}\p{N}])(?:(?:ÅÅÅÅ|YYYY)(?:[-./](?:MM|mm)(?:[-./](?:DD|dd))?)?|(?:DD|dd)[-./](?:MM|mm)[-./](?:ÅÅÅÅ|YYYY|ÅÅ|YY)|(?:åååå|yyyy)-mm-dd)(?![\p{L}\p{N}])/gu;

/** Markers of text still to be written: TBD, TBA, TODO, XX… (upper case, a word of its own). */
const MARKER = /(?<![\p{L}\p{N}_])(?:TBD|TBA|TBC|TODO|FIXME|X{2,6}|N\.N\.)(?![\p{L}\p{N}_])/gu;

/** What every date mask holds (`ÅÅ`, `YY`, or a day before or after its separator), and every marker: text without any of these skips the two patterns. */
const MAY_HOLD_DATE_MASK = /ÅÅ|YY|DD[-./]|dd[-./]|-dd/;
const MAY_HOLD_MARKER = /TB[DAC]|TODO|FIXME|XX|N\.N\./;

/** A value that is nothing but a sign that something should be written here. */
const ELLIPSIS_ONLY = /^(?:…|\.{3}|\?+|-{1,3}|_{2,})$/u;

function isMarkdownBrackets(text: string, start: number, end: number, inner: string): boolean {
  if (/^\s*$|^[xX]$|^\^|^\d+$/.test(inner)) return true;
  if (text[start - 1] === '!' || text[start - 1] === ']') return true;
  const next = text[end];
  if (next === '(' || next === '[') return true;
  // A link reference definition: `[id]: https://…` at the start of a line.
  if (next === ':' && (start === 0 || text[start - 1] === '\n') && /^:\s*\S/.test(text.slice(end, end + 3))) return true;
  return false;
}

/** Every placeholder in `text`, in order, not overlapping. */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  const found: PlaceholderSpan[] = [];
  if (text.length === 0) return found;
  if (text.includes('[')) {
    for (const match of text.matchAll(BRACKETS)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isMarkdownBrackets(text, start, end, match[1]!)) continue;
      found.push({ text: match[0], start, end, kind: 'brackets' });
    }
  }
  const inside = (start: number, end: number): boolean => found.some((span) => start < span.end && end > span.start);
  const more: PlaceholderSpan[] = [];
  for (const [pattern, kind, gate] of [
    [DATE_MASK, 'date-mask', MAY_HOLD_DATE_MASK],
    [MARKER, 'marker', MAY_HOLD_MARKER],
  ] as const) {
    if (!gate.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inside(start, end) || more.some((span) => start < span.end && end > span.start)) continue;
      more.push({ text: match[0], start, end, kind });
    }
  }
  if (more.length === 0) return found;
  return [...found, ...more].sort((a, b) => a.start - b.start);
}

/**
 * True when a field or front matter value is template text rather than a value: it holds a
 * placeholder (`[Enhed eller rolle]`, `senest [dato]`, `ÅÅÅÅ-MM-DD`, `TBD`), or is only an
 * ellipsis or a question mark. An empty value is not a placeholder (it is missing).
 */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (ELLIPSIS_ONLY.test(trimmed)) return true;
  return findPlaceholders(trimmed).length > 0;
}
