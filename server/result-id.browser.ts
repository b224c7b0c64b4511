// The result ID in a Web Worker, which has no synchronous cryptographic hash: two 32-bit FNV-1a
// lanes over the UTF-16 code units (offset bases apart), 16 hex digits. The ID only has to change
// when the findings do; nothing trusts it.
import type * as NodeResultId from './result-id.ts';

export const resultIdOf: typeof NodeResultId.resultIdOf = (text) => {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit ^ (i & 0xff), 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
};
