import type { Point, Range } from '../types.ts';

/** Start offsets of every line of `text` (handles `\n`, `\r\n` and lone `\r`). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Converts a 0-based offset into a 1-based line/column point. */
export function pointAt(lineStarts: readonly number[], offset: number): Point {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
}

export function rangeAt(lineStarts: readonly number[], start: number, end: number): Range {
  return { start: pointAt(lineStarts, start), end: pointAt(lineStarts, Math.max(start, end)) };
}

/** End offset of the line holding `offset`, line break excluded. */
export function lineEndOffset(text: string, lineStarts: readonly number[], line: number): number {
  const next = lineStarts[line];
  let end = next === undefined ? text.length : next;
  while (end > (lineStarts[line - 1] ?? 0) && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** Range covering one whole line (1-based), line break excluded. */
export function lineRange(text: string, lineStarts: readonly number[], line: number): Range {
  const start = lineStarts[line - 1] ?? text.length;
  return rangeAt(lineStarts, start, lineEndOffset(text, lineStarts, line));
}
