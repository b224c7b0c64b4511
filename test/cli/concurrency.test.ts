// Worker threads: the CLI's output is byte for byte the same whether phase 1 (read, parse,
// document rules) runs here or on workers, and the two-phase lint (outlines for the workspace
// rules) finds exactly what linting whole documents finds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateWorkspace, writeWorkspace } from '../../bench/generate.mjs';
import { lintFilesInParallel, packResults, threadCount, unpackResults, workerScript } from '../../engine/lint/pool.ts';
import { defaultConfig } from '../../engine/config/schema.ts';
import { lintFile, lintFiles, lintOutlines, type LintedFile } from '../../engine/lint/files.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import { discoverFiles } from '../../engine/workspace/discover.ts';
import { loadWorkspace } from '../../engine/workspace/load.ts';
import { allRules } from '../../rules/index.ts';

vi.setConfig({ testTimeout: 180_000 });

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govlint-concurrency-'));
  writeWorkspace(dir, generateWorkspace(240, 7));
  // Files that go wrong in different ways, so their problems must cross the thread boundary too.
  writeFileSync(join(dir, 'retningslinjer', 'binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]));
  writeFileSync(join(dir, 'retningslinjer', 'broken-yaml.md'), '---\nid: [unclosed\ntype: guideline\n---\n# Broken\n');
  writeFileSync(join(dir, 'retningslinjer', 'bare.md'), '# No front matter\n\nJust notes.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, '.', '--today', '2026-11-23', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('--concurrency', () => {
  it('gives the same output on worker threads as in one thread', () => {
    const serial = run('--concurrency', 'off');
    expect(serial.status).toBe(1);
    expect(serial.stderr).toBe('');
    const report = JSON.parse(serial.stdout) as { files: number; diagnostics: Array<{ rule: string }> };
    expect(report.files).toBe(243);
    const rules = new Set(report.diagnostics.map((diagnostic) => diagnostic.rule));
    // Both kinds of rule are in the comparison: document rules from workers, workspace rules after.
    for (const rule of ['vague-goal', 'missing-owner', 'frontmatter-invalid', 'implements-unknown', 'parent-unknown']) expect(rules, rule).toContain(rule);
    for (const concurrency of ['2', '3', 'auto']) {
      const parallel = run('--concurrency', concurrency);
      expect(parallel.stderr, concurrency).toBe('');
      expect(parallel.status, concurrency).toBe(1);
      expect(parallel.stdout === serial.stdout, `--concurrency ${concurrency} differs`).toBe(true);
    }
  });

  it('refuses a value that is not a number, auto or off', () => {
    const result = run('--concurrency', 'many');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--concurrency must be a whole number from 1, auto or off, not "many"');
  });
});

describe('two-phase lint', () => {
  it('finds exactly what linting whole documents finds', async () => {
    const config = defaultConfig(dir);
    const files = await discoverFiles(['.'], { cwd: dir, root: dir, include: config.include, ignore: config.ignore });
    const options = { config, rules: allRules, today: '2026-11-23' };
    const whole = lintWorkspace(loadWorkspace(files, config), options);
    const twoPhase = lintFiles(files, options);
    expect(whole.length).toBeGreaterThan(100);
    expect(twoPhase.diagnostics).toEqual(whole);
  });

  it('keeps in an outline only the front matter other documents read, and whether its keys are Danish', async () => {
    const small = mkdtempSync(join(tmpdir(), 'govlint-outline-'));
    try {
      // Danish keys only among those the outline drops (titel, ejer): parent-missing's fix must still add "overordnet".
      writeFileSync(join(small, 'politik.md'), '---\nid: politik\ntype: politik\ntitle: Politik\nowner: Udvalget\nreview: 2030-01-01\n---\n# Politik\n');
      writeFileSync(join(small, 'rl.md'), '---\nid: rl\ntype: retningslinje\ntitel: Retningslinje\nejer: Afdelingen\nreview: 2030-01-01\n---\n# Retningslinje\n');
      const config = defaultConfig(small);
      const files = await discoverFiles(['.'], { cwd: small, root: small, include: config.include, ignore: config.ignore });
      const options = { config, rules: allRules, today: '2026-11-23' };
      const linted = files.map((file) => lintFile(file, options));
      const outline = linted.find((file) => file.outline.path === 'rl.md')!.outline;
      expect([...(outline.frontmatter!.entries as Map<string, unknown>).keys()]).toEqual(['id', 'type']);
      expect(outline.frontmatter!.danishKeys).toBe(true);
      const twoPhase = lintOutlines(linted, options).diagnostics.filter((d) => d.rule === 'parent-missing');
      expect(twoPhase).toEqual(lintWorkspace(loadWorkspace(files, config), options).filter((d) => d.rule === 'parent-missing'));
      expect(twoPhase[0]!.suggestions![0]!.edits[0]!.newText).toContain('overordnet: ');
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  });
});

describe('threadCount', () => {
  it('uses one thread per core only for a large workspace, and no pool for one core', () => {
    expect(threadCount(100, 'auto', 4)).toBe(0);
    expect(threadCount(150, 'auto', 4)).toBe(2);
    expect(threadCount(1000, 'auto', 2)).toBe(2);
    expect(threadCount(1000, 'auto', 16)).toBe(8);
    expect(threadCount(1000, 'auto', 1)).toBe(0);
    expect(threadCount(1000, 1, 4)).toBe(0);
    expect(threadCount(10, 3, 2)).toBe(3);
    expect(threadCount(2, 3, 2)).toBe(2);
  });
});

describe('lintFilesInParallel', () => {
  it('gives the same outlines and findings when the workers pack them (as for a large workspace)', async () => {
    const config = defaultConfig(dir);
    const files = await discoverFiles(['.'], { cwd: dir, root: dir, include: config.include, ignore: config.ignore });
    const options = { config, rules: allRules, today: '2026-11-23' };
    const here = files.map((file) => lintFile(file, options));
    // The built worker (dist/lint-worker.js, next to dist/cli.js); workerScript() finds none when running from sources.
    const script = join(cli, '..', 'lint-worker.js');
    expect(workerScript()).toBeUndefined();
    const packed = await lintFilesInParallel(script, files, { config, today: '2026-11-23', packResults: true }, 2, undefined);
    expect(packed).toEqual(here);
    expect(here.flatMap((file) => file.diagnostics).length).toBeGreaterThan(500);
    expect(unpackResults(packResults(here))).toEqual(here);
  });

  it('rejects with the reason when a worker dies, and stops taking batches here', async () => {
    const script = join(dir, 'dying-worker.mjs');
    writeFileSync(script, 'process.exit(3);\n');
    const files = Array.from({ length: 2000 }, (_, i) => ({ absolute: join(dir, `missing-${i}.md`), relative: `missing-${i}.md` }));
    let here = 0;
    const lintHere = (file: { relative: string }) => {
      here++;
      // About 1 ms a file: the batches left for this thread would take seconds.
      for (const until = performance.now() + 1; performance.now() < until;);
      return { outline: { path: file.relative } as LintedFile['outline'], diagnostics: [] };
    };
    await expect(lintFilesInParallel(script, files, { config: defaultConfig(dir), today: '2026-11-23' }, 3, lintHere)).rejects.toThrow('lint worker stopped with exit code 3');
    const atFailure = here;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // At most the batch under way when the worker died is finished here; nothing after it.
    expect(here - atFailure).toBeLessThanOrEqual(16);
    expect(here).toBeLessThan(files.length / 2);
  });
});
