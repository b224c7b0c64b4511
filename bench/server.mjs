// Language-server latency and memory: didChange → publishDiagnostics over stdio.
//
//   node bench/server.mjs [--quick] [--only policy,long,workspace] [--server path/to/server.js]
//                                            (run `npm run build` first)
//
// Scenarios:
//   policy-40    a policy with 40 goals, edited in a goal statement;
//   long-1500    a 1,500-line guideline, edited in the middle;
//   workspace    a policy edit in a workspace of N documents (the server loads the folder itself), that changes
//                its dependents' diagnostics (a goal's deadline moves, so deadline-after-parent
//                in the service levels changes); timed to the policy's own diagnostics and to the
//                last dependent's.
// The server's RSS (VmRSS now, VmHWM peak, from /proc) is read after indexing the workspace.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateWorkspace, longDocument, policyDocument, writeWorkspace } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const serverArg = process.argv.indexOf('--server');
// --server: time another build of the server (e.g. a copy of dist/ from before a change, next to a package.json and data/).
const serverPath = serverArg > -1 ? process.argv[serverArg + 1] : join(here, '..', 'dist', 'server.js');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function procStatusKb(pid, key) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server on `dir` and returns a small driver. */
async function startServer(dir) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let exited;
  child.on('exit', (code, signal) => (exited = `server exited with ${code ?? signal}`));
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map(); // uri → [resolve]
  let lastPublishAt = 0;
  let publishCount = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    lastPublishAt = performance.now();
    publishCount++;
    const list = waiters.get(params.uri);
    if (list && list.length > 0) {
      // A publish for an older version of the buffer does not answer the edit being timed.
      const remaining = list.filter((waiter) => {
        if (params.version !== undefined && waiter.version !== undefined && params.version < waiter.version) return true;
        waiter.resolve({ at: lastPublishAt, diagnostics: params.diagnostics });
        return false;
      });
      if (remaining.length > 0) waiters.set(params.uri, remaining);
      else waiters.delete(params.uri);
    }
  });
  connection.onRequest(() => null); // configuration, registration and other server → client requests
  connection.onNotification(() => undefined);
  connection.listen();
  const rootUri = pathToFileURL(dir).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: {} });
  await connection.sendNotification('initialized', {});
  const versions = new Map();
  const api = {
    pid: child.pid,
    get exited() {
      return exited;
    },
    get lastPublishAt() {
      return lastPublishAt;
    },
    get publishCount() {
      return publishCount;
    },
    /** The next publishDiagnostics for `uri` (for the next version of its buffer, when the server sends versions). */
    nextPublish(uri, timeoutMs = 300_000) {
      const version = versions.has(uri) ? versions.get(uri) + 1 : undefined;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms${exited ? ` (${exited})` : ''}`)), timeoutMs);
        const list = waiters.get(uri) ?? [];
        list.push({
          version,
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
        });
        waiters.set(uri, list);
      });
    },
    async open(uri, text) {
      versions.set(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    },
    async change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    /** A request round trip: the server has read every notification sent before it. */
    async ping() {
      await connection.sendRequest('govlint/bench-ping-does-not-exist').catch(() => undefined);
    },
    /** Waits until no diagnostics have been published for `quietMs`. */
    async settle(quietMs = 300) {
      await api.ping();
      const start = performance.now();
      while (performance.now() - Math.max(lastPublishAt, start) < quietMs) await sleep(25);
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), sleep(5000)]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await sleep(100);
      connection.dispose();
      child.kill();
    },
  };
  return api;
}

/**
 * Edits one document `runs` times, alternating between two texts (so every edit changes
 * diagnostics-relevant content and the document does not drift), and times didChange → the
 * document's next publishDiagnostics.
 */
async function timeEdits(server, uri, texts, runs, warmup = 5) {
  const samples = [];
  for (let i = -warmup; i < runs; i++) {
    const text = texts[(i + warmup + 1) % texts.length];
    await server.settle(150);
    const published = server.nextPublish(uri);
    const start = performance.now();
    await server.change(uri, text);
    const { at } = await published;
    if (i >= 0) samples.push(at - start); // the first edits only warm up the JIT, as typing would
  }
  return samples;
}

function editGoalStatement(text) {
  // Turns the first measurable statement into a vague one: vague-goal/unmeasurable diagnostics change.
  const at = text.indexOf('stiger fra');
  return at === -1 ? `${text}\nÆndret.\n` : `${text.slice(0, at)}skal styrkes${text.slice(text.indexOf('.', at))}`;
}

export async function benchServer({ quick = false, workspaceSize = 10_000, only, log = () => undefined } = {}) {
  const wanted = (name) => !only || only.includes(name);
  if (!existsSync(serverPath)) throw new Error('dist/server.js is missing: run `npm run build` first');
  // Enough edits for a 99th percentile to mean something (with 200, it is the second slowest).
  const runs = quick ? 20 : 200;
  const result = {};

  // 1. A policy with 40 goals, alone.
  if (wanted('policy')) {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-bench-policy-'));
    const text = policyDocument(40);
    writeFileSync(join(dir, 'politik.md'), text);
    const uri = pathToFileURL(join(dir, 'politik.md')).href;
    const server = await startServer(dir);
    try {
      await server.open(uri, text); // the server has linted the file from disk already: no publish needed
      await server.settle(500);
      result.policy = await timeEdits(server, uri, [text, editGoalStatement(text)], runs);
      log(`server: policy with 40 goals, ${text.split('\n').length} lines: median ${median(result.policy).toFixed(1)} ms`);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // 2. A 1,500-line document, alone.
  if (wanted('long')) {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-bench-long-'));
    const text = longDocument(1500);
    writeFileSync(join(dir, 'lang.md'), text);
    const uri = pathToFileURL(join(dir, 'lang.md')).href;
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    const edited =
      editGoalStatement(lines.slice(middle).join('\n')) === lines.slice(middle).join('\n') ? text : [...lines.slice(0, middle), editGoalStatement(lines.slice(middle).join('\n'))].join('\n');
    const server = await startServer(dir);
    try {
      await server.open(uri, text);
      await server.settle(500);
      result.long = await timeEdits(server, uri, [text, edited], runs);
      result.longLines = lines.length;
      log(`server: ${lines.length}-line document: median ${median(result.long).toFixed(1)} ms`);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // 3. A policy edit in a large workspace, every document open (the server knows only what it is given).
  if (workspaceSize > 0 && wanted('workspace')) {
    const dir = join(tmpdir(), 'govlint-bench', `server-${workspaceSize}`);
    const files = generateWorkspace(workspaceSize);
    writeWorkspace(dir, files);
    const started = performance.now();
    const server = await startServer(dir);
    try {
      // The server reads the whole folder at start-up and lints it: wait until every document has
      // been published once, then until it has gone quiet.
      while (server.publishCount < files.length && !server.exited && performance.now() - started < 3_600_000) await sleep(100);
      result.indexSeconds = (server.lastPublishAt - started) / 1000;
      await server.settle(1000);
      const uris = files.map(([path]) => pathToFileURL(join(dir, path)).href);
      await server.open(uris[0], files[0][1]);
      await server.settle(500);
      result.rssKb = procStatusKb(server.pid, 'VmRSS');
      result.hwmKb = procStatusKb(server.pid, 'VmHWM');
      log(
        `server: ${workspaceSize} documents loaded and linted in ${result.indexSeconds.toFixed(1)} s (${server.publishCount} publishes); RSS ${(result.rssKb / 1024).toFixed(0)} MB, peak ${(result.hwmKb / 1024).toFixed(0)} MB`,
      );

      const policyUri = uris[0];
      const policyText = files[0][1];
      // Move the first goal deadline before every child's: dependents gain deadline-after-parent.
      const goalsAt = policyText.indexOf('## Mål');
      const edited = policyText.slice(0, goalsAt) + policyText.slice(goalsAt).replace(/- Frist: \d{4}-\d\d-\d\d/, '- Frist: 2026-01-01');
      if (edited === policyText) throw new Error('generated policy has no goal deadline to edit');
      const texts = [policyText, edited];
      const policySamples = [];
      const dependentSamples = [];
      const dependentsPublished = [];
      const editRuns = quick ? 3 : 7;
      for (let i = -2; i < editRuns; i++) {
        await server.settle(500);
        const countBefore = server.publishCount;
        const published = server.nextPublish(policyUri);
        const start = performance.now();
        await server.change(policyUri, texts[(i + 3) % 2]);
        const { at } = await published;
        await server.settle(500);
        if (i < 0) continue; // warm-up edits
        policySamples.push(at - start);
        dependentSamples.push(server.lastPublishAt - start);
        dependentsPublished.push(server.publishCount - countBefore - 1);
      }
      result.workspacePolicy = policySamples;
      result.workspaceDependents = dependentSamples;
      result.dependents = median(dependentsPublished);
      result.rssAfterKb = procStatusKb(server.pid, 'VmRSS');
      result.hwmAfterKb = procStatusKb(server.pid, 'VmHWM');
      log(`server: policy edit in ${workspaceSize} documents: policy ${median(policySamples).toFixed(0)} ms, all ${result.dependents} dependents ${median(dependentSamples).toFixed(0)} ms`);
    } finally {
      await server.stop();
    }
    result.workspaceSize = workspaceSize;
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > -1 ? process.argv[onlyArg + 1].split(',') : undefined;
  const result = await benchServer({ quick, workspaceSize: quick ? 1000 : 10_000, only, log: (line) => console.log(line) });
  console.log(JSON.stringify(result));
}
