// Writing a report made in pieces (a chunked formatter) without holding all of it: pieces are
// collected up to a size, written, and when a write queues (stdout is a pipe whose reader is
// slower) the next waits until it has drained.

/** Where the chunks go: the CLI's stdout. */
export interface ChunkSink {
  /** Writes to stdout; `false` means the text was queued (a pipe that is full): wait for `drained` before writing more. */
  stdout: (text: string) => boolean | void;
  /** Resolves when queued stdout has been written. */
  drained?: () => Promise<void>;
}

/** Size from which collected chunks are written: few writes, and never the whole of a large report in memory at once. */
const WRITE_CHUNK_CHARS = 1024 * 1024;

/** Writes the chunks as they are made, waiting whenever stdout is full (a pipe to a slower reader): otherwise every chunk would queue in memory. */
export async function writeChunked(io: ChunkSink, chunks: Iterable<string>): Promise<void> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_CHUNK_CHARS) {
      const written = io.stdout(pending);
      pending = '';
      if (written === false && io.drained) await io.drained();
    }
  }
  if (pending) io.stdout(pending);
}
