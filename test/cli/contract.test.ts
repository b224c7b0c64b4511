// The CLI contract of SPEC §5, checked by running the built CLI as a real process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function run(args: string[], cwd = fixtures) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  version: number;
  documents: number;
  diagnostics: Array<Record<string, unknown>>;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('govlint CLI', () => {
  it('prints exactly one JSON object of the SPEC shape, with relative paths and 1-based positions', () => {
    const { code, stdout } = run(['cli-basic', '--format', 'json', '--today', '2026-11-23']);
    const output = JSON.parse(stdout) as JsonOutput;
    expect(output.version).toBe(1);
    expect(output.documents).toBe(1);
    expect(output.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of output.diagnostics) {
      expect(diagnostic.file).toBe('cli-basic/politik/boernepolitik.md');
      expect(typeof diagnostic.rule).toBe('string');
      expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
      expect(typeof diagnostic.message).toBe('string');
      for (const key of ['line', 'column', 'endLine', 'endColumn']) expect(diagnostic[key]).toBeGreaterThanOrEqual(1);
      expect(diagnostic.endLine as number).toBeLessThanOrEqual(39);
    }
    const missingOwner = output.diagnostics.filter((d) => d.rule === 'missing-owner');
    expect(missingOwner.map((d) => [d.severity, d.line, d.column, d.goal ?? null])).toEqual([
      ['error', 1, 1, null],
      ['warning', 31, 5, 'M2'],
    ]);
    expect(output.diagnostics.find((d) => d.rule === 'review-overdue')).toMatchObject({ line: 7, column: 11, endColumn: 21 });
    // An error-severity finding (the document has no owner) makes the exit status 1.
    expect(code).toBe(1);
  });

  it('does not lint Markdown files that are not governance documents', () => {
    const { stdout } = run(['cli-basic', '--format', 'json', '--today', '2026-11-23']);
    const files = new Set((JSON.parse(stdout) as JsonOutput).diagnostics.map((d) => d.file));
    expect([...files]).toEqual(['cli-basic/politik/boernepolitik.md']);
  });

  it('exits 0 when there are only warnings, and 1 when they exceed --max-warnings', () => {
    const clean = join(fixtures, 'cli-clean');
    const relaxed = run(['--today', '2026-11-23'], clean);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain('warning');
    const strict = run(['--today', '2026-11-23', '--max-warnings', '0'], clean);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/warnings exceed --max-warnings 0/);
  });

  it('--quiet shows errors only', () => {
    const { stdout } = run(['cli-basic', '--format', 'json', '--today', '2026-11-23', '--quiet']);
    const severities = new Set((JSON.parse(stdout) as JsonOutput).diagnostics.map((d) => d.severity));
    expect([...severities]).toEqual(['error']);
  });

  it('--lang en switches the messages; the default follows the document (Danish)', () => {
    const danish = JSON.parse(run(['cli-basic', '--format', 'json', '--today', '2026-11-23']).stdout) as JsonOutput;
    const english = JSON.parse(run(['cli-basic', '--format', 'json', '--today', '2026-11-23', '--lang', 'en']).stdout) as JsonOutput;
    const owner = (output: JsonOutput) => output.diagnostics.find((d) => d.rule === 'missing-owner' && d.line === 1)?.message;
    expect(owner(danish)).toBe('Dokumentet har ingen ansvarlig: tilføj "ansvarlig:" med den enhed eller rolle, der svarer for det.');
    expect(owner(english)).toBe('The document has no owner: add "owner:" with the unit or role that answers for it.');
  });

  it('--today makes date rules reproducible', () => {
    const before = JSON.parse(run(['cli-basic', '--format', 'json', '--today', '2026-05-01']).stdout) as JsonOutput;
    const after = JSON.parse(run(['cli-basic', '--format', 'json', '--today', '2026-11-23']).stdout) as JsonOutput;
    expect(before.diagnostics.some((d) => d.rule === 'review-overdue')).toBe(false);
    expect(after.diagnostics.some((d) => d.rule === 'review-overdue')).toBe(true);
  });

  it('exits 2 with one line naming the bad key for a broken configuration', () => {
    const { code, stdout, stderr } = run(['--format', 'json'], join(fixtures, 'cli-broken-config'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/\.govlint\.yaml:4:3: unknown rule "vague-gaol" in "rules"/);
  });

  it('exits 2 with a one-line error for a missing path, and for bad usage', () => {
    const missing = run(['no-such-folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('govlint: no such file or directory: no-such-folder');
    const usage = run(['--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('govlint: unknown format "xml" (use ' + usage.stderr.split('(use ')[1]!.split('\n')[0]);
    expect(run(['--today', '23-11-2026']).code).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a stylish report grouped by file with a summary line', () => {
    const { stdout } = run(['cli-basic', '--today', '2026-11-23']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('cli-basic/politik/boernepolitik.md');
    expect(lines.some((line) => /^\s+1:1\s+fejl\s+Dokumentet har ingen ansvarlig.*missing-owner$/.test(line))).toBe(true);
    expect(stdout).toMatch(/✖ \d+ problemer \(1 fejl, \d+ advarsler, \d+ info\)/);
  });
});

describe('file discovery', () => {
  it('honours .gitignore and the configured ignore globs, but lints a file named explicitly', () => {
    const dir = join(fixtures, 'cli-ignore');
    const files = (args: string[]) => new Set((JSON.parse(run([...args, '--format', 'json', '--today', '2026-11-23'], dir).stdout) as JsonOutput).diagnostics.map((d) => d.file));
    expect([...files([])]).toEqual(['aktuelle/doc.md']);
    expect([...files(['kladder/doc.md'])]).toEqual(['kladder/doc.md']);
  });
});
