// Worker thread of the lint pool (engine/lint/pool.ts), bundled as dist/lint-worker.js and started by the CLI and the language server: runs phase 1 (`lintFile`) on the batches of files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type LintedFile } from '../lint/files.ts';
import type { LintOptions } from '../lint/runner.ts';
import { allRules } from '../../rules/index.ts';
import { packResults, type PoolRequest, type PoolResponse, type WorkerSetup } from '../lint/pool.ts';
import { scaleCacheBounds } from '../text/bounded-cache.ts';

const setup = workerData as WorkerSetup;
if (setup.cacheBoundsScale !== undefined) scaleCacheBounds(setup.cacheBoundsScale);
const options: LintOptions = { config: setup.config, rules: allRules, today: setup.today, ...(setup.lang ? { lang: setup.lang } : {}) };

parentPort?.on('message', (request: PoolRequest) => {
  const linted: LintedFile[] = request.files.map((file) => lintFile(file, options));
  if (setup.packResults) {
    const response: PoolResponse = { batch: request.batch, count: linted.length, packed: packResults(linted) };
    parentPort?.postMessage(response);
  } else {
    const response: PoolResponse = { batch: request.batch, linted };
    parentPort?.postMessage(response);
  }
});
