import type { Lang } from '../engine/api/model.ts';

// A one-line progress indicator on stderr for large workspaces, redrawn in place. It is shown
// only on a terminal and only with human-readable output, so machine formats and CI logs
// never see it.

/** Workspaces with more documents than this get a progress line. */
export const PROGRESS_THRESHOLD = 200;
const REDRAW_MS = 100;

const WORDS: Record<Lang, string> = { da: 'tjekker', en: 'checking' };

export interface Progress {
  /** `done` of `total` files are read and checked. */
  update(done: number, total: number): void;
  /** Clears the line, leaving the terminal as it was. */
  end(): void;
}

export interface ProgressOptions {
  files: number;
  stderrIsTTY: boolean;
  format: string;
  lang: Lang;
  write: (text: string) => void;
  now?: () => number;
}

/** A progress line when it is wanted (terminal, stylish output, a large workspace), otherwise undefined. */
export function createProgress(options: ProgressOptions): Progress | undefined {
  if (!options.stderrIsTTY || options.format !== 'stylish' || options.files <= PROGRESS_THRESHOLD) return undefined;
  const now = options.now ?? Date.now;
  const words = WORDS[options.lang];
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (done !== total && time - last < REDRAW_MS) return;
      last = time;
      drawn = true;
      const percent = Math.floor((100 * done) / Math.max(total, 1));
      options.write(`\r\x1b[Kgovlint: ${words} ${done}/${total} (${percent} %)`);
    },
    end() {
      if (drawn) options.write('\r\x1b[K');
    },
  };
}
