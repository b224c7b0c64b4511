// Partial runs (SPEC §5): the paths on the command line say what is reported; the hierarchy rules
// always see the whole project. Checked by running the built CLI as a real process: every sample
// file on its own gives exactly its findings of the full run, `--fix` on one file fixes only that
// file, and a real git pre-commit hook on the staged files refuses a bad commit and lets a good one in.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeWorkspace } from '../../bench/generate.mjs';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const TODAY = '2026-11-23';

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', TODAY], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  documents: number;
  files: number;
  diagnostics: Array<{ file: string; rule: string; line: number; column: number; message: string }>;
}

const json = (args: string[], cwd = root) => JSON.parse(run([...args, '--format', 'json'], cwd).stdout) as JsonOutput;

function markdownBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name))
    .sort();
}

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-partial-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('a partial run reports what the full run reports for the named files', () => {
  // One CLI process per sample file (about 20): the time is the processes' start-up, so it has room on a busy machine.
  it('for every file of samples/, `govlint FILE` gives exactly its findings of `govlint samples`', { timeout: 120_000 }, () => {
    const full = json(['samples']);
    const files = markdownBelow(join(root, 'samples')).map((file) => relative(root, file));
    expect(files.length).toBeGreaterThanOrEqual(16);
    let compared = 0;
    for (const file of files) {
      const alone = json([file]);
      expect(alone.diagnostics, file).toEqual(full.diagnostics.filter((diagnostic) => diagnostic.file === file));
      expect(alone.files, file).toBe(1);
      compared += alone.diagnostics.length;
    }
    // Every finding of the full run was found again by some single-file run.
    expect(compared).toBe(full.diagnostics.length);
  });

  it('the case of the issue: the service level keeps stale-child and gets no false parent-unknown or goal-uncovered', () => {
    const { code, stdout } = run(['samples/da/serviceniveauer/sagsbehandling.md', '--format', 'json']);
    const rules = (JSON.parse(stdout) as JsonOutput).diagnostics.map((diagnostic) => diagnostic.rule);
    expect(rules).toEqual(['stale-child', 'review-overdue', 'implausible-target']);
    expect(code).toBe(0);
  });

  it('several named files, a folder, and a run from a subfolder give the same findings as the full run', () => {
    const full = json(['samples']);
    const named = ['samples/da/politik/boerne-og-ungepolitik.md', 'samples/en/guideline-assessments.md'];
    expect(json(named).diagnostics).toEqual(full.diagnostics.filter((diagnostic) => named.includes(diagnostic.file)));
    expect(json(['samples/da']).diagnostics).toEqual(full.diagnostics.filter((diagnostic) => diagnostic.file.startsWith('samples/da/')));
    // From inside the project, with no path: the current folder is reported, the project is checked.
    const fromSub = json([], join(root, 'samples', 'en'));
    const shape = (diagnostic: JsonOutput['diagnostics'][number], prefix = '') => [prefix + diagnostic.file, diagnostic.rule, diagnostic.line, diagnostic.column, diagnostic.message];
    expect(fromSub.diagnostics.map((diagnostic) => shape(diagnostic, 'samples/en/'))).toEqual(
      full.diagnostics.filter((diagnostic) => diagnostic.file.startsWith('samples/en/')).map((diagnostic) => shape(diagnostic)),
    );
  });

  it('with --cache, a partial run gives the same findings and reuses the cache of the whole project', () => {
    const dir = tempDir();
    cpSync(join(root, 'samples'), join(dir, 'samples'), { recursive: true });
    const file = 'samples/da/serviceniveauer/sagsbehandling.md';
    const full = json(['samples'], dir);
    const cold = json([file, '--cache'], dir);
    const warm = json([file, '--cache'], dir);
    const expected = full.diagnostics.filter((diagnostic) => diagnostic.file === file);
    expect(cold.diagnostics).toEqual(expected);
    expect(warm.diagnostics).toEqual(expected);
    expect(json(['samples', '--cache'], dir).diagnostics).toEqual(full.diagnostics);
  });

  it('on worker threads too (a workspace of 300 documents): named files and a folder give their part of the full run', () => {
    const dir = tempDir();
    writeWorkspace(dir, generateWorkspace(300));
    const full = json(['.', '--concurrency', '2'], dir);
    const files = [...new Set(full.diagnostics.map((diagnostic) => diagnostic.file))];
    const named = [files[0]!, files[Math.floor(files.length / 2)]!, files[files.length - 1]!];
    expect(json([...named, '--concurrency', '2'], dir).diagnostics).toEqual(full.diagnostics.filter((diagnostic) => named.includes(diagnostic.file)));
    const folder = named[1]!.split('/')[0]!;
    const inFolder = json([folder, '--concurrency', '2'], dir);
    expect(inFolder.files).toBeGreaterThanOrEqual(150);
    expect(inFolder.diagnostics).toEqual(full.diagnostics.filter((diagnostic) => diagnostic.file.startsWith(`${folder}/`)));
  });

  it('--fix on a named file fixes that file only, and reports what remains of it', () => {
    const dir = tempDir();
    cpSync(join(root, 'samples'), join(dir, 'samples'), { recursive: true });
    const named = join(dir, 'samples/da/serviceniveauer/sagsbehandling.md');
    const other = join(dir, 'samples/da/retningslinjer/boernefaglig-undersoegelse.md');
    writeFileSync(named, readFileSync(named, 'utf8').replace('revision: 2026-02-01', 'revision: 1. februar 2026'));
    const otherBefore = readFileSync(other, 'utf8');
    const fixed = run(['samples/da/serviceniveauer/sagsbehandling.md', '--fix', '--format', 'json'], dir);
    expect(fixed.stderr).toContain('samples/da/serviceniveauer/sagsbehandling.md: rettede 1 problem(er)');
    expect(readFileSync(named, 'utf8')).toContain('revision: 2026-02-01\n');
    // The other file has a safe fix of its own, but was not named: it is not touched.
    expect(readFileSync(other, 'utf8')).toBe(otherBefore);
    const after = JSON.parse(fixed.stdout) as JsonOutput;
    expect(new Set(after.diagnostics.map((diagnostic) => diagnostic.file))).toEqual(new Set(['samples/da/serviceniveauer/sagsbehandling.md']));
    expect(after.diagnostics).toEqual(json(['samples'], dir).diagnostics.filter((diagnostic) => diagnostic.file === 'samples/da/serviceniveauer/sagsbehandling.md'));
    // The dry run of the named file shows no diff of the other one.
    const dry = run(['samples/da/serviceniveauer/sagsbehandling.md', '--fix-dry-run'], dir);
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toContain('intet at rette automatisk');
  });
});

describe('a git pre-commit hook on the staged files', () => {
  function git(args: string[], cwd: string) {
    return spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'core.hooksPath=.git/hooks', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
    });
  }

  it('refuses a commit whose staged document has an error and accepts a good one, though other documents have errors', () => {
    const dir = tempDir();
    cpSync(join(root, 'samples', 'da'), dir, { recursive: true });
    expect(git(['init', '-q', '-b', 'main'], dir).status).toBe(0);
    // The staged governance documents, NUL-separated, to govlint (nothing staged: nothing to do).
    const hook = ['#!/bin/sh', `git diff --cached --name-only --diff-filter=ACMR -z -- '*.md' | xargs -0 -r "${process.execPath}" "${cli}" --today ${TODAY} --quiet`, ''].join('\n');
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), hook);
    chmodSync(join(dir, '.git', 'hooks', 'pre-commit'), 0o755);
    expect(git(['add', '-A'], dir).status).toBe(0);
    // The samples hold planted errors (anbringelse.md's misspelt parent): the first commit goes in without the hook.
    expect(git(['commit', '-q', '--no-verify', '-m', 'samples'], dir).status).toBe(0);

    // A good change to a service level whose parent exists (a partial run used to call it parent-unknown).
    const good = join(dir, 'serviceniveauer', 'sagsbehandling.md');
    writeFileSync(good, readFileSync(good, 'utf8').replace('titel: Kvalitetsstandard for sagsbehandling af børnesager', 'titel: Kvalitetsstandard for sagsbehandlingen af børnesager'));
    git(['add', 'serviceniveauer/sagsbehandling.md'], dir);
    const accepted = git(['commit', '-q', '-m', 'good'], dir);
    // git passes the hook's output on to stderr.
    expect(accepted.stdout + accepted.stderr).toBe('Ingen problemer i 1 filer (1 styringsdokumenter).\n');
    expect(accepted.status).toBe(0);

    // A bad change: a new guideline whose parent does not exist.
    const bad = join(dir, 'retningslinjer', 'ny.md');
    writeFileSync(
      bad,
      [
        '---',
        'id: retningslinje-ny',
        'type: retningslinje',
        'titel: Ny retningslinje',
        'ansvarlig: Myndighedsafdelingen',
        'overordnet: serviceniveau-findes-ikke',
        'vedtaget: 2026-01-01',
        'revision: 2027-01-01',
        'status: vedtaget',
        '---',
        '',
        '# Ny retningslinje',
        '',
      ].join('\n'),
    );
    git(['add', 'retningslinjer/ny.md'], dir);
    const refused = git(['commit', '-q', '-m', 'bad'], dir);
    expect(refused.status).not.toBe(0);
    const said = refused.stdout + refused.stderr;
    expect(said).toContain('retningslinjer/ny.md');
    expect(said).toContain('parent-unknown');
    // Only the staged file is reported, not the planted errors of the others.
    expect(said).not.toMatch(/^serviceniveauer\/anbringelse\.md$/m);
    expect(said).toMatch(/^retningslinjer\/ny\.md$/m);
    expect(git(['log', '--format=%s'], dir).stdout).toBe('good\nsamples\n');
  });
});
