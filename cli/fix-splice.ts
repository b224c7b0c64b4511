// The bytes `--fix` writes are made from the bytes it read: every byte outside the fixed spans is
// copied from the original file, never re-encoded from a text that might be incomplete.
import { composeEdits, type Piece } from '../engine/api/fixing.ts';
import type { TextEdit } from '../engine/api/model.ts';

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
