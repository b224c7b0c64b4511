// `--cache`: a warm run gives exactly the cold run's output; a change to a document, to a document
// it depends on (parent, referenced or referencing documents, children), to the configuration or to
// the run's settings re-lints what it must; unchanged files are not parsed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cacheKey, lintWithCache } from '../../engine/api/cache.ts';
import { resolveConfig, type ConfigInput } from '../../engine/config/schema.ts';
import { lintWorkspace, type LintOptions } from '../../engine/lint/runner.ts';
import type { DiscoveredFile } from '../../engine/workspace/discover.ts';
import { loadWorkspace } from '../../engine/workspace/load.ts';
import { md } from '../../rules/hierarchy/support/test-docs.ts';
import { allRules } from '../../rules/index.ts';

// Each test spawns the CLI several times (or runs many fix passes); a loaded CI machine is slow.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-cache-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const POLICY = md({ id: 'politik', type: 'politik', goals: [{ head: 'M1 Flere børn trives', fields: ['Frist: 2028-12-31'] }, { head: 'M2 Færre underretninger' }] });
const SERVICE = md({ id: 'standard', type: 'serviceniveau', parent: 'politik', goals: [{ head: 'S1 Undersøgelser til tiden', fields: ['Udmønter: M1', 'Frist: 2028-06-30'] }] });
const GUIDE = md({ id: 'vejledning', type: 'retningslinje', parent: 'standard', goals: [{ head: 'R1 Tjekliste', fields: ['Udmønter: S1'] }] });
const OTHER = md({ id: 'andet', type: 'politik', goals: [{ head: 'A1 Noget andet' }] });

function write(dir: string, files: Record<string, string>): DiscoveredFile[] {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return listed(dir);
}

function listed(dir: string): DiscoveredFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((absolute) => ({ absolute, relative: absolute.slice(dir.length + 1) }))
    .sort((a, b) => (a.relative < b.relative ? -1 : 1));
}

function optionsFor(config: ConfigInput = {}, today = '2026-11-23'): LintOptions {
  return { config: resolveConfig(config, '/workspace'), rules: allRules, today };
}

function uncached(files: DiscoveredFile[], options: LintOptions) {
  return lintWorkspace(loadWorkspace(files, options.config), options);
}

describe('govlint --cache (process)', () => {
  it('a warm run prints exactly the cold run, and the cache lives under node_modules/.cache/govlint', () => {
    const dir = tempDir();
    cpSync(join(root, 'test', 'fixtures', 'ci-formats'), join(dir, 'ci-formats'), { recursive: true });
    cpSync(join(root, 'test', 'fixtures', 'cli-basic'), join(dir, 'cli-basic'), { recursive: true });
    const plain = run(['--format', 'json'], dir);
    const cold = run(['--format', 'json', '--cache'], dir);
    // The findings, and beside them the parsed documents (read only when a file changed).
    expect(
      readdirSync(join(dir, 'node_modules', '.cache', 'govlint'))
        .map((name) => name.replace(/[0-9a-f]{16}/, 'H'))
        .sort(),
    ).toEqual(['lint-H.documents.json', 'lint-H.json']);
    const warm = run(['--format', 'json', '--cache'], dir);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(cold.stdout);
    expect([cold.code, warm.code]).toEqual([plain.code, plain.code]);
    expect(run(['--cache'], dir).stdout).toBe(run([], dir).stdout);
  });

  it('editing the configuration file or a parent document between runs gives the fresh result', () => {
    const dir = tempDir();
    write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE, 'vejledning.md': GUIDE });
    run(['--format', 'json', '--cache'], dir);
    writeFileSync(join(dir, '.govlint.yaml'), 'rules:\n  goal-uncovered: off\n');
    const reconfigured = run(['--format', 'json', '--cache'], dir);
    expect(reconfigured.stdout).toBe(run(['--format', 'json'], dir).stdout);
    expect(reconfigured.stdout).not.toContain('goal-uncovered');
    write(dir, { 'politik.md': POLICY.replace('M1 Flere', 'M7 Flere') });
    const edited = run(['--format', 'json', '--cache'], dir);
    expect(edited.stdout).toBe(run(['--format', 'json'], dir).stdout);
    expect(edited.stdout).toContain('implements-unknown');
  });

  it('--cache-location puts the cache where it is told (a folder or a .json file)', () => {
    const dir = tempDir();
    write(dir, { 'politik.md': POLICY });
    run(['--cache', '--cache-location', '.govlint-cache'], dir);
    expect(readdirSync(join(dir, '.govlint-cache'))).toHaveLength(2);
    run(['--cache', '--cache-location', 'tmp/c.json'], dir);
    expect(readdirSync(join(dir, 'tmp')).sort()).toEqual(['c.documents.json', 'c.json']);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });
});

describe('lintWithCache', () => {
  it('skips parsing and linting when nothing changed, and re-lints a changed file and its dependents', async () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache.json');
    const files = write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE, 'vejledning.md': GUIDE, 'andet.md': OTHER });
    const options = optionsFor();
    const cold = await lintWithCache(files, options, cacheFile, dir);
    expect(cold.stats.linted).toHaveLength(4);
    expect(cold.diagnostics).toEqual(uncached(files, options));
    const warm = await lintWithCache(files, options, cacheFile, dir);
    expect(warm.stats).toEqual({ parsed: [], linted: [], documents: 4 });
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(warm.documents).toBe(cold.documents);

    // A policy no other document reads changes: only it is parsed and linted (the others are
    // revived from the cache for its rules to read).
    write(dir, { 'andet.md': OTHER.replace('A1 Noget andet', 'A1 Noget helt andet') });
    const one = await lintWithCache(files, options, cacheFile, dir);
    expect(one.stats.linted).toEqual(['andet.md']);
    expect(one.stats.parsed).toEqual(['andet.md']);
    expect(one.diagnostics).toEqual(uncached(files, options));

    // The guideline changes: at least it and the service level it carries out (S1 loses its
    // carrier) are linted (today also the parentless documents, which read the other types).
    write(dir, { 'vejledning.md': GUIDE.replace('Udmønter: S1', 'Udmønter: S9') });
    const leaf = await lintWithCache(files, options, cacheFile, dir);
    expect(leaf.stats.linted).toEqual(expect.arrayContaining(['standard.md', 'vejledning.md']));
    expect(leaf.stats.parsed).toEqual(['vejledning.md']);
    expect(leaf.diagnostics).toEqual(uncached(files, options));
  });

  it('editing a parent invalidates the child', async () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache.json');
    const files = write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE, 'vejledning.md': GUIDE, 'andet.md': OTHER });
    const options = optionsFor();
    await lintWithCache(files, options, cacheFile, dir);
    // M1 is renamed: the service level's "Udmønter: M1" now points at nothing.
    write(dir, { 'politik.md': POLICY.replace('M1 Flere', 'M7 Flere') });
    const after = await lintWithCache(files, options, cacheFile, dir);
    expect(after.stats.linted.sort()).toEqual(['politik.md', 'standard.md', 'vejledning.md']);
    expect(after.diagnostics.some((d) => d.file === 'standard.md' && d.rule === 'implements-unknown')).toBe(true);
    expect(after.diagnostics).toEqual(uncached(files, options));
  });

  it('a change of configuration, --today or --lang invalidates everything', async () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache.json');
    const files = write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE, 'vejledning.md': GUIDE, 'andet.md': OTHER });
    await lintWithCache(files, optionsFor(), cacheFile, dir);
    const reconfigured = optionsFor({ rules: { 'goal-uncovered': 'off' } });
    const after = await lintWithCache(files, reconfigured, cacheFile, dir);
    expect(after.stats.linted).toHaveLength(4);
    expect(after.stats.parsed).toHaveLength(4);
    expect(after.diagnostics).toEqual(uncached(files, reconfigured));
    expect(cacheKey(optionsFor(), dir)).not.toBe(cacheKey(optionsFor({}, '2030-01-01'), dir));
    expect(cacheKey(optionsFor(), dir)).not.toBe(cacheKey({ ...optionsFor(), lang: 'en' }, dir));
    expect(cacheKey(optionsFor(), dir)).toBe(cacheKey(optionsFor(), dir));
  });

  it('a cache written by another govlint (other key) or a damaged cache file is ignored', async () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache.json');
    const files = write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE });
    const options = optionsFor();
    await lintWithCache(files, options, cacheFile, dir);
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string };
    writeFileSync(cacheFile, JSON.stringify({ ...stored, key: 'another-version' }));
    expect((await lintWithCache(files, options, cacheFile, dir)).stats.linted).toHaveLength(2);
    writeFileSync(cacheFile, '{"format": 1, "key"');
    const damaged = await lintWithCache(files, options, cacheFile, dir);
    expect(damaged.stats.linted).toHaveLength(2);
    expect(damaged.stats.parsed).toEqual([]); // the documents were still good
    expect(damaged.diagnostics).toEqual(uncached(files, options));
    // Damaged, but recognisably a cache (cut off after the marker): replaced.
    writeFileSync(join(dir, 'cache.json'), '{"govlint":"cache","format":6,"ke');
    writeFileSync(join(dir, 'cache.documents.json'), '{"govlint":"cache",');
    const both = await lintWithCache(files, options, cacheFile, dir);
    expect(both.writeProblem).toBeUndefined();
    expect(both.stats.parsed).toHaveLength(2);
    expect(both.diagnostics).toEqual(uncached(files, options));
    expect((await lintWithCache(files, options, cacheFile, dir)).stats.linted).toEqual([]);
  });

  it('a cache of an older govlint (before the marker) is still recognised and replaced; any other file is not', async () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache.json');
    const files = write(dir, { 'politik.md': POLICY });
    const options = optionsFor();
    writeFileSync(cacheFile, `{"format":5,"key":"${'a'.repeat(64)}","entries":{}}`);
    writeFileSync(join(dir, 'cache.documents.json'), `{"format":5,"key":"${'a'.repeat(64)}","documents":{}}`);
    expect((await lintWithCache(files, options, cacheFile, dir)).writeProblem).toBeUndefined();
    expect(readFileSync(cacheFile, 'utf8')).toMatch(/^\{"govlint":"cache","format":6,/);
    expect(readFileSync(join(dir, 'cache.documents.json'), 'utf8')).toMatch(/^\{"govlint":"cache","format":6,/);
    writeFileSync(cacheFile, '{"format":5,"key":"not a hash"}');
    expect((await lintWithCache(files, options, cacheFile, dir)).writeProblem).toEqual({ file: cacheFile, kind: 'not-a-cache' });
    expect(readFileSync(cacheFile, 'utf8')).toBe('{"format":5,"key":"not a hash"}');
  });

  it('a new document that carries out a goal, or a removed one, re-lints the documents that read it', async () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache.json');
    let files = write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE, 'andet.md': OTHER });
    const options = optionsFor();
    await lintWithCache(files, options, cacheFile, dir);
    files = write(dir, { 'standard2.md': md({ id: 'standard2', type: 'serviceniveau', parent: 'politik', goals: [{ head: 'S1 Tidlig indsats', fields: ['Udmønter: M2'] }] }) });
    const added = await lintWithCache(files, options, cacheFile, dir);
    expect(added.stats.linted).toContain('politik.md');
    expect(added.diagnostics).toEqual(uncached(files, options));
    unlinkSync(join(dir, 'standard2.md'));
    files = listed(dir);
    const removed = await lintWithCache(files, options, cacheFile, dir);
    expect(removed.diagnostics).toEqual(uncached(files, options));
  });

  it('after any sequence of edits, the cached result equals a full lint', async () => {
    const variants: Record<string, string[]> = {
      'politik.md': [POLICY, POLICY.replace('M1 Flere', 'M7 Flere'), POLICY.replace('Frist: 2028-12-31', 'Frist: 2027-01-01'), md({ id: 'politik', type: 'politik', status: 'retired' }), ''],
      'standard.md': [SERVICE, SERVICE.replace('Udmønter: M1', 'Udmønter: M2'), SERVICE.replace('overordnet: politik', 'overordnet: polittik'), SERVICE.replace('id: standard', 'id: politik'), ''],
      'vejledning.md': [GUIDE, GUIDE.replace('Udmønter: S1', 'Udmønter: standard#S1, politik#M2'), GUIDE.replace('overordnet: standard', 'overordnet: vejledning'), ''],
      'andet.md': [OTHER, OTHER.replace('id: andet', 'id: standard'), md({ id: 'andet', type: 'serviceniveau', parent: 'politik', goals: [{ head: 'X1 Y', fields: ['Udmønter: M2'] }] }), ''],
    };
    const names = Object.keys(variants);
    const step = fc.tuple(fc.constantFrom(...names), fc.nat(4), fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), fc.boolean(), async (steps, english) => {
        const dir = tempDir();
        const cacheFile = join(dir, 'cache.json');
        const options = english ? { ...optionsFor(), lang: 'en' as const } : optionsFor();
        write(dir, { 'politik.md': POLICY, 'standard.md': SERVICE, 'vejledning.md': GUIDE, 'andet.md': OTHER });
        await lintWithCache(listed(dir), options, cacheFile, dir);
        for (const [name, choice, remove] of steps) {
          const list = variants[name]!;
          if (remove && existsSync(join(dir, name))) unlinkSync(join(dir, name));
          else write(dir, { [name]: list[choice % list.length]! });
          const files = listed(dir);
          expect((await lintWithCache(files, options, cacheFile, dir)).diagnostics).toEqual(uncached(files, options));
        }
      }),
      { numRuns: 40 },
    );
  });
});
