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
