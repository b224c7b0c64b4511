// `govlint init` in a temp folder: a commented configuration and three skeletons that lint
// without errors (their placeholders are warnings until filled in), in Danish by default and English with --lang en; existing files are never overwritten.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { allRules } from '../../rules/index.ts';

// Each test spawns the CLI several times (or runs many fix passes); a loaded CI machine is slow.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-init-'));
  temps.push(dir);
  return dir;
}
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const documentRules = new Set(allRules.filter((rule) => rule.meta.family === 'document').map((rule) => rule.meta.id));

describe('govlint init', () => {
  for (const [lang, names] of [
    ['da', ['.govlint.yaml', 'politik.md', 'retningslinje.md', 'serviceniveau.md']],
    ['en', ['.govlint.yaml', 'guideline.md', 'policy.md', 'service-level.md']],
  ] as const) {
    it(`writes a commented configuration and three skeletons that lint without errors (${lang})`, () => {
      const dir = tempDir();
      const init = run(lang === 'da' ? ['init', '--today', '2026-11-23'] : ['init', '--lang', 'en', '--today', '2026-11-23'], dir);
      expect(init.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(names);
      for (const name of names) expect(init.stdout).toContain(name);
      const config = readFileSync(join(dir, '.govlint.yaml'), 'utf8');
      expect(config.split('\n').filter((line) => line.startsWith('#')).length).toBeGreaterThan(20);
      expect(config).toContain(`lang: ${lang}`);

      const lint = run(['--format', 'json', '--today', '2026-11-23'], dir);
      expect(lint.code).toBe(0); // the configuration loads, and no errors
      const output = JSON.parse(lint.stdout) as { documents: number; diagnostics: Array<{ rule: string; severity: string }> };
      expect(output.documents).toBe(3);
      expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // What is left to fill in is reported as such (placeholders, and the owners they stand for), as warnings.
      expect(output.diagnostics.filter((d) => documentRules.has(d.rule) && d.rule !== 'placeholder' && d.rule !== 'missing-owner')).toEqual([]);
      expect(output.diagnostics.filter((d) => d.rule === 'placeholder').length).toBeGreaterThanOrEqual(15);
      expect(output.diagnostics.filter((d) => d.rule === 'missing-owner' || d.rule === 'placeholder').every((d) => d.severity === 'warning')).toBe(true);
      // The chain is complete: every goal is carried out by the level below.
      expect(output.diagnostics.filter((d) => d.rule.startsWith('goal-uncovered') || d.rule.startsWith('parent-') || d.rule === 'implements-unknown')).toEqual([]);
      // Still clean a year and a half later (review dates lie one year ahead: then review-overdue warns, no error).
      const later = JSON.parse(run(['--format', 'json', '--today', '2028-06-01'], dir).stdout) as typeof output;
      expect(later.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }

  it('never overwrites an existing file, and says which it skipped', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'politik.md'), 'mine\n');
    const first = run(['init'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/sprang politik\.md over: filen findes allerede/);
    expect(first.stdout).toMatch(/skrev serviceniveau\.md/);
    expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toBe('mine\n');
    const snapshot = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    const second = run(['init', '--lang', 'da'], dir);
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n')).toHaveLength(4);
    expect(second.stdout).not.toMatch(/skrev/);
    expect(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])).toEqual(snapshot);
  });

  it('takes no paths', () => {
    const dir = tempDir();
    expect(run(['init', 'docs'], dir).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
