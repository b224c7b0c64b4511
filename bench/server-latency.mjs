// Edit → diagnostics latency of the language server over stdio.
// A policy with 40 goals (and a service level carrying some of them out) is opened; then each
// edit changes one goal's statement and the time until publishDiagnostics for that version
// arrives is measured. Prints median, min and max over the edits.
//   npm run build && node bench/server-latency.mjs [--edits 40] [--server path/to/server.js]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const editsArg = process.argv.indexOf('--edits');
const EDITS = Math.max(30, editsArg > -1 ? Number(process.argv[editsArg + 1]) : 40);
const GOALS = 40;
const serverArg = process.argv.indexOf('--server');
// --server: time another build (e.g. a copy of dist/ from before a change, next to a package.json and data/).
const serverPath = serverArg > -1 ? process.argv[serverArg + 1] : join(import.meta.dirname, '..', 'dist', 'server.js');

const goal = (i) =>
  [
    `### M${i} Flere børn i trivsel, område ${i}`,
    `Andelen af børn i område ${i}, der trives, stiger fra ${40 + (i % 20)} % i 2024 til ${60 + (i % 20)} % senest 31. december 2027.`,
    '',
    '- Ansvarlig: Børne- og Ungedirektøren',
    '- Frist: 2027-12-31',
    `- Indikator: Trivselsmåling, område ${i}`,
    `- Udgangspunkt: ${40 + (i % 20)} % (2024)`,
    '',
  ].join('\n');

const policy = [
  '---',
  'id: politik',
  'type: policy',
  'title: Børne- og ungepolitik',
  'owner: Børne- og Ungeudvalget',
  'adopted: 2025-03-12',
  'adopted-by: Kommunalbestyrelsen',
  'review: 2028-03-01',
  'status: adopted',
  'lang: da',
  '---',
  '# Børne- og ungepolitik',
  '',
  '## Værdier',
  '',
  'Alle børn skal have en god barndom.',
  '',
  '## Målgrupper',
  '',
  'Børn og unge 0–17 år.',
  '',
  '## Mål',
  '',
  ...Array.from({ length: GOALS }, (_, i) => goal(i + 1)),
  '## Opfølgning',
  '',
  'Halvårligt.',
  '',
].join('\n');

const serviceLevel = [
  '---',
  'id: sn',
  'type: service-level',
  'title: Serviceniveau',
  'owner: Familieafdelingen',
  'parent: politik',
  'review: 2027-06-01',
  '---',
  '# Serviceniveau',
  '',
  ...Array.from(
    { length: GOALS / 2 },
    (_, i) => `### SN${i + 1} Indsats ${i + 1}\nTilbud til alle børn i område ${i + 1} inden 30 dage.\n\n- Ansvarlig: Afdelingen\n- Frist: 2027-06-30\n- Udmønter: M${i + 1}\n`,
  ),
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'govlint-latency-'));
writeFileSync(join(dir, 'politik.md'), policy);
writeFileSync(join(dir, 'serviceniveau.md'), serviceLevel);
const uri = pathToFileURL(join(dir, 'politik.md')).href;

const server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri !== uri) return;
  const resolve = waiting.get(params.version);
  if (resolve) {
    waiting.delete(params.version);
    resolve(params);
  }
});
connection.onRequest(() => null);
connection.listen();

/** CPU time (user + system) the server process has used, in ms (Linux /proc; undefined elsewhere). */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

try {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'latency' }],
    capabilities: {},
    initializationOptions: { today: '2026-11-25' },
  });
  await connection.sendNotification('initialized', {});
  const opened = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: policy } });
  const first = await opened;
  // Let the start-up lint of the workspace finish before measuring.
  await new Promise((resolve) => setTimeout(resolve, 500));

  const lines = policy.split('\n');
  const statementLines = lines.flatMap((line, index) => (line.startsWith('Andelen af børn i område') ? [index] : []));
  const timings = [];
  let version = 1;
  const cpuBefore = serverCpuMs();
  for (let i = 0; i < EDITS; i++) {
    const line = statementLines[i % statementLines.length];
    version++;
    const done = published(version);
    const started = performance.now();
    // Type one character at the start of a goal statement.
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: i % 2 === 0 ? 'x' : '' }],
    });
    await done;
    timings.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const cpuAfter = serverCpuMs();
  timings.sort((a, b) => a - b);
  const median = timings.length % 2 ? timings[(timings.length - 1) / 2] : (timings[timings.length / 2 - 1] + timings[timings.length / 2]) / 2;
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`server latency (edit → publishDiagnostics), policy with ${GOALS} goals, ${first.diagnostics.length} findings at start, ${EDITS} edits:`);
  console.log(`  median ${ms(median)}  min ${ms(timings[0])}  max ${ms(timings[timings.length - 1])}`);
  // Wall-clock latency depends on what else the machine runs; the server's own CPU time per edit does not.
  if (cpuBefore !== undefined && cpuAfter !== undefined) console.log(`  server CPU per edit ${ms((cpuAfter - cpuBefore) / EDITS)} (load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
} finally {
  connection.dispose();
  setTimeout(() => server.kill(), 200).unref();
  rmSync(dir, { recursive: true, force: true });
}
