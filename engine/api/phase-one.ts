// Phase 1 of a lint (read, parse, document rules) of many files: on the worker pool when the
// workspace is large enough and the worker script is there, otherwise on this thread. A pool that
// cannot start or fails (a worker out of memory, say) costs time, never the run: the files are
// then read here, and the caller is told why.
import { lintEach, lintFile, type FileToLint, type LintedFile } from '../lint/files.ts';
import { LINT_ON_WORKERS_ONLY_FROM, lintFilesInParallel, threadCount, workerScript, workerSetup } from '../lint/pool.ts';
import type { LintOptions } from '../lint/runner.ts';
import type { DiscoveredFile } from '../workspace/discover.ts';
import { allRules } from '../../rules/index.ts';

export interface PhaseOneOptions {
  /** Threads to use (this one included), or 'auto': one per core for large workspaces. */
  concurrency?: number | 'auto';
  /**
   * Parse on workers only, never on this thread (a long-lived process such as the language
   * server, whose heap should not hold the garbage of parsing). By default this thread takes
   * batches too below LINT_ON_WORKERS_ONLY_FROM files.
   */
  workersOnly?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The worker thread's script; default: `lint-worker.js` beside the running bundle (none when running from sources). */
  workerScript?: string;
  /** Called when the pool failed and the files are read on this thread instead (`detail`: why). */
  onWorkerFailure?: (detail: string) => void;
}

/** Phase 1 of every file, results in the order of `files`. */
export async function lintPhaseOne(files: readonly FileToLint[], lintOptions: LintOptions, options: PhaseOneOptions = {}): Promise<LintedFile[]> {
  // The workers run every rule: a run with its own set of rules (a test's) stays on this thread.
  const count = lintOptions.rules === allRules ? threadCount(files.length, options.concurrency ?? 'auto') : 0;
  const script = count > 0 ? (options.workerScript ?? workerScript()) : undefined;
  if (script) {
    // A large workspace keeps this thread for the outlines and findings it collects: parsing here
    // too would pile its garbage onto the heap that holds them.
    const lintHere = !options.workersOnly && files.length < LINT_ON_WORKERS_ONLY_FROM ? (file: DiscoveredFile) => lintFile(file, lintOptions) : undefined;
    try {
      return await lintFilesInParallel(script, files, workerSetup(lintOptions), count, lintHere, options.onProgress);
    } catch (error) {
      options.onWorkerFailure?.(error instanceof Error ? error.message : String(error));
    }
  }
  return lintEach(files, lintOptions, options.onProgress);
}
