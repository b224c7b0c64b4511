// Turns the bytes of a file into text, or says why it cannot be linted.
// Governance documents come from Word conversions and old intranets: anything can arrive.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'binary' | 'utf16' | 'encoding'; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeDocumentBytes(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: 'too-large', detail: `${bytes.length} bytes > ${maxBytes}` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf16', detail: bytes[0] === 0xff ? 'UTF-16 LE' : 'UTF-16 BE' };
  }
  // A NUL byte in the first 8 KiB marks a binary file (the heuristic git uses).
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    // UTF-16 without BOM: every other byte is NUL in mostly-ASCII text.
    let evenNuls = 0;
    let oddNuls = 0;
    for (let i = 0; i < probe.length; i++) {
      if (probe[i] !== 0) continue;
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
    const half = probe.length / 2;
    if (oddNuls > half * 0.6 || evenNuls > half * 0.6) return { ok: false, reason: 'utf16', detail: 'UTF-16 without BOM' };
    return { ok: false, reason: 'binary', detail: 'NUL bytes' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'encoding', detail: 'not valid UTF-8' };
  }
}
