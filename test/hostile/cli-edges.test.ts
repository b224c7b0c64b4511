// The command line at its edges: a reader that closes the pipe early, --quiet against a CI gate,
// escape sequences in documents, odd arguments, paths and configuration files.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const FRONT = (id: string, type = 'politik') => `---\nid: ${id}\ntype: ${type}\ntitle: Politik\nowner: Byrådet\nreview: 2027-01-01\n---\n`;
const POLICY = `${FRONT('politik')}# Politik\n\n## Mål\n\n### M1 Flere børn trives\n\nTekst.\n`;

const temps: string[] = [];
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-edges-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23', '--lang', 'en'], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI with a reader that goes away: at once (a reader that has exited), or after the
 * first bytes (`| head -c 100`).
 */
function runIntoClosedPipe(args: string[], cwd: string, readFirst: boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    if (readFirst) {
      child.stdout.once('data', (chunk: Buffer) => {
        read = Math.min(chunk.length, 100);
        child.stdout.destroy();
      });
    } else child.stdout.destroy();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, read }));
  });
}

describe('a reader that closes the pipe early (govlint … | head -c 100)', () => {
  // 300 goals, each with warnings and no error: every format prints far more than a pipe holds.
  const goals = Array.from({ length: 300 }, (_, i) => `### M${i + 1} Flere borgere får svar\n\nVi vil gøre det bedre for borgerne.\n`).join('\n');
  const big = `${FRONT('politik')}# Politik\n\n## Formål\n\nTekst.\n\n## Mål\n\n${goals}`;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govlint-pipe-'));
    writeFileSync(join(dir, 'politik.md'), big);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the workspace has warnings only (exit 0) and a report larger than a pipe holds', () => {
    const full = run(['--format', 'stylish'], dir);
    expect(full.code).toBe(0);
    expect(full.stdout.length).toBeGreaterThan(128 * 1024);
  });

  it.each(
    ['stylish', 'json', 'sarif', 'github', 'junit'].flatMap((format) => [
      [format, 'at once'],
      [format, 'after the first bytes'],
    ]),
  )('--format %s, reader gone %s: ends quietly with the exit status of the findings (0)', async (format, when) => {
    const cut = await runIntoClosedPipe(['.', '--format', format, '--today', '2026-11-23', '--lang', 'en'], dir, when !== 'at once');
    if (when !== 'at once') expect(cut.read).toBeGreaterThan(0);
    expect(cut.stderr).toBe('');
    expect([cut.code, cut.signal]).toEqual([0, null]);
  });
});

describe('--quiet cannot defeat --max-warnings', () => {
  it('warnings hidden by --quiet still count: exit 1 with the count on stderr', () => {
    const dir = folder({ 'politik.md': POLICY });
    const shown = run(['--format', 'json'], dir);
    const warnings = (JSON.parse(shown.stdout) as { diagnostics: Array<{ severity: string }> }).diagnostics.filter((d) => d.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    const quiet = run(['--quiet', '--max-warnings', '0'], dir);
    expect(quiet.stdout).toMatch(/^No problems/); // nothing shown …
    expect(quiet.stderr).toBe(`govlint: ${warnings} warnings exceed --max-warnings 0\n`); // … but counted
    expect(quiet.code).toBe(1);
    const dryRun = run(['--quiet', '--max-warnings', '0', '--fix-dry-run'], dir);
    expect(dryRun.code).toBe(1);
  });
});

describe('control characters from documents are shown escaped on a terminal', () => {
  const hostile = '---\nid: x\ntype: "\\e[2J\\e]0;pwned\\a"\ntitle: X\nowner: Y\nreview: 2027-01-01\n---\n# X\n';

  it('stylish: a front-matter value with ESC and BEL, and a file name with ESC', () => {
    const dir = folder({ 'a.md': hostile, 'b\u001b[31mred.md': hostile });
    const { stdout } = run([], dir);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('Unknown document type "\\x1b[2J\\x1b]0;pwned\\x07"');
    expect(stdout).toContain('b\\x1b[31mred.md');
  });

  it('github: the annotation carries no raw control character either', () => {
    const dir = folder({ 'a.md': hostile });
    const { stdout } = run(['--format', 'github'], dir);
    // One annotation per line; none carries a raw control character.
    for (const line of stdout.replace(/\n$/, '').split('\n')) expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('\\x1b[2J\\x1b]0;pwned\\x07');
  });
});

describe('argument edges', () => {
  it('--max-warnings -1 means no limit', () => {
    const dir = folder({ 'politik.md': POLICY });
    const result = run(['--max-warnings', '-1'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(run(['--max-warnings=-1'], dir).code).toBe(0);
  });

  it.each(['', '0x40', '1e3', ' 5', '-2', '1.5'])('--max-warnings %j is a usage error', (value) => {
    const dir = folder({ 'politik.md': POLICY });
    const result = run(['--max-warnings', value], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`govlint: --max-warnings must be a whole number from 0, or -1 for no limit, not "${value}"`);
  });

  it('/dev/null as a path is a clear error, not a clean run of nothing', () => {
    const dir = folder();
    const result = run(['/dev/null'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('govlint: not a regular file or folder: /dev/null (only Markdown files and folders are linted)\n');
  });
});

describe('configuration edges', () => {
  it.each([
    ['flow sequences', `rules: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['flow mappings', `lexicon: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`],
    ['a little too deep', `lexicon: ${'{a: '.repeat(40)}1${'}'.repeat(40)}\n`],
  ])('a configuration nested too deeply (%s) gets a clear message, not a stack overflow', (_name, config) => {
    const dir = folder({ '.govlint.yaml': config, 'politik.md': POLICY });
    const result = run([], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.govlint\.yaml(:\d+:\d+)?: the configuration is nested more than 32 levels deep\n$/);
    expect(result.stderr).not.toMatch(/call stack/);
  });

  it('a UTF-16 configuration with a byte order mark is read (LE and BE)', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('rules:\n  missing-owner: off\n', 'utf16le')]);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    for (const bytes of [utf16le, Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])]) {
      const dir = folder({ '.govlint.yaml': bytes, 'politik.md': POLICY });
      const result = run(['--format', 'json'], dir);
      expect(result.stderr).toBe('');
      const rules = (JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule);
      expect(rules).not.toContain('missing-owner');
      expect(rules).toContain('missing-deadline');
    }
  });

  it('UTF-16 without a byte order mark, or Latin-1, is refused clearly', () => {
    const noBom = folder({ '.govlint.yaml': Buffer.from('lang: en\n', 'utf16le'), 'politik.md': POLICY });
    expect(run([], noBom).stderr).toMatch(/\.govlint\.yaml: the configuration is not text \(NUL bytes; UTF-16 needs a byte order mark\): save it as UTF-8\n$/);
    const latin1 = folder({ '.govlint.yaml': Buffer.from('owners: [B\u00f8rne]\n', 'latin1'), 'politik.md': POLICY });
    const result = run([], latin1);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.govlint\.yaml: the configuration is not valid UTF-8: save it as UTF-8\n$/);
  });
});

describe('CR-only line endings', () => {
  it('the front matter is recognised: the same findings as the LF file, no frontmatter-invalid', () => {
    const text = (id: string) => `${FRONT(id)}# Politik\n\n## Formål\n\nTekst.\n\n## Mål\n\n### M1 Flere børn trives\n\nTekst.\n`;
    const dir = folder({ 'lf.md': text('politik-lf'), 'cr.md': text('politik-cr').replace(/\n/g, '\r') });
    const output = JSON.parse(run(['--format', 'json'], dir).stdout) as { documents: number; diagnostics: Array<{ file: string; rule: string; line: number; column: number }> };
    const own = (file: string) => output.diagnostics.filter((d) => d.file === file).map(({ rule, line, column }) => `${line}:${column} ${rule}`);
    expect(output.documents).toBe(2);
    expect(own('cr.md').filter((entry) => entry.endsWith('frontmatter-invalid'))).toEqual([]);
    expect(own('cr.md')).toEqual(own('lf.md'));
    expect(own('cr.md').length).toBeGreaterThan(0);
  });
});
