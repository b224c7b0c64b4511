// A workspace large enough to be read on worker threads: the server holds closed files as
// outlines with their document-rule findings, and publishes for every file exactly what the
// CLI reports for it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateWorkspace } from '../../bench/generate.mjs';
import { MIN_FILES_FOR_WORKERS } from '../../engine/lint/pool.ts';
import { LspTestClient, messageText, TODAY } from './lsp-client.ts';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

interface CliDiagnostic {
  file: string;
  rule: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const fromCli = (d: CliDiagnostic) => `${d.line - 1}:${d.column - 1}-${d.endLine - 1}:${d.endColumn - 1} ${d.rule} ${d.message}`;
const fromServer = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${messageText(d)}`;

describe('a large workspace', { timeout: 240_000 }, () => {
  const files = Object.fromEntries(generateWorkspace(MIN_FILES_FOR_WORKERS + 50, 11));
  let client: LspTestClient;
  let expected: Map<string, string[]>;

  beforeAll(async () => {
    client = await LspTestClient.start({ files });
    const run = spawnSync(process.execPath, [cli, '.', '--today', TODAY, '--format', 'json'], { cwd: client.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expected = new Map(Object.keys(files).map((file) => [file, []]));
    for (const diagnostic of (JSON.parse(run.stdout) as { diagnostics: CliDiagnostic[] }).diagnostics) expected.get(diagnostic.file)!.push(fromCli(diagnostic));
  }, 240_000);
  afterAll(() => client.stop());

  it('publishes for every file what the CLI reports, cross-file findings included', async () => {
    let crossFile = 0;
    for (const [file, lines] of expected) {
      const published = await client.waitFor(file, (_list, params) => params !== undefined, 120_000);
      expect(published.map(fromServer).sort(), file).toEqual([...lines].sort());
      crossFile += lines.filter((line) => / (implements-unknown|parent-unknown|goal-uncovered|deadline-after-parent) /.test(line)).length;
    }
    expect(crossFile).toBeGreaterThan(0);
  });

  it('an edit in a closed file’s parent re-lints the closed file from its outline', async () => {
    const policy = Object.keys(files).find((file) => file.startsWith('politik/'))!;
    const child = [...expected].find(([, lines]) => lines.some((line) => line.includes(' implements-unknown ')))?.[0];
    expect(child).toBeDefined();
    const before = client.diagnostics(child!).map(fromServer);
    // Emptying the policy leaves every reference to it unresolved; the child's own findings stay.
    await client.open(policy);
    await client.edit(policy, [{ range: { start: { line: 0, character: 0 }, end: { line: client.text(policy).split('\n').length, character: 0 } }, newText: '' }]);
    const after = await client.waitFor(child!, (list) => list.map(fromServer).join('\n') !== before.join('\n'));
    const own = (lines: string[]) => lines.filter((line) => !/ (implements-unknown|parent-unknown|goal-uncovered|deadline-after-parent|stale-child|hierarchy-order) /.test(line)).sort();
    expect(own(after.map(fromServer))).toEqual(own(before));
    expect(after.map(fromServer).some((line) => line.includes(' parent-unknown '))).toBe(true);
  });
});
