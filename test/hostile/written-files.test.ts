// What govlint writes besides --fix: the cache and the HTML report. Nothing but a govlint cache
// or a govlint report is ever replaced, a linted document never, a planted link is never
// followed, and a cache that cannot be written costs only time (one line on stderr).
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runReport } from '../../cli/report/run.ts';

vi.setConfig({ testTimeout: 60_000 });

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const POLICY = '---\nid: politik\ntype: politik\ntitle: Politik\nowner: Byrådet\nreview: 2027-01-01\n---\n# Politik\n\n## Mål\n\n### M1 Flere børn trives\n\nTekst.\n';
const NOTES = '# Noter\n\nMine egne noter, ikke en cache.\n';
const PACKAGE = '{ "name": "kommune-styring", "private": true }\n';

const temps: string[] = [];
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-written-'));
  temps.push(dir);
  writeFileSync(join(dir, 'politik.md'), POLICY);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

function run(args: string[], cwd: string, timeout = 30_000) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23', '--lang', 'en'], { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

describe('--cache-location never overwrites a file that is not a govlint cache', () => {
  it.each([
    ['NOTES.md', NOTES],
    ['package.json', PACKAGE],
  ])('%s is left as it was; the run says so in one line and goes on uncached with the same findings', (name, content) => {
    const dir = workspace();
    writeFileSync(join(dir, name), content);
    const plain = run(['--format', 'json'], dir);
    const cached = run(['--format', 'json', '--cache', '--cache-location', name], dir);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(content);
    expect(cached.stderr).toBe(`govlint: ${name} is not a govlint cache and is not overwritten; this run is not cached\n`);
    expect(cached.code).toBe(plain.code);
    expect(cached.stdout).toBe(plain.stdout);
    expect(readdirSync(dir).sort()).toEqual([name, 'politik.md'].sort());
  });

  it('a file beside the cache that is not a cache (the documents file) is not overwritten either', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'c.documents.json'), PACKAGE);
    const result = run(['--cache', '--cache-location', 'c.json'], dir);
    expect(result.stderr).toMatch(/^govlint: c\.documents\.json is not a govlint cache/);
    expect(readFileSync(join(dir, 'c.documents.json'), 'utf8')).toBe(PACKAGE);
    expect(existsSync(join(dir, 'c.json'))).toBe(false);
  });

  it('a govlint cache file is recognised by its marker and reused on the next run', () => {
    const dir = workspace();
    const first = run(['--cache', '--cache-location', 'c.json'], dir);
    expect(first.stderr).toBe('');
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toMatch(/^\{"govlint":"cache","format":\d+,"key":"[0-9a-f]{64}",/);
    const second = run(['--cache', '--cache-location', 'c.json'], dir);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('a cache that cannot be written costs only time', () => {
  it('--cache-location under /proc does not hang: one warning, the findings, the usual exit status', () => {
    const dir = workspace();
    const plain = run([], dir);
    const result = run(['--cache', '--cache-location', '/proc/nope/x.json'], dir, 20_000);
    expect(result.error).toBeUndefined(); // no timeout
    expect(result.stderr).toBe('govlint: the cache could not be written to /proc/nope/x.json (ENOENT); the findings are complete, but the next run checks everything again\n');
    expect(result.code).toBe(plain.code);
    expect(result.stdout).toBe(plain.stdout);
  });

  it('--cache-location below a file (politik.md/x.json) is a warning, not an internal error', () => {
    const dir = workspace();
    const plain = run([], dir);
    const result = run(['--cache', '--cache-location', 'politik.md/x.json'], dir);
    expect(result.stderr).toBe('govlint: the cache could not be written to politik.md/x.json (ENOTDIR); the findings are complete, but the next run checks everything again\n');
    expect(result.code).toBe(plain.code);
    expect(result.stdout).toBe(plain.stdout);
    expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toBe(POLICY);
  });
});

describe('report --out replaces only a previous govlint report', () => {
  it('never the document being reported on, not even with --force (also through a link)', () => {
    const dir = workspace();
    symlinkSync('politik.md', join(dir, 'link.html'));
    for (const args of [
      ['--out', 'politik.md'],
      ['--out', 'politik.md', '--force'],
      ['--out', 'link.html', '--force'],
    ]) {
      const result = run(['report', 'politik.md', ...args], dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^govlint: (politik\.md|link\.html) is one of the documents being reported on \(or the configuration\); it is never overwritten\n$/);
      expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toBe(POLICY);
    }
    expect(lstatSync(join(dir, 'link.html')).isSymbolicLink()).toBe(true);
  });

  it('refuses another file unless --force, and replaces its own previous report', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'NOTES.md'), NOTES);
    const refused = run(['report', 'politik.md', '--out', 'NOTES.md'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('govlint: NOTES.md exists and is not a govlint report; it is not overwritten (--force replaces it)\n');
    expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toBe(NOTES);

    expect(run(['report', 'politik.md', '--out', 'report.html'], dir).code).toBe(0);
    const again = run(['report', 'politik.md', '--out', 'report.html'], dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);

    const forced = run(['report', 'politik.md', '--out', 'NOTES.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir).sort()).toEqual(['NOTES.md', 'politik.md', 'report.html']);
  });

  it('a folder as --out, or one that cannot be made, is a one-line error (exit 2), not a hang', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'folder'));
    const folder = run(['report', 'politik.md', '--out', 'folder'], dir);
    expect([folder.code, folder.stderr]).toEqual([2, 'govlint: folder is a folder; --out needs a file name\n']);
    const proc = run(['report', 'politik.md', '--out', '/proc/nope/report.html'], dir, 20_000);
    expect(proc.error).toBeUndefined();
    expect([proc.code, proc.stderr]).toEqual([2, 'govlint: the report could not be written to /proc/nope/report.html (ENOENT)\n']);
  });

  it('--force belongs to report only', () => {
    const dir = workspace();
    const result = run(['--force'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^govlint: --force belongs to govlint report/);
  });
});

describe("the report's temporary file", () => {
  it('is not a predictable name a planted link could catch: the link target is untouched, no temporary file is left', async () => {
    const dir = workspace();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    // The name the report used to write through: `.<out>.<pid>.tmp`.
    symlinkSync(victim, join(dir, `.report.html.${process.pid}.tmp`));
    const lines: string[] = [];
    expect(await runReport({ paths: ['politik.md'], out: 'report.html', today: '2026-11-23' }, { cwd: dir, stdout: (text) => lines.push(text) })).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(lstatSync(join(dir, 'report.html')).isFile()).toBe(true);
    const left = readdirSync(dir).filter((name) => name.endsWith('.tmp') && name !== `.report.html.${process.pid}.tmp`);
    expect(left).toEqual([]);
    expect(basename(lines.join(''))).toMatch(/report\.html/);
  });
});
