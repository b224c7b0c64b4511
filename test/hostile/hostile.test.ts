// A workspace full of hostile files is linted without a crash, a hang or a stack trace; each
// hostile file gets a clear diagnostic, and the ordinary files keep their usual findings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_EXPECTATIONS, writeHostileWorkspace } from './workspace.ts';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'govlint-hostile-'));
writeHostileWorkspace(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Output {
  diagnostics: Array<{ file: string; rule: string; message: string; line: number; endLine: number }>;
}

describe('hostile workspace', () => {
  const started = Date.now();
  const result = spawnSync(process.execPath, [cli, '.', '--format', 'json', '--today', '2026-11-23'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  const seconds = (Date.now() - started) / 1000;

  it('finishes with exit 0 or 1, no stack trace, well within 30 s', () => {
    expect(result.error).toBeUndefined();
    expect([0, 1]).toContain(result.status);
    expect(result.stderr).toBe('');
    expect(seconds).toBeLessThan(30);
  });

  it('says what is wrong with each hostile file', () => {
    const output = JSON.parse(result.stdout) as Output;
    for (const [file, rule] of Object.entries(HOSTILE_EXPECTATIONS)) {
      const found = output.diagnostics.filter((d) => d.file === file);
      if (rule)
        expect(
          found.map((d) => d.rule),
          file,
        ).toContain(rule);
      else
        expect(
          found.map((d) => d.rule),
          file,
        ).not.toContain('internal-error');
    }
    const messages = (file: string) => output.diagnostics.filter((d) => d.file === file).map((d) => d.message);
    expect(messages('utf16.md')).toContain('Filen er gemt som UTF-16 LE; gem den som UTF-8 for at få den tjekket.');
    expect(messages('binary.md')).toContain('Filen er ikke tekst (NUL bytes) og tjekkes ikke.');
    expect(messages('nested-quotes.md').join()).toMatch(/nesting deeper than 200 levels/);
    expect(messages('alias-bomb.md').filter((m) => /alias/i.test(m))).toHaveLength(1);
  });

  it('keeps the usual findings of the ordinary files and never follows symbolic links', () => {
    const output = JSON.parse(result.stdout) as Output;
    const rules = (file: string) => output.diagnostics.filter((d) => d.file === file).map((d) => d.rule);
    expect(rules('politik.md')).toContain('review-overdue');
    expect(rules('sn.md')).toContain('missing-owner');
    expect(output.diagnostics.some((d) => d.file.startsWith('loop/') || d.file.startsWith('sub/'))).toBe(false);
  });

  it('reports every range inside its file', () => {
    const output = JSON.parse(result.stdout) as Output;
    for (const d of output.diagnostics) expect(d.endLine >= d.line, `${d.file}:${d.line}`).toBe(true);
  });
});
