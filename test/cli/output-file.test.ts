// `-o/--output-file FILE`: the report in any format goes to the file, replaced atomically, and
// stdout stays quiet; a document of the project, its configuration, a Markdown file or a folder
// is refused with exit 2 and left as it was. Over a real process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const POLICY = 'da/politik/boerne-og-ungepolitik.md';

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govlint-output-'));
  cpSync(join(root, 'samples'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23', '--lang', 'en'], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('-o/--output-file', () => {
  it('writes every format to the file, exactly what stdout would have had, and prints nothing', () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const shown = run(['--format', format]);
      for (const flag of ['-o', '--output-file']) {
        const written = run(['--format', format, flag, `out/report.${format}`]);
        expect(written.stdout, `${format} ${flag}`).toBe('');
        expect(written.stderr).toBe('');
        expect(written.code).toBe(shown.code);
        expect(readFileSync(join(dir, 'out', `report.${format}`), 'utf8')).toBe(shown.stdout);
      }
    }
    // Replaced through a temporary file renamed into place: none is left behind.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['report.github', 'report.json', 'report.junit', 'report.sarif', 'report.stylish']);
  });

  it('replaces an earlier report, and works for partial runs, --stdin and --fix', () => {
    writeFileSync(join(dir, 'govlint.json'), 'old');
    const partial = run([POLICY, '--format', 'json', '-o', 'govlint.json']);
    expect(partial.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'govlint.json'), 'utf8'))).toEqual(JSON.parse(run([POLICY, '--format', 'json']).stdout));
    const stdin = run(['--stdin', '--stdin-filename', POLICY, '--format', 'json', '-o', 'stdin.json'], readFileSync(join(dir, POLICY), 'utf8'));
    expect(stdin.stdout).toBe('');
    expect(readFileSync(join(dir, 'stdin.json'), 'utf8')).toBe(readFileSync(join(dir, 'govlint.json'), 'utf8'));
    // A safe fix to make: a date in words where front matter wants ISO.
    const guideline = join(dir, 'da/retningslinjer/boernefaglig-undersoegelse.md');
    writeFileSync(
      guideline,
      readFileSync(guideline, 'utf8').replace(
        /^(revision|vedtaget): (\d{4})-(\d{2})-(\d{2})$/m,
        (_line, key: string, year: string, month: string, day: string) => `${key}: ${Number(day)}.${Number(month)}.${year}`,
      ),
    );
    const dry = run(['--fix-dry-run', '-o', 'fix.diff']);
    expect(dry.stdout).toBe('');
    expect(readFileSync(join(dir, 'fix.diff'), 'utf8')).toMatch(/^--- a\/da\/retningslinjer\/boernefaglig-undersoegelse\.md\n\+\+\+ b\//);
    const fixed = run(['--fix', '--format', 'json', '-o', 'after-fix.json']);
    expect(fixed.stdout).toBe('');
    expect(fixed.stderr).toContain('fixed 1 problem(s) in 1 file(s)');
    expect(JSON.parse(readFileSync(join(dir, 'after-fix.json'), 'utf8'))).toEqual(JSON.parse(run(['--format', 'json']).stdout));
  });

  it('never writes over a document, the configuration, a Markdown file or a folder: exit 2, nothing changed', () => {
    writeFileSync(join(dir, 'NOTES.md'), 'notes\n');
    symlinkSync(POLICY, join(dir, 'link.json'));
    const cases: Array<[string, string]> = [
      [POLICY, `${POLICY} is a document of the project (or the configuration); -o never overwrites it`],
      ['.govlint.yaml', '.govlint.yaml is a document of the project (or the configuration); -o never overwrites it'],
      ['link.json', 'link.json is a document of the project (or the configuration); -o never overwrites it'],
      ['README.md', 'README.md is a document of the project (or the configuration); -o never overwrites it'],
      ['da', 'da is a folder; -o needs a file name'],
    ];
    const before = new Map(['NOTES.md', POLICY, '.govlint.yaml', 'README.md'].map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    for (const [target, message] of cases) {
      const result = run(['--format', 'json', '-o', target]);
      expect(result.code, target).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`govlint: ${message}\n`);
    }
    // NOTES.md is not linted when only a subfolder is, but is still a Markdown file of the project.
    expect(run(['en', '-o', 'NOTES.md']).stderr).toBe('govlint: NOTES.md is a document of the project (or the configuration); -o never overwrites it\n');
    // A Markdown file the project leaves out (.gitignore) is refused all the same.
    writeFileSync(join(dir, '.gitignore'), 'draft.md\n');
    writeFileSync(join(dir, 'draft.md'), 'draft\n');
    expect(run(['-o', 'draft.md']).stderr).toBe('govlint: draft.md is a Markdown file; -o never overwrites it\n');
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe('draft\n');
    for (const [file, text] of before) expect(readFileSync(join(dir, file), 'utf8')).toBe(text);
  });

  it('is a usage error with init, and together with --out', () => {
    expect(run(['init', '-o', 'x.json']).code).toBe(2);
    expect(run(['-o', 'a.json', '--output-file', 'b.json']).stderr).toContain('use either -o/--out or --output-file, not both');
  });
});
