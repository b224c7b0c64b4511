// `--fix` never destroys a file: it writes only what it fully read, plus the fixed spans; it
// does not overwrite edits made while it ran; it keeps a file's identity (links, owner, mode) and
// leaves read-only files alone; and it says what became of every file. Each case runs the real
// CLI on files in a temp folder, as a user would reproduce it from a shell.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const MAX = 2 * 1024 * 1024;

/** A policy with one safe fix: the Danish date `12. marts 2025` becomes `2025-03-12` (4 bytes shorter). */
const POLICY = '---\nid: politik\ntype: politik\ntitel: Politik\nansvarlig: Udvalget\nvedtaget: 12. marts 2025\nrevision: 2028-01-01\n---\n# Politik\n\n';
const POLICY_FIXED = POLICY.replace('12. marts 2025', '2025-03-12');
/** A policy whose safe fix makes it 2 bytes longer: `1/2/2025` becomes `2025-02-01`. */
const GROWING = POLICY.replace('12. marts 2025', '1/2/2025');

const temps: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-fix-safety-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function run(args: string[], cwd: string, extra: SpawnSyncOptions = {}, nodeArgs: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeArgs, cli, ...args, '--today', '2026-11-23', '--lang', 'en'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...extra,
  });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});
afterEach(() => {
  for (const dir of temps.splice(0)) {
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Makes a test folder removable again (tests make folders and files read-only). */
function chmodTree(dir: string): void {
  if (!existsSync(dir)) return;
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) chmodTree(path);
  }
}

describe('--fix writes only what it fully read (issue 16, item 1)', () => {
  it('fixes a file with a NUL byte after its first 8 KiB byte for byte, instead of emptying it', () => {
    const original = Buffer.from(POLICY + 'x'.repeat(9000) + '\u0000 tail\n');
    const dir = folder({ 'nul.md': original });
    const dry = run(['--fix-dry-run'], dir);
    expect(dry.stdout).not.toMatch(/^-x+/m);
    const { stderr } = run(['--fix'], dir);
    const after = readFileSync(join(dir, 'nul.md'));
    expect(after.equals(Buffer.from(POLICY_FIXED + 'x'.repeat(9000) + '\u0000 tail\n'))).toBe(true);
    expect(stderr).toContain('govlint: nul.md: fixed 1 problem(s)');
  });

  it('leaves a file alone, and says so, when its fix would push it past the 2 MiB limit', () => {
    const original = Buffer.from(GROWING + 'y'.repeat(MAX - Buffer.byteLength(GROWING) - 1) + '\n');
    expect(original.length).toBe(MAX);
    const dir = folder({ 'big.md': original, 'small.md': POLICY });
    const { stderr, code } = run(['--fix'], dir);
    expect(readFileSync(join(dir, 'big.md')).equals(original)).toBe(true);
    expect(stderr).toMatch(/govlint: big\.md: not fixed: the fixed file would not read as text \(too-large: 2097154 bytes > 2097152\)/);
    expect(stderr).not.toMatch(/big\.md: fixed/);
    // The other file is fixed all the same, and the run reports what remains of big.md.
    expect(readFileSync(join(dir, 'small.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(stderr).toContain('govlint: fixed 1 problem(s) in 1 file(s)');
    expect(stderr).toContain('govlint: 1 file(s) not fixed');
    expect(code).toBe(1);
  });

  it('--fix-dry-run never shows a file deleted', () => {
    const original = Buffer.from(GROWING + 'y'.repeat(MAX - Buffer.byteLength(GROWING) - 1) + '\n');
    const dir = folder({ 'big.md': original, 'nul.md': POLICY + 'x'.repeat(9000) + '\u0000\n' });
    const { stdout, stderr } = run(['--fix-dry-run'], dir);
    expect(stdout).not.toContain('+++ b/big.md');
    expect(stdout.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---'))).toEqual(['-vedtaget: 12. marts 2025']);
    expect(stderr).toContain('govlint: big.md: would not be fixed');
  });
});

/** A preload that appends to a file just after govlint first reads it: an editor saving mid-run. */
const APPEND_AFTER_READ = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const target = process.env.APPEND_TO;
const ino = fs.statSync(target).ino;
const read = fs.readFileSync;
let done = false;
fs.readFileSync = function (path, ...rest) {
  const result = read.call(this, path, ...rest);
  if (!done) {
    const stats = typeof path === 'number' ? fs.fstatSync(path) : typeof path === 'string' ? fs.statSync(path, { throwIfNoEntry: false }) : undefined;
    if (stats && stats.ino === ino) {
      done = true;
      fs.appendFileSync(target, 'Tilføjet under kørslen.\\n');
    }
  }
  return result;
};
syncBuiltinESMExports();
`;

describe('--fix keeps edits made while it runs (issue 16, item 2)', () => {
  it('skips, with a message, a file that changed after it was read; other files are fixed', () => {
    const dir = folder({ 'edited.md': POLICY, 'other.md': POLICY, 'append.mjs': APPEND_AFTER_READ });
    const { stderr } = run(['--fix', 'edited.md', 'other.md'], dir, { env: { ...process.env, NO_COLOR: '1', APPEND_TO: join(dir, 'edited.md') } }, ['--import', join(dir, 'append.mjs')]);
    expect(readFileSync(join(dir, 'edited.md'), 'utf8')).toBe(POLICY + 'Tilføjet under kørslen.\n');
    expect(stderr).toContain('govlint: edited.md: not fixed: the file changed after govlint read it');
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(stderr).toContain('govlint: other.md: fixed 1 problem(s)');
  });
});

const root = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs the CLI as an unprivileged user (when the tests run as root), so permissions apply. */
function runAsNobody(args: string[], dir: string) {
  return run(args, dir, root ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, NO_COLOR: '1', HOME: dir } } : {});
}

/** Gives a folder tree to the unprivileged user the CLI runs as. */
function giveToNobody(dir: string): void {
  if (!root) return;
  chownSync(dir, NOBODY, NOBODY);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) giveToNobody(path);
    else chownSync(path, NOBODY, NOBODY);
  }
}

describe('--fix keeps file identity (issue 16, item 6)', () => {
  it('writes through a symbolic link named on the command line: the link stays, the target is fixed', () => {
    const dir = folder({ 'real/politik.md': POLICY });
    symlinkSync(join('real', 'politik.md'), join(dir, 'link.md'));
    const { stderr } = run(['--fix', 'link.md'], dir);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/politik.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(stderr).toContain('govlint: link.md: fixed 1 problem(s)');
  });

  it('keeps hard links: every name sees the fixed file, which keeps its inode', () => {
    const dir = folder({ 'a.md': POLICY });
    linkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    const inode = statSync(join(dir, 'a.md')).ino;
    const { stderr } = run(['--fix', 'a.md'], dir);
    expect(statSync(join(dir, 'a.md')).ino).toBe(inode);
    expect(statSync(join(dir, 'a.md')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(stderr).toContain('govlint: a.md: fixed 1 problem(s)');
    // Both names in one run: the file is written once and both are reported fixed.
    const both = folder({ 'a.md': POLICY });
    linkSync(join(both, 'a.md'), join(both, 'b.md'));
    const twice = run(['--fix'], both);
    expect(readFileSync(join(both, 'a.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(twice.stderr).toContain('govlint: a.md: fixed 1 problem(s)');
    expect(twice.stderr).toContain('govlint: b.md: fixed 1 problem(s)');
    expect(twice.stderr).not.toContain('not fixed');
  });

  it('does not modify a read-only file, and reports it', () => {
    const dir = folder({ 'ro.md': POLICY, 'rw.md': POLICY });
    chmodSync(join(dir, 'ro.md'), 0o444);
    const { stderr, code } = run(['--fix', '--format', 'json'], dir);
    expect(readFileSync(join(dir, 'ro.md'), 'utf8')).toBe(POLICY);
    expect(statSync(join(dir, 'ro.md')).mode & 0o777).toBe(0o444);
    expect(stderr).toContain('govlint: ro.md: not fixed: the file is read-only');
    expect(readFileSync(join(dir, 'rw.md'), 'utf8')).toBe(POLICY_FIXED);
    expect([0, 1]).toContain(code);
  });

  it.runIf(root)('keeps the owner, group and mode of a file owned by another user (run as root)', () => {
    const dir = folder({ 'owned.md': POLICY });
    chownSync(join(dir, 'owned.md'), NOBODY, NOBODY);
    chmodSync(join(dir, 'owned.md'), 0o640);
    run(['--fix'], dir);
    const stats = statSync(join(dir, 'owned.md'));
    expect(readFileSync(join(dir, 'owned.md'), 'utf8')).toBe(POLICY_FIXED);
    expect([stats.uid, stats.gid, stats.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o640]);
  });

  it.runIf(root)('keeps the owner of a file it may write but not own (run as another user)', () => {
    const dir = folder({ 'shared.md': POLICY });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'shared.md'), 0o666);
    const { stderr } = runAsNobody(['--fix'], dir);
    const stats = statSync(join(dir, 'shared.md'));
    expect(readFileSync(join(dir, 'shared.md'), 'utf8')).toBe(POLICY_FIXED);
    expect([stats.uid, stats.gid, stats.mode & 0o7777]).toEqual([0, 0, 0o666]);
    expect(stderr).toContain('govlint: shared.md: fixed 1 problem(s)');
  });
});

describe('--fix reports every file, and one unwritable folder stops nothing (issue 16, item 7)', () => {
  it('fixes the writable folders, reports the file it could not write, and keeps the JSON contract', () => {
    const dir = folder({ 'a/politik.md': POLICY, 'locked/politik.md': POLICY, 'z/politik.md': POLICY });
    giveToNobody(dir);
    chmodSync(join(dir, 'locked'), 0o555);
    const { stderr, stdout, code } = runAsNobody(['--fix', '--format', 'json'], dir);
    expect(readFileSync(join(dir, 'a/politik.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(readFileSync(join(dir, 'z/politik.md'), 'utf8')).toBe(POLICY_FIXED);
    expect(readFileSync(join(dir, 'locked/politik.md'), 'utf8')).toBe(POLICY);
    expect(readdirSync(join(dir, 'locked'))).toEqual(['politik.md']);
    expect(stderr).toContain('govlint: a/politik.md: fixed 1 problem(s)');
    expect(stderr).toContain('govlint: locked/politik.md: not fixed: the folder cannot be written (EACCES)');
    expect(stderr).toContain('govlint: z/politik.md: fixed 1 problem(s)');
    expect(stderr).toContain('govlint: fixed 2 problem(s) in 2 file(s)');
    expect(stderr).toContain('govlint: 1 file(s) not fixed');
    expect(stderr).not.toMatch(/internal error/);
    // stdout is still one JSON object, and it reports the unfixed file's findings as they are on disk.
    const output = JSON.parse(stdout) as { diagnostics: Array<{ file: string; rule: string; message: string }> };
    const locked = output.diagnostics.filter((d) => d.file === 'locked/politik.md' && d.rule === 'frontmatter-invalid');
    expect(locked.length).toBe(1);
    expect(output.diagnostics.filter((d) => d.file !== 'locked/politik.md' && d.rule === 'frontmatter-invalid')).toEqual([]);
    expect(code).toBe(1);
  });
});

describe('the safe legal-reference fix rewrites prose only (issue 16, item 3)', () => {
  it('--fix changes the reference in prose and nothing in a table, a quotation, code, a link or a web address', () => {
    const LITERAL = [
      '| Før | Nu |',
      '| --- | --- |',
      '| SEL § 146 | BL § 9 |',
      '',
      '> Afgørelsen fra 2020 blev truffet efter servicelovens § 146.',
      '',
      'Se `SEL § 146` i systemet og [servicelovens § 146](https://example.dk/a).',
      '',
      'Arkiv: <https://example.dk/SEL§146> og https://example.dk/SEL§146.',
      '',
      '```',
      'SEL § 146',
      '```',
      '',
    ].join('\n');
    const head = POLICY_FIXED + 'Tilsynet følger SEL § 146.\n\n';
    const dir = folder({ 'politik.md': head + LITERAL });
    run(['--fix'], dir);
    expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toBe(head.replace('SEL § 146', 'BL § 9') + LITERAL);
  });
});
