// The summary lines speak the language of the findings (the documents) they sum up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function summary(args: string[]): string {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args, '--today', '2026-11-23'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return (
    result.stdout
      .trimEnd()
      .split('\n')
      .filter((line) => line.startsWith('✖'))[0] ?? ''
  );
}

describe('stylish summary', () => {
  it("is English for an all-English workspace, Danish for a Danish one, the run's language when they mix", () => {
    expect(summary(['samples/en'])).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ info\)$/);
    expect(summary(['samples/da'])).toMatch(/^✖ \d+ problemer \(\d+ fejl, \d+ advarsler, \d+ info\)$/);
    expect(summary(['samples'])).toMatch(/problemer/); // mixed: the configuration's lang (default da)
    expect(summary(['samples/da', '--lang', 'en'])).toMatch(/problems/);
  });

  it("--fix says what it fixed in the documents' language when they share one", () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-fix-lang-'));
    mkdirSync(join(dir, '.git'));
    const document = '---\nid: x\ntype: policy\nlang: en\ntitle: X\nowner: Council\nadopted: 12. marts 2025\nreview: 2027-01-01\n---\n\n# X\n';
    writeFileSync(join(dir, 'x.md'), document);
    const fix = () => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--fix', '--today', '2026-11-23'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stderr;
    expect(fix()).toBe('govlint: x.md: fixed 1 problem(s)\ngovlint: fixed 1 problem(s) in 1 file(s)\n');
    writeFileSync(join(dir, 'x.md'), document.replace('lang: en', 'lang: da'));
    expect(fix()).toBe('govlint: x.md: rettede 1 problem(er)\ngovlint: rettede 1 problem(er) i 1 fil(er)\n');
  });
});
