// The CLI (a process printing JSON), the engine's API (in this process) and the language server
// (over a real stdio LSP connection) give the same findings — file, range, rule, severity and
// message — on the samples and on a generated workspace of 300 documents, whose cross-file
// findings (parents, goal references, deadlines) only the two-phase run over the whole project sees.
// And the CLI's faster paths (worker threads, a cold and a warm `--cache`) print, byte for byte,
// what one thread without a cache prints, on a workspace of each benchmark shape.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeWorkspace } from '../../bench/generate.mjs';
import { generateCorpus } from '../../bench/shapes.mjs';
import { createLinter, type Diagnostic } from '../../engine/api/index.ts';
import { LspTestClient, TODAY } from '../server/lsp-client.ts';

const repo = join(import.meta.dirname, '..', '..');
const cli = join(repo, 'dist', 'cli.js');

interface CliDiagnostic {
  file: string;
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One line per finding, positions 1-based as the CLI prints them. */
type Findings = Map<string, string[]>;

const line = (file: string, start: { line: number; column: number }, end: { line: number; column: number }, rule: string, severity: string, message: string) =>
  `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${rule} ${severity} ${message}`;

const LSP_SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function markdownFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) files.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return files.sort();
}

function group(files: readonly string[], entries: ReadonlyArray<[string, string]>): Findings {
  const findings: Findings = new Map(files.map((file) => [file, []]));
  for (const [file, text] of entries) {
    const list = findings.get(file);
    if (!list) throw new Error(`a finding for a file not in the workspace: ${file}`);
    list.push(text);
  }
  for (const list of findings.values()) list.sort();
  return findings;
}

async function fromCli(dir: string, files: readonly string[]): Promise<Findings> {
  // Exit status 1: there are errors among the findings.
  const stdout = await promisify(execFile)(process.execPath, [cli, '.', '--today', TODAY, '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).then(
    (run) => run.stdout,
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      if (error.code !== 1 || !error.stdout) throw new Error(`the CLI failed (exit ${String(error.code)}): ${error.stderr ?? ''}`);
      return error.stdout;
    },
  );
  const { diagnostics } = JSON.parse(stdout) as { diagnostics: CliDiagnostic[] };
  return group(
    files,
    diagnostics.map((d) => [d.file, line(d.file, { line: d.line, column: d.column }, { line: d.endLine, column: d.endColumn }, d.rule, d.severity, d.message)]),
  );
}

async function fromApi(dir: string, files: readonly string[]): Promise<Findings> {
  const { diagnostics } = await createLinter({ cwd: dir, today: TODAY }).lintFiles(['.']);
  return group(
    files,
    diagnostics.map((d: Diagnostic) => [d.file, line(d.file, d.range.start, d.range.end, d.rule, d.severity, d.message)]),
  );
}

async function fromServer(client: LspTestClient, files: readonly string[]): Promise<Findings> {
  const entries: Array<[string, string]> = [];
  for (const file of files) {
    const published = await client.waitFor(file, (_list, params) => params !== undefined, 120_000);
    for (const d of published) {
      const start = { line: d.range.start.line + 1, column: d.range.start.character + 1 };
      const end = { line: d.range.end.line + 1, column: d.range.end.character + 1 };
      entries.push([file, line(file, start, end, String(d.code), LSP_SEVERITY[d.severity ?? 1]!, typeof d.message === 'string' ? d.message : d.message.value)]);
    }
  }
  return group(files, entries);
}

function describeWorkspace(name: string, prepare: (dir: string) => void, check: (findings: Findings) => void): void {
  describe(name, { timeout: 180_000 }, () => {
    let dir: string;
    let files: string[];
    let client: LspTestClient;
    let cliFindings: Findings;
    let apiFindings: Findings;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'govlint-identical-'));
      prepare(dir);
      files = markdownFiles(dir);
      // The server reads a copy (LspTestClient makes its own folder) while the CLI and the API run.
      client = await LspTestClient.start({ files: {}, prepare: (serverDir) => cpSync(dir, serverDir, { recursive: true }) });
      [cliFindings, apiFindings] = await Promise.all([fromCli(dir, files), fromApi(dir, files)]);
    }, 180_000);
    afterAll(async () => {
      await client?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('the API finds what the CLI prints', () => {
      check(cliFindings);
      expect(Object.fromEntries(apiFindings)).toEqual(Object.fromEntries(cliFindings));
    });

    it('the language server publishes for every file what the CLI prints', async () => {
      expect(Object.fromEntries(await fromServer(client, files))).toEqual(Object.fromEntries(cliFindings));
    });
  });
}

const count = (findings: Findings, rules: RegExp) => [...findings.values()].flat().filter((text) => rules.test(text)).length;
const CROSS_FILE = / (implements-unknown|parent-unknown|goal-uncovered|deadline-after-parent|stale-child|hierarchy-order|id-duplicate) /;

describeWorkspace(
  'the samples',
  (dir) => cpSync(join(repo, 'samples'), dir, { recursive: true }),
  (findings) => expect([...findings.values()].flat().length).toBeGreaterThan(10),
);

describeWorkspace(
  'a generated workspace of 300 documents',
  (dir) => writeWorkspace(dir, generateWorkspace(300, 19)),
  (findings) => {
    expect(findings.size).toBe(300);
    expect(count(findings, CROSS_FILE)).toBeGreaterThan(0);
  },
);

/** The CLI's stdout in `dir` (exit status 0, or 1 when an error is among the findings). */
function cliOutput(dir: string, args: readonly string[]): string {
  const run = spawnSync(process.execPath, [cli, '.', '--today', TODAY, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}

describe.each(['project', 'goal-heavy', 'prose-heavy', 'small-files'] as const)('the CLI on a %s workspace', { timeout: 180_000 }, (shape) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govlint-paths-'));
    // Small, so the test is quick; `--concurrency 2` puts phase 1 on a worker whatever the count.
    writeWorkspace(dir, generateCorpus(shape, 30, 7));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['json'], ['stylish']])('prints in --format %s on worker threads and through a cold and a warm --cache exactly what one thread prints', (format) => {
    const reference = cliOutput(dir, ['--format', format, '--concurrency', 'off']);
    expect(reference.length).toBeGreaterThan(3_000);
    const cache = join(dir, 'node_modules', '.cache', `paths-${format}`);
    expect(cliOutput(dir, ['--format', format, '--concurrency', '2'])).toBe(reference);
    expect(cliOutput(dir, ['--format', format, '--cache', '--cache-location', cache])).toBe(reference);
    expect(cliOutput(dir, ['--format', format, '--cache', '--cache-location', cache])).toBe(reference);
  });
});
