// govlint benchmark: `npm run bench` (full: four workspace shapes, 10,000 documents, the language
// server) or `npm run bench -- --quick` (the four shapes with fewer runs and the server on 1,000
// documents: a smoke test). `--corpus NAME` (repeatable) picks shapes; `--no-server` and
// `--no-10k-cli` leave parts out. Prints medians with min and max of whole-process timings, the
// ratios against markdownlint-cli2 and a parse-only floor measured in the same run for every
// shape, language-server latency (median and 99th percentile), peak memory, and each target with
// PASS/FAIL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkspace } from './generate.mjs';
import { SHAPES, generateCorpus } from './shapes.mjs';
import { benchServer, median } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const quick = process.argv.includes('--quick');
const skipServer = process.argv.includes('--no-server');
const skip10k = process.argv.includes('--no-10k-cli');
const TODAY = '2026-11-23';
const corpusArgs = process.argv.flatMap((arg, i, all) => (arg === '--corpus' && all[i + 1] ? [all[i + 1]] : arg.startsWith('--corpus=') ? [arg.slice(9)] : []));
for (const name of corpusArgs) {
  if (!SHAPES.includes(name)) {
    console.error(`unknown --corpus "${name}" (one of ${SHAPES.join(', ')})`);
    process.exit(2);
  }
}
/** The shapes measured and their sizes: the project corpus, goal-heavy, prose-heavy and many small files. */
const CORPORA = [
  ['project', 1000],
  ['goal-heavy', 1041],
  ['prose-heavy', 600],
  ['small-files', 3000],
].filter(([shape]) => corpusArgs.length === 0 || corpusArgs.includes(shape));

const cli = join(root, 'dist', 'cli.js');
const floor = join(here, 'floor.mjs');
const hook = join(here, 'rusage-hook.mjs');
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const work = join(tmpdir(), 'govlint-bench');
const usageFile = join(work, `rusage-${process.pid}.json`);

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` (npm run bench does)');
  process.exit(2);
}

/** Runs `node [script, ...args]` in `cwd`; returns wall time, CPU time and peak RSS of that process. */
function run(script, args, cwd, { allowed = [0, 1], capture = false } = {}) {
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', hook, script, ...args], {
    cwd,
    env: { ...process.env, GOVLINT_BENCH_RUSAGE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { userMs: NaN, systemMs: NaN, maxRssKb: NaN };
  return {
    wallMs,
    cpuMs: usage.userMs + usage.systemMs,
    maxRssKb: usage.maxRssKb,
    status: result.status,
    stderr: result.stderr ?? '',
    stdout: result.stdout ?? '',
    ok: allowed.includes(result.status ?? -1),
  };
}

const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtStats = (s) => `${fmtMs(s.median)} (${fmtMs(s.min)}–${fmtMs(s.max)})`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

const rows = []; // [what, figure, target, verdict]
const row = (what, figure, target = '', result = '') => {
  rows.push([what, figure, target, result]);
  console.log(`  ${what}: ${figure}${target ? `   target ${target}: ${result}` : ''}`);
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

function benchCorpus(shape, count, runs, { gateSpeed = true, gateMemory = false } = {}) {
  const dir = join(work, `${shape}-${count}`);
  const cacheDir = join(work, `cache-${shape}-${count}`);
  const files = generateCorpus(shape, count);
  writeWorkspace(dir, files);
  const bytes = files.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  console.log(`\n${shape}: ${count} documents (${(bytes / 1e6).toFixed(1)} MB) in ${dir}, ${runs} runs each`);
  const govlintArgs = ['--format', 'json', '--today', TODAY, '.'];

  // Is --cache available in this build?
  rmSync(cacheDir, { recursive: true, force: true });
  const cacheArgs = ['--cache', '--cache-location', cacheDir, ...govlintArgs];
  const prime = run(cli, cacheArgs, dir, { allowed: [0, 1, 2] });
  const cacheAvailable = prime.status === 0 || prime.status === 1;
  if (!cacheAvailable) console.log(`  --cache: ${prime.stderr.trim().split('\n')[0]}`);

  const samples = { govlint: [], warm: [], markdownlint: [], floor: [] };
  const cpu = { govlint: [], warm: [], markdownlint: [], floor: [] };
  const rss = { govlint: [], warm: [] };
  // Interleaved, so a change in machine load hits every tool alike.
  for (let i = 0; i < runs; i++) {
    const g = run(cli, govlintArgs, dir, { capture: i === 0 });
    if (!g.ok) throw new Error(`govlint exited ${g.status}: ${g.stderr}`);
    if (i === 0) {
      // Sanity, on the first timed run: govlint saw every document and no rule failed.
      const report = JSON.parse(g.stdout);
      const internal = report.diagnostics.filter((d) => d.rule === 'internal-error').length;
      if (report.documents !== count || internal > 0) throw new Error(`govlint linted ${report.documents} of ${count} documents, ${internal} internal errors`);
      const byRule = {};
      for (const d of report.diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
      console.log(
        `  govlint: ${report.diagnostics.length} diagnostics (${Object.entries(byRule)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})`,
      );
    }
    samples.govlint.push(g.wallMs);
    cpu.govlint.push(g.cpuMs);
    rss.govlint.push(g.maxRssKb);
    if (cacheAvailable) {
      const w = run(cli, cacheArgs, dir);
      if (!w.ok) throw new Error(`govlint --cache exited ${w.status}: ${w.stderr}`);
      samples.warm.push(w.wallMs);
      cpu.warm.push(w.cpuMs);
      rss.warm.push(w.maxRssKb);
    }
    const m = run(markdownlint, ['**/*.md'], dir);
    if (!m.ok) throw new Error(`markdownlint-cli2 exited ${m.status}: ${m.stderr}`);
    samples.markdownlint.push(m.wallMs);
    cpu.markdownlint.push(m.cpuMs);
    const f = run(floor, ['.'], dir, { allowed: [0] });
    if (!f.ok) throw new Error(`floor exited ${f.status}: ${f.stderr}`);
    samples.floor.push(f.wallMs);
    cpu.floor.push(f.cpuMs);
    process.stdout.write(`  run ${i + 1}/${runs}: govlint ${fmtMs(g.wallMs)}, markdownlint-cli2 ${fmtMs(m.wallMs)}, floor ${fmtMs(f.wallMs)}\n`);
  }
  rmSync(cacheDir, { recursive: true, force: true });

  const s = Object.fromEntries(
    Object.entries(samples)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, stats(v)]),
  );
  const c = Object.fromEntries(
    Object.entries(cpu)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, median(v)]),
  );
  const ratio = (a, b) => a / b;
  const label = `${shape} ${count >= 10_000 ? `${count / 1000}k` : count}`;
  console.log('');
  row(`${label} govlint cold (wall, median (min–max))`, `${fmtStats(s.govlint)}; CPU ${fmtMs(c.govlint)}`);
  row(`${label} markdownlint-cli2`, `${fmtStats(s.markdownlint)}; CPU ${fmtMs(c.markdownlint)}`);
  row(`${label} parse-only floor`, `${fmtStats(s.floor)}; CPU ${fmtMs(c.floor)}`);
  const vsMd = ratio(s.govlint.median, s.markdownlint.median);
  const vsFloor = ratio(s.govlint.median, s.floor.median);
  const gate = gateSpeed;
  row(`${label} govlint / markdownlint-cli2`, `${vsMd.toFixed(2)}× (CPU ${ratio(c.govlint, c.markdownlint).toFixed(2)}×)`, gate ? '≤ 1.0×' : '', gate ? verdict(vsMd <= 1.0) : '');
  row(`${label} govlint / floor`, `${vsFloor.toFixed(2)}× (CPU ${ratio(c.govlint, c.floor).toFixed(2)}×)`, gate ? '≤ 1.5×' : '', gate ? verdict(vsFloor <= 1.5) : '');
  if (cacheAvailable) {
    const vsWarm = ratio(s.warm.median, s.floor.median);
    row(`${label} govlint --cache warm`, `${fmtStats(s.warm)}; CPU ${fmtMs(c.warm)}`);
    row(`${label} warm cache / floor`, `${vsWarm.toFixed(2)}×`, '≤ 0.2×', verdict(vsWarm <= 0.2));
  } else {
    row(`${label} govlint --cache warm`, 'n/a (--cache not available)', '≤ 0.2× floor', 'n/a');
  }
  const peak = Math.max(...rss.govlint);
  row(`${label} govlint CLI peak RSS`, `${(peak / 1024).toFixed(0)} MB`, gateMemory ? '≤ 250 MB' : '', gateMemory ? verdict(peak <= 250 * 1024) : '');
}

mkdirSync(work, { recursive: true });
console.log(
  `govlint benchmark (${quick ? 'quick' : 'full'}): node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${new Date().toISOString()}`,
);
for (const [shape, count] of CORPORA) benchCorpus(shape, count, quick ? 3 : 5);

if (!skipServer) {
  const size = quick ? 1000 : 10_000;
  console.log(`\nLanguage server (didChange → publishDiagnostics; the workspace case loads ${size} documents)`);
  const server = await benchServer({ quick, workspaceSize: size, log: (line) => console.log(`  ${line}`) });
  console.log('');
  const policy = stats(server.policy);
  const long = stats(server.long);
  const policyP99 = percentile(server.policy, 99);
  const longP99 = percentile(server.long, 99);
  const samples = `${server.policy.length} edits`;
  row('server: policy with 40 goals, median', fmtStats(policy), '≤ 16 ms', verdict(policy.median <= 16));
  row(`server: policy with 40 goals, 99th percentile (${samples})`, fmtMs(policyP99), '≤ 50 ms', verdict(policyP99 <= 50));
  row(`server: ${server.longLines}-line document, median`, fmtStats(long));
  row(`server: ${server.longLines}-line document, 99th percentile (${server.long.length} edits)`, fmtMs(longP99), '≤ 100 ms', verdict(longP99 <= 100));
  row(`server: policy edit in ${size} docs, policy diagnostics`, fmtStats(stats(server.workspacePolicy)));
  row(`server: policy edit in ${size} docs, all ${server.dependents} dependents`, fmtStats(stats(server.workspaceDependents)));
  row(`server: load and lint ${size} documents at start-up`, `${server.indexSeconds.toFixed(1)} s`);
  const peak = server.hwmAfterKb;
  const gate = size === 10_000;
  row(
    `server RSS with ${size} documents indexed (now / peak)`,
    `${(server.rssAfterKb / 1024).toFixed(0)} / ${(peak / 1024).toFixed(0)} MB`,
    gate ? '≤ 250 MB' : '',
    gate ? verdict(peak <= 250 * 1024) : '',
  );
}

// The 10,000-document CLI runs last: they take longest.
if (!quick && !skip10k) benchCorpus('project', 10_000, 3, { gateSpeed: false, gateMemory: true });

// The table, for the README and for CI logs.
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'figure', 'target', 'result'][i].length));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(['measure', 'figure', 'target', 'result'])}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const r of rows) console.log(line(r));
rmSync(usageFile, { force: true });
