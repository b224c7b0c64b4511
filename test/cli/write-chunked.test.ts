import { describe, expect, it } from 'vitest';
import { writeChunked } from '../../cli/write-chunked.ts';

/** 3,000 pieces of 1,000 characters: about three writes' worth. */
const pieces = Array.from({ length: 3000 }, (_, i) => String(i % 10).repeat(1000));

describe('writeChunked', () => {
  it('writes everything in order, in a few large writes', async () => {
    const writes: string[] = [];
    await writeChunked({ stdout: (text) => void writes.push(text) }, pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBe(3);
    expect(writes[0]!.length).toBeGreaterThanOrEqual(1024 * 1024);
  });

  it('after a write that queued, waits for the drain before writing more', async () => {
    let out = '';
    let queued = false;
    let writesWhileQueued = 0;
    let drains = 0;
    await writeChunked(
      {
        // A pipe whose reader is slow: every write queues until the reader has taken it.
        stdout: (text) => {
          if (queued) writesWhileQueued++;
          out += text;
          queued = true;
          return false;
        },
        drained: async () => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          drains++;
          queued = false;
        },
      },
      pieces,
    );
    expect(out).toBe(pieces.join(''));
    expect(drains).toBe(2);
    expect(writesWhileQueued).toBe(0);
  });
});
