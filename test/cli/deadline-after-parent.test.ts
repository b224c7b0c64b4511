// deadline-after-parent through the built CLI as a real process: the default run compares goals
// by their outlines (the parent is not re-read), so the parent's due date must travel in the
// outline — also through worker threads and the cache — and agree with the whole-document run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lateByStatementFixture } from '../../rules/hierarchy/support/test-docs.ts';
import { lintFiles } from '../support/lint-files.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'govlint-due-'));

const files: Record<string, string> = {
  '.govlint.yaml': '# project root\n',
  ...lateByStatementFixture(),
};

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), text);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function lateGoals(args: string[]): string[] {
  const result = spawnSync(process.execPath, [cli, '--format', 'json', '--today', '2026-11-23', ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; rule: string; line: number; column: number; message: string }> };
  return report.diagnostics.filter((d) => d.rule === 'deadline-after-parent').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

describe('deadline-after-parent in the CLI', () => {
  const expected = [
    'sn.md:17:10 Fristen 2029-06-30 ligger efter fristen 2027-12-31 for M1 i "politik", som målet udmønter.',
    'sn.md:21:50 Fristen 2028-06-30 ligger efter fristen 2027-12-31 for M2 i "politik", som målet udmønter.',
    'sn.md:30:23 Fristen 2029-12-31 ligger efter fristen 2027-12-31 for M3 i "politik", som målet udmønter.',
  ];

  it('reads the parent deadline from its statement, from words in its field and from its target field, as the whole-document run does', () => {
    expect(lateGoals([])).toEqual(expected);
    const documents = Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.md')));
    const whole = lintFiles(documents, { only: ['deadline-after-parent'] }).map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.message}`);
    expect(whole).toEqual(expected);
  });

  it('gives the same through worker threads, a partial run of the child, and a warm cache', () => {
    expect(lateGoals(['--concurrency', '2'])).toEqual(expected);
    expect(lateGoals(['sn.md'])).toEqual(expected);
    const cache = join(work, 'cache.json');
    expect(lateGoals(['--cache', '--cache-location', cache])).toEqual(expected);
    expect(lateGoals(['--cache', '--cache-location', cache])).toEqual(expected);
  });
});
