// Phase 1 of a lint (read, parse, document rules) spread over worker threads, for the CLI and the
// language server's first pass over a large workspace. Each worker takes
// batches of files as it becomes free and answers with their outlines and findings; the results
// come back in the order of `files`, so the output does not depend on scheduling.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/schema.ts';
import type { LintedFile } from './files.ts';
import { shareStrings } from './shared-strings.ts';
import type { LintOptions } from './runner.ts';
import type { Lang } from '../types.ts';
import type { DiscoveredFile } from '../workspace/discover.ts';

/** What a worker is started with. */
export interface WorkerSetup {
  config: ResolvedConfig;
  today: string;
  lang?: Lang;
  /** Share of the text caches' bounds the worker keeps (engine/text/bounded-cache.ts); all of them when absent. */
  cacheBoundsScale?: number;
  /** Answer with each batch serialized and compressed (`PoolResponse.packed`, see `packResults`) instead of as objects. */
  packResults?: boolean;
}

/** The setup of a worker that lints with these options (the rules are the worker's own: all of them). */
export function workerSetup(options: LintOptions): WorkerSetup {
  return { config: options.config, today: options.today, ...(options.lang ? { lang: options.lang } : {}) };
}

export interface PoolRequest {
  /** Index in `files` of the batch's first file. */
  batch: number;
  files: DiscoveredFile[];
}

/** A batch's outlines and findings: as objects, or (`WorkerSetup.packResults`) packed by `packResults`. */
export type PoolResponse = { batch: number; linted: LintedFile[] } | { batch: number; count: number; packed: Uint8Array };

/** Deflate level of packed results: on the benchmark corpus it keeps 16 % of the serialized bytes, and a hundred documents take 3 ms to deflate and 2 ms to inflate. */
const PACK_LEVEL = 3;

/** Outlines and findings as compact bytes: `v8.serialize` (what structured cloning does too), then deflate, which removes the property names serialization repeats for every object. */
export function packResults(linted: readonly LintedFile[]): Uint8Array {
  return deflateRawSync(serialize(linted), { level: PACK_LEVEL });
}

export function unpackResults(packed: Uint8Array): LintedFile[] {
  return deserialize(inflateRawSync(packed)) as LintedFile[];
}

/**
 * From this many files the CLI lints on workers only: its own heap then holds just the outlines
 * and findings (10,000 documents: peak RSS 811 → 707 MB at the same speed; at 1,000 documents
 * linting on this thread too saves starting a second worker).
 */
export const LINT_ON_WORKERS_ONLY_FROM = 3000;

/**
 * How far a heap may grow past what survived its last full collection before the next one, in
 * percent, while the pool reads a workspace of LINT_ON_WORKERS_ONLY_FROM files or more. V8
 * otherwise lets a busy heap grow to several times its live size: a worker that keeps about 30 MB
 * alive while it parses committed 150–190 MB, mostly dead parse trees. V8 has no per-isolate
 * growth factor, so this is a process-wide flag, which V8 reads each time it sets a heap's next
 * limit: it reaches the workers and this thread, and is reset to V8's default when the pool is
 * done. Measured on 10,000 documents (3 interleaved pairs): CLI peak RSS 644 → 484 MB, CPU +6 %;
 * resetting it afterwards leaves the language server's edits as fast (84 dependents: 54 ms, 55 kept).
 * On 1,000 documents it cost 9 % of the time for memory that is not scarce there, so smaller
 * workspaces keep the default.
 */
export const LARGE_WORKSPACE_HEAP_GROWING_PERCENT = 30;
/** Pools reading a large workspace right now (the language server may start a second while one runs): the cap holds until the last is done. */
let cappingPools = 0;

function capHeapGrowth(): void {
  if (cappingPools++ === 0) setFlagsFromString(`--heap-growing-percent=${LARGE_WORKSPACE_HEAP_GROWING_PERCENT}`);
}

/** Back to V8's own growth factor (0 = dynamic) for what this thread does next (the server's edits). */
function releaseHeapGrowth(): void {
  if (--cappingPools === 0) setFlagsFromString('--heap-growing-percent=0');
}

/** Share of the text caches' bounds a worker keeps while it reads such a workspace (see `scaleCacheBounds`). */
export const LARGE_WORKSPACE_CACHE_BOUNDS_SCALE = 0.25;

/** Below this many files a pool costs more (starting workers) than it saves. */
export const MIN_FILES_FOR_WORKERS = 150;
/** Each worker should get at least this many files, or starting it does not pay. */
const MIN_FILES_PER_WORKER = 75;
/** Largest and smallest batch: a thread takes about 1/(4 × threads) of the files still to do, so the batches shrink toward the end and no thread idles long while another finishes a big one. */
const MAX_BATCH = 16;
const MIN_BATCH = 2;
const MAX_WORKERS = 8;

/** The worker script (`lint-worker.js`, built from engine/api/lint-worker.ts) beside the running bundle, or undefined when running from sources (tests), where workers cannot load TypeScript. */
export function workerScript(): string | undefined {
  const script = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
  return existsSync(script) ? script : undefined;
}

/**
 * How many threads to lint `files` files on (this one included): `concurrency` when set,
 * otherwise one per available core when the workspace is large enough, never more than the files
 * justify. 0 means this thread alone, without the pool.
 */
export function threadCount(files: number, concurrency: number | 'auto', cores = availableParallelism()): number {
  const wanted = concurrency === 'auto' ? (files >= MIN_FILES_FOR_WORKERS ? cores : 1) : concurrency;
  const useful = Math.max(1, Math.floor(files / (concurrency === 'auto' ? MIN_FILES_PER_WORKER : 1)));
  const count = Math.min(wanted, useful, MAX_WORKERS);
  return count <= 1 ? 0 : count;
}

/** Batches each worker has in hand: while it works on one, the next is already waiting, so it never idles while this thread is busy. */
const IN_FLIGHT = 2;

/**
 * Runs phase 1 for every file on `threads` threads, all taking batches from one queue: with
 * `lintHere`, this thread and `threads - 1` workers (one isolate fewer to start: the CLI);
 * without, `threads` workers, so this thread's heap never holds the garbage of parsing (a
 * long-running language server). Results in the order of `files`. Reading a large workspace on
 * workers only, it caps heap growth and the workers' caches meanwhile (see
 * LARGE_WORKSPACE_HEAP_GROWING_PERCENT), and the workers answer with their batches packed
 * (`packResults`): this thread keeps those bytes until every worker has stopped, and only then
 * turns them into objects. The outlines and findings of a large workspace (about 12 KB a document
 * as objects, 1.2 KB packed) and the workers (about 100 MB each) are then never held at the same
 * time; that moment, the end of reading, was the run's peak.
 */
export async function lintFilesInParallel(
  script: string,
  files: readonly DiscoveredFile[],
  setup: WorkerSetup,
  threads: number,
  lintHere: ((file: DiscoveredFile) => LintedFile) | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<LintedFile[]> {
  if (lintHere || files.length < LINT_ON_WORKERS_ONLY_FROM) return runPool(script, files, setup, threads, lintHere, onProgress);
  capHeapGrowth();
  try {
    return await runPool(script, files, { ...setup, cacheBoundsScale: LARGE_WORKSPACE_CACHE_BOUNDS_SCALE, packResults: true }, threads, undefined, onProgress);
  } finally {
    releaseHeapGrowth();
  }
}

async function runPool(
  script: string,
  files: readonly DiscoveredFile[],
  workerData: WorkerSetup,
  threads: number,
  lintHere: ((file: DiscoveredFile) => LintedFile) | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<LintedFile[]> {
  const results: LintedFile[] = new Array<LintedFile>(files.length);
  /** Batches that arrived packed, by their first file's index; unpacked once the workers have stopped. */
  const packed = new Map<number, Uint8Array>();
  const workerCount = lintHere ? Math.min(threads - 1, Math.ceil(files.length / MAX_BATCH) - 1) : Math.min(threads, files.length);
  const workers = Array.from({ length: Math.max(0, workerCount) }, () => new Worker(script, { workerData }));
  let next = 0;
  let done = 0;
  /** The next batch (guided: smaller as fewer files are left), or undefined when every file is taken. */
  const take = (): PoolRequest | undefined => {
    if (next >= files.length) return undefined;
    const size = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil((files.length - next) / (4 * threads))));
    const request: PoolRequest = { batch: next, files: files.slice(next, next + size) };
    next += request.files.length;
    return request;
  };
  const place = (batch: number, linted: readonly LintedFile[]): void => {
    for (let i = 0; i < linted.length; i++) results[batch + i] = linted[i]!;
  };
  const advance = (batchSize: number): void => {
    done += batchSize;
    onProgress?.(done, files.length);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown): void => {
        failed = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const checkDone = (): void => {
        if (done === files.length) resolve();
      };
      const feed = (worker: Worker): void => {
        const request = take();
        if (request) worker.postMessage(request);
      };
      for (const worker of workers) {
        worker.on('message', (response: PoolResponse) => {
          if ('packed' in response) {
            packed.set(response.batch, response.packed);
            advance(response.count);
          } else {
            place(response.batch, response.linted.map(shareStrings));
            advance(response.linted.length);
          }
          feed(worker);
          checkDone();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`lint worker stopped with exit code ${code}`));
        });
        for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
      }
      // With `lintHere`, this thread takes batches too, letting the workers' answers in between.
      const work = async (): Promise<void> => {
        while (lintHere && !failed && next < files.length) {
          const request = take()!;
          place(request.batch, request.files.map(lintHere));
          advance(request.files.length);
          await new Promise((settle) => setImmediate(settle));
        }
        checkDone();
      };
      work().catch(fail);
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  for (const [batch, bytes] of packed) {
    packed.delete(batch);
    place(batch, unpackResults(bytes).map(shareStrings));
  }
  return results;
}
