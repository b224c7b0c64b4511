// Passes of edits composed into one change of the original text: as pieces (spans of the original
// and inserted text, which `--fix` turns into bytes) or as edits of the original (which the editor
// applies in one go).
import type { TextEdit } from '../types.ts';

/** A piece of a fixed text: a span `[from, to)` of the original text, or inserted text. */
export type Piece = { from: number; to: number } | { text: string };

const pieceLength = (piece: Piece) => ('text' in piece ? piece.text.length : piece.to - piece.from);

/** The pieces covering `[start, end)` of the text the pieces make. */
function slicePieces(pieces: readonly Piece[], start: number, end: number): Piece[] {
  const result: Piece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const length = pieceLength(piece);
    const from = Math.max(start, at);
    const to = Math.min(end, at + length);
    if (from < to) {
      if ('text' in piece) result.push({ text: piece.text.slice(from - at, to - at) });
      else result.push({ from: piece.from + from - at, to: piece.from + to - at });
    }
    at += length;
    if (at >= end) break;
  }
  return result;
}

/**
 * Composes passes of edits (each in the coordinates of the text before it, not overlapping) into
 * pieces of the original text and inserted text. The spans of the original come in ascending order.
 */
export function composeEdits(originalLength: number, passes: readonly (readonly TextEdit[])[]): Piece[] {
  let pieces: Piece[] = originalLength > 0 ? [{ from: 0, to: originalLength }] : [];
  for (const edits of passes) {
    const total = pieces.reduce((sum, piece) => sum + pieceLength(piece), 0);
    const next: Piece[] = [];
    let at = 0;
    for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (edit.start < at || edit.end < edit.start || edit.end > total) throw new RangeError(`edit ${edit.start}-${edit.end} outside the text or overlapping`);
      next.push(...slicePieces(pieces, at, edit.start));
      if (edit.newText !== '') next.push({ text: edit.newText });
      at = edit.end;
    }
    next.push(...slicePieces(pieces, at, total));
    pieces = next;
  }
  return pieces;
}

/**
 * The edits of the original text that make the same text as the passes: sorted, apart (no two
 * touch, so no two insertions share an offset), and none that changes nothing.
 */
export function composedEdits(original: string, passes: readonly (readonly TextEdit[])[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  let inserted = '';
  const flush = (to: number) => {
    if (to > at || inserted !== '') {
      if (original.slice(at, to) !== inserted) edits.push({ start: at, end: to, newText: inserted });
    }
    inserted = '';
  };
  for (const piece of composeEdits(original.length, passes)) {
    if ('text' in piece) {
      inserted += piece.text;
      continue;
    }
    // A kept span that follows the last one directly continues it; anything between was removed.
    if (piece.from === at && inserted === '') {
      at = piece.to;
      continue;
    }
    flush(piece.from);
    at = piece.to;
  }
  flush(original.length);
  return edits;
}
