// `--stdin --stdin-filename PATH` (and `-`, `/dev/stdin`): the text on standard input is linted
// as that file of the project, the rest of the project read from disk. Over a real process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const TODAY = '2026-11-23';
const FILE = 'samples/da/serviceniveauer/sagsbehandling.md';
const text = readFileSync(join(root, FILE), 'utf8');

function run(args: string[], input: string, cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', TODAY], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  files: number;
  documents: number;
  diagnostics: Array<{ file: string; rule: string; line: number; message: string }>;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('linting standard input', () => {
  it('--stdin --stdin-filename gives the findings of that file as the full run has them', () => {
    const full = JSON.parse(run(['samples', '--format', 'json'], '').stdout) as JsonOutput;
    const result = run(['--stdin', '--stdin-filename', FILE, '--format', 'json'], text);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.diagnostics).toEqual(full.diagnostics.filter((diagnostic) => diagnostic.file === FILE));
    expect(output.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['stale-child', 'review-overdue', 'implausible-target']);
    expect([output.files, output.documents]).toEqual([1, 1]);
    expect(result.code).toBe(0);
  });

  it('lints the text given, not the file on disk: an edited parent id is an error of the stdin text', () => {
    const edited = text.replace('overordnet: boernepolitik-2025', 'overordnet: boernepolitik-2024');
    for (const args of [
      ['--stdin', '--stdin-filename', FILE],
      ['-', '--stdin-filename', FILE],
    ]) {
      const result = run([...args, '--format', 'json', '--lang', 'en'], edited);
      const output = JSON.parse(result.stdout) as JsonOutput;
      expect(output.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.rule, diagnostic.line])).toEqual([
        [FILE, 'parent-unknown', 6],
        [FILE, 'review-overdue', 9],
        [FILE, 'implausible-target', 57],
      ]);
      expect(output.diagnostics[0]!.message).toBe('No document has the id "boernepolitik-2024" — did you mean "boernepolitik-2025"?');
      expect(result.code).toBe(1);
    }
  });

  it('a policy on stdin is covered by the children read from disk, exactly as in the full run', () => {
    // goal-uncovered of a policy depends on the service levels that carry its goals out.
    const policy = 'samples/da/politik/boerne-og-ungepolitik.md';
    const result = run(['--stdin', '--stdin-filename', policy, '--format', 'json'], readFileSync(join(root, policy), 'utf8'));
    const full = JSON.parse(run(['samples', '--format', 'json'], '').stdout) as JsonOutput;
    expect((JSON.parse(result.stdout) as JsonOutput).diagnostics).toEqual(full.diagnostics.filter((diagnostic) => diagnostic.file === policy));
  });

  it('/dev/stdin reads standard input (it never lints nothing); without a file name the text is <stdin>', () => {
    const result = run(['/dev/stdin', '--format', 'json'], text, join(root, 'samples'));
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.files).toBe(1);
    // As a second document with the same id beside the real file.
    expect(output.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.rule])).toContainEqual(['<stdin>', 'id-duplicate']);
    expect(result.code).toBe(1);
  });

  it('text over the size limit is reported as too large, as a file would be (and not held whole)', () => {
    const result = run(['--stdin', '--stdin-filename', 'big.md', '--format', 'json', '--lang', 'en'], 'a'.repeat(3 * 1024 * 1024), join(root, 'samples'));
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([
      ['big.md', 'The file is too large to lint (2097153 bytes > 2097152); the limit is set by limits.maxFileBytes.'],
    ]);
    expect(result.code).toBe(1);
  });

  it('refuses other paths, --fix and a stray --stdin-filename with exit 2', () => {
    for (const [args, message] of [
      [['-', 'samples'], 'standard input is linted alone: name no other path (samples); --stdin-filename says which file it stands for'],
      [['--stdin', '--fix'], '--fix and --fix-dry-run work on files, not on standard input'],
      [['samples', '--stdin-filename', FILE], '--stdin-filename needs --stdin (or - as the path)'],
    ] as const) {
      const result = run([...args], text);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`govlint: ${message}; see govlint --help`);
    }
  });
});
