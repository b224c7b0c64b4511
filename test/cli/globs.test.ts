// Globs on the command line, with `!` negations: they choose what is reported (the project is
// still checked whole), honour .gitignore, and a glob that matches nothing is exit 2. Over a real process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

let dir: string;
let full: JsonOutput;

interface JsonOutput {
  files: number;
  diagnostics: Array<{ file: string; rule: string; line: number }>;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (args: string[]) => JSON.parse(run([...args, '--format', 'json']).stdout) as JsonOutput;
const filesOf = (output: JsonOutput) => [...new Set(output.diagnostics.map((diagnostic) => diagnostic.file))];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'govlint-globs-'));
  cpSync(join(root, 'samples'), dir, { recursive: true });
  full = json([]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('globs on the command line', () => {
  it('a glob with negations reports the files it leaves, with the findings of the full run', () => {
    const output = json(['da/**/*.md', '!da/retningslinjer/**', '!**/anbringelse.md']);
    const expected = ['da/politik/boerne-og-ungepolitik.md', 'da/serviceniveauer/forebyggelse.md', 'da/serviceniveauer/sagsbehandling.md'];
    expect(output.files).toBe(3);
    expect(output.diagnostics).toEqual(full.diagnostics.filter((diagnostic) => expected.includes(diagnostic.file)));
    expect(filesOf(output).every((file) => expected.includes(file))).toBe(true);
  });

  it('negations apply to folders and named files too, and alone they narrow the current folder', () => {
    expect(filesOf(json(['.', '!en/**'])).every((file) => file.startsWith('da/'))).toBe(true);
    expect(json(['!en/**', '!da/retningslinjer/*']).diagnostics).toEqual(
      full.diagnostics.filter((diagnostic) => !diagnostic.file.startsWith('en/') && !diagnostic.file.startsWith('da/retningslinjer/')),
    );
    expect(json(['en/child-policy.md', '!en/child-policy.md']).files).toBe(0);
  });

  it('a glob honours .gitignore; a file whose name looks like a glob is that file', () => {
    writeFileSync(join(dir, '.gitignore'), 'en/guideline-*.md\n');
    try {
      const output = json(['en/*.md']);
      expect(output.files).toBe(3);
      expect(filesOf(output).some((file) => file.startsWith('en/guideline-'))).toBe(false);
    } finally {
      rmSync(join(dir, '.gitignore'));
    }
    writeFileSync(join(dir, '[kladde].md'), '# Kladde\n');
    try {
      expect(json(['[kladde].md']).files).toBe(1);
    } finally {
      rmSync(join(dir, '[kladde].md'));
    }
  });

  it('a glob that matches nothing is exit 2 with a clear message', () => {
    const result = run(['docs/**/*.md']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('govlint: no file matches "docs/**/*.md" (a path that does not exist is read as a glob; quote globs so the shell leaves them to govlint)\n');
    // A plain missing path keeps its message.
    expect(run(['nowhere.md']).stderr).toBe('govlint: no such file or directory: nowhere.md\n');
  });
});
