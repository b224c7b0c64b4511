// The workspace boundary from the command line: `include` globs cannot reach outside the project
// (`../outside/*.md`, an absolute path), and a folder linked from inside it is not followed —
// neither linting, `--fix` nor the report reads or writes a file outside.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const TODAY = '2026-11-23';
/** A policy with a safe fix (a written date in `review`), so `--fix` would write it if it read it. */
const doc = (id: string) => `---\nid: ${id}\ntype: politik\ntitle: ${id}\nowner: Udvalget\nreview: 1. marts 2028\n---\n# ${id}\n`;

let base: string;
let project: string;
let outside: string;
let secret: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'govlint-boundary-'));
  project = join(base, 'project');
  outside = join(base, 'outside');
  mkdirSync(project);
  mkdirSync(outside);
  secret = join(outside, 'secret.md');
  writeFileSync(secret, doc('hemmelig'));
  writeFileSync(join(project, 'inside.md'), doc('inde'));
  symlinkSync(outside, join(project, 'linked'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args, '--today', TODAY], { cwd: project, encoding: 'utf8' });
const untouched = () => {
  expect(readFileSync(secret, 'utf8')).toBe(doc('hemmelig'));
};

describe('include globs and the project boundary', () => {
  for (const pattern of ['../outside/*.md', '{..,docs}/outside/*.md', 'ABSOLUTE']) {
    it(`refuses the configuration when include holds ${pattern === 'ABSOLUTE' ? 'an absolute path' : pattern}, naming the pattern`, () => {
      const written = pattern === 'ABSOLUTE' ? `${outside}/*.md` : pattern;
      writeFileSync(join(project, '.govlint.yaml'), `include:\n  - "**/*.md"\n  - "${written}"\n`);
      for (const args of [
        ['.', '--format', 'json'],
        ['.', '--fix'],
        ['report', '.', '--out', 'r.html'],
      ]) {
        const result = run(args);
        expect(result.status, args.join(' ')).toBe(2);
        expect(result.stderr).toContain(`.govlint.yaml:3:5: "include.1": the pattern "${written}" reaches outside the project folder, and govlint reads no file outside it`);
        expect(result.stdout).not.toContain('hemmelig');
      }
      untouched();
    });
  }

  it('does not follow a linked folder named in include: nothing outside is linted, fixed or reported', () => {
    // A glob that starts in the linked folder: the search would begin there, behind the link.
    writeFileSync(join(project, '.govlint.yaml'), 'include:\n  - "linked/*.md"\n');
    const mtime = statSync(secret).mtimeMs;
    const linted = run(['.', '--format', 'json']);
    expect(linted.stdout).not.toContain('hemmelig');
    expect((JSON.parse(linted.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);

    const fixed = run(['.', '--fix', '--format', 'json']);
    expect(fixed.stderr).not.toMatch(/linked|secret|hemmelig|rettede/);
    untouched();
    expect(statSync(secret).mtimeMs).toBe(mtime);

    const report = run(['report', '.', '--out', 'r.html']);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(project, 'r.html'), 'utf8')).not.toContain('hemmelig');
  });

  it('fixes the files inside as before', () => {
    writeFileSync(join(project, '.govlint.yaml'), 'include:\n  - "**/*.md"\n');
    run(['.', '--fix']);
    expect(readFileSync(join(project, 'inside.md'), 'utf8')).toContain('review: 2028-03-01\n');
    untouched();
  });
});
