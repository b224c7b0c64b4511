// The bytes `--fix` writes are made from the bytes it read: every byte outside the fixed spans is
// copied from the original file, never re-encoded from a text that might be incomplete.
import type { TextEdit } from '../engine/types.ts';

/** A piece of a fixed text: a span of the original text, or inserted text. */
type Piece = { from: number; to: number } | { text: string };

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
 * Composes passes of edits (each in the coordinates of the text before it, sorted, not
 * overlapping) into pieces of the original text and inserted text.
 */
export function composeEdits(originalLength: number, passes: readonly (readonly TextEdit[])[]): Piece[] {
  let pieces: Piece[] = originalLength > 0 ? [{ from: 0, to: originalLength }] : [];
  for (const edits of passes) {
    const total = pieces.reduce((sum, piece) => sum + pieceLength(piece), 0);
    const next: Piece[] = [];
    let at = 0;
    for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
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

/** In a `u` expression a surrogate pair is one code point: only a lone surrogate is in `Cs`. */
const LONE_SURROGATE = /\p{Cs}/u;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** UTF-8 length of the code unit at `i` (a surrogate pair counts 2 + 2). */
function utf8Length(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : isHigh(code) || isLow(code) ? 2 : 3;
}

export type SpliceResult = { ok: true; bytes: Buffer } | { ok: false; detail: string };

/**
 * The new bytes of a fixed file: the original bytes (`prefix` bytes, a BOM, then the UTF-8 of
 * `originalText`) with the edits of every pass spliced in. Refuses when the original bytes are not
 * exactly the prefix and the text (so the text was not fully read), when an edit boundary falls
 * inside a character, or when inserted text is not valid Unicode.
 */
export function spliceFixedBytes(original: Uint8Array, prefixLength: number, originalText: string, passes: readonly (readonly TextEdit[])[]): SpliceResult {
  const body = Buffer.from(original.buffer, original.byteOffset + prefixLength, original.byteLength - prefixLength);
  if (!Buffer.from(originalText, 'utf8').equals(body)) return { ok: false, detail: 'the text read is not the whole file' };
  let pieces: Piece[];
  try {
    pieces = composeEdits(originalText.length, passes);
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
  const parts: Buffer[] = [Buffer.from(original.buffer, original.byteOffset, prefixLength)];
  // Kept spans are in ascending order of the original text: one cursor maps offsets to bytes.
  let offset = 0;
  let byte = prefixLength;
  const byteAt = (target: number): number | undefined => {
    if (target > 0 && target < originalText.length && isLow(originalText.charCodeAt(target)) && isHigh(originalText.charCodeAt(target - 1))) return undefined;
    if (target < offset) return undefined;
    for (; offset < target; offset++) byte += utf8Length(originalText, offset);
    return byte;
  };
  for (const piece of pieces) {
    if ('text' in piece) {
      if (LONE_SURROGATE.test(piece.text)) return { ok: false, detail: 'inserted text is not valid Unicode' };
      parts.push(Buffer.from(piece.text, 'utf8'));
      continue;
    }
    const from = byteAt(piece.from);
    const to = from === undefined ? undefined : byteAt(piece.to);
    if (from === undefined || to === undefined) return { ok: false, detail: 'an edit boundary falls inside a character' };
    parts.push(Buffer.from(original.buffer, original.byteOffset + from, to - from));
  }
  return { ok: true, bytes: Buffer.concat(parts) };
}
