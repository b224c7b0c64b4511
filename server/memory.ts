// Gives memory back after a large document is closed. V8 collects garbage as the program
// allocates; an idle server allocates nothing, so a closed 20 MB text (with every superseded
// version of it from the edits before) stayed in the heap, and in RSS: 392 MB, unchanged 40 s
// after the close. One full collection shortly after such a close returns it (about 100 MB).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A closed text at least this long (characters) is worth a collection. */
export const LARGE_TEXT = 1024 * 1024;
/** Wait a little: a client often closes several documents at once, and one collection serves them all. */
const DELAY_MS = 300;

type Collect = () => void;

let collect: Collect | null | undefined;

/** V8's full collection: `gc` when node runs with --expose-gc, otherwise exposed on first use. */
function collector(): Collect | null {
  if (collect !== undefined) return collect;
  collect = null;
  try {
    const exposed = (globalThis as { gc?: unknown }).gc;
    if (typeof exposed === 'function') collect = exposed as Collect;
    else {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      if (typeof gc === 'function') collect = gc as Collect;
    }
  } catch {
    collect = null;
  }
  return collect;
}

export class MemoryReleaser {
  private timer: NodeJS.Timeout | undefined;

  /** A document of `length` characters was closed. */
  closed(length: number): void {
    if (length < LARGE_TEXT) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      collector()?.();
    }, DELAY_MS);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
