// `govlint report` as a process: usage errors exit 2 with a clear message; a written report
// leaves no temporary file behind and exits 0 whatever the findings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
let work: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  work = mkdtempSync(join(tmpdir(), 'govlint-report-cli-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('govlint report (process)', () => {
  it('exits 2 with a clear message when --out is missing', () => {
    const { code, stdout, stderr } = run(['report', 'test/fixtures/report-basic']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^govlint: govlint report needs --out FILE/);
  });

  it('exits 2 for a path that does not exist, and writes nothing', () => {
    const out = join(work, 'missing.html');
    const { code, stderr } = run(['report', 'test/fixtures/no-such-folder', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such file or directory/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the page (creating its folder), exits 0 despite findings and leaves no temporary file', () => {
    const out = join(work, 'nested', 'report.html');
    const { code, stdout, stderr } = run(['report', 'test/fixtures/report-basic', '--out', out, '--today', '2026-11-23', '--lang', 'en']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^govlint: report written to .*report\.html \(6 documents, 10 goals, \d+ errors, \d+ warnings\)\n$/);
    expect(readdirSync(join(work, 'nested'))).toEqual(['report.html']);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('As of 23 November 2026'); // --today, written the English way
  });
});
