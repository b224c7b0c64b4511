// Phase 1 of a lint (read, parse, document rules) spread over worker threads, for the CLI and the
// language server's first pass over a large workspace. Each worker takes
// batches of files as it becomes free and answers with their outlines and findings; the results
// come back in the order of `files`, so the output does not depend on scheduling.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/schema.ts';
import type { LintedFile } from './files.ts';
import type { Lang } from '../types.ts';
import type { DiscoveredFile } from '../workspace/discover.ts';

/** What a worker is started with. */
export interface WorkerSetup {
  config: ResolvedConfig;
  today: string;
  lang?: Lang;
}

export interface PoolRequest {
  batch: number;
  files: DiscoveredFile[];
}

export interface PoolResponse {
  batch: number;
  linted: LintedFile[];
}

/** Below this many files a pool costs more (starting workers) than it saves. */
export const MIN_FILES_FOR_WORKERS = 150;
/** Each worker should get at least this many files, or starting it does not pay. */
const MIN_FILES_PER_WORKER = 75;
const BATCH_SIZE = 16;
const MAX_WORKERS = 8;

/** The worker script (`lint-worker.js`, built from cli/lint-worker.ts) beside the running bundle, or undefined when running from sources (tests), where workers cannot load TypeScript. */
export function workerScript(): string | undefined {
  const script = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
  return existsSync(script) ? script : undefined;
}

/**
 * How many workers to start for `files` files: `concurrency` when set (1 = none), otherwise one
 * per available core when the workspace is large enough, never more than the files justify.
 */
export function workerCount(files: number, concurrency: number | 'auto', cores = availableParallelism()): number {
  const wanted = concurrency === 'auto' ? (files >= MIN_FILES_FOR_WORKERS ? cores : 1) : concurrency;
  const useful = Math.max(1, Math.floor(files / (concurrency === 'auto' ? MIN_FILES_PER_WORKER : 1)));
  const count = Math.min(wanted, useful, MAX_WORKERS);
  return count <= 1 ? 0 : count;
}

/** Runs phase 1 for every file on `count` workers; results in the order of `files`. */
export async function lintFilesOnWorkers(
  script: string,
  files: readonly DiscoveredFile[],
  setup: WorkerSetup,
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<LintedFile[]> {
  const batches: DiscoveredFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const results: LintedFile[][] = new Array<LintedFile[]>(batches.length);
  const workers = Array.from({ length: Math.min(count, batches.length) }, () => new Worker(script, { workerData: setup }));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const feed = (worker: Worker): void => {
        if (next >= batches.length) {
          if (++finished === workers.length) resolve();
          return;
        }
        const request: PoolRequest = { batch: next, files: batches[next]! };
        next++;
        worker.postMessage(request);
      };
      for (const worker of workers) {
        worker.on('message', (response: PoolResponse) => {
          results[response.batch] = response.linted;
          done += response.linted.length;
          onProgress?.(done, files.length);
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`lint worker stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}
