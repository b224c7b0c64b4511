// `--fix` and `--fix-dry-run`, run as a real process on copies of fixture files in a temp folder:
// only safe fixes, atomic writes (no temp files left, mode kept), CRLF and BOM kept, idempotent.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixWorkspace } from '../../cli/fix.ts';
import { chooseFixes } from '../../engine/fixes/apply.ts';
import { MAX_FIX_PASSES } from '../../engine/fixes/passes.ts';
import { spliceFixedBytes } from '../../cli/fix-splice.ts';
import { isPlan, loadForFix, planFix, writeFix } from '../../cli/fix-write.ts';
import { resolveConfig } from '../../engine/config/schema.ts';
import { documentFromText } from '../../engine/parse/from-bytes.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Diagnostic } from '../../engine/types.ts';
import { WorkspaceIndex } from '../../engine/workspace/index.ts';
import { allRules } from '../../rules/index.ts';

// Each test spawns the CLI several times (or runs many fix passes); a loaded CI machine is slow.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const POLICY = [
  '---',
  'id: boernepolitik-2025',
  'type: politik',
  'titel: Sammenhængende børne- og ungepolitik',
  'ansvarlig: Børne- og Ungeudvalget',
  'vedtaget: 12. marts 2025',
  'revision: "1. juni 2028"',
  '---',
  '',
  '# Sammenhængende børne- og ungepolitik',
  '',
  '## Mål',
  '',
  '### M1 Flere anbragte børn gennemfører folkeskolen',
  'Andelen stiger fra 52 % i 2024 til 65 % senest 31. december 2027.',
  '',
  '- Ansvarlig: Børne- og Ungedirektøren',
  '- Frist: 2027-12-31',
  '',
];
const FIXED = POLICY.map((line) => line.replace('12. marts 2025', '2025-03-12').replace('"1. juni 2028"', '2028-06-01'));

const temps: string[] = [];
function workspace(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-fix-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('govlint --fix', () => {
  it('applies the safe date fixes, keeps CRLF, the BOM and the file mode, and leaves no temp file', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const original = Buffer.concat([bom, Buffer.from(POLICY.join('\r\n'), 'utf8')]);
    const dir = workspace({ 'politik/politik.md': original, 'politik/noter.txt': 'x' });
    const file = join(dir, 'politik/politik.md');
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    const { code, stderr, stdout } = run(['--fix', '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/rettede 2 problem\(er\) i 1 fil\(er\)/);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([...bom]);
    expect(bytes.subarray(3).toString('utf8')).toBe(FIXED.join('\r\n'));
    expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).ino).not.toBe(inode); // replaced by rename, not rewritten in place
    expect(readdirSync(join(dir, 'politik')).sort()).toEqual(['noter.txt', 'politik.md']);
    // After fixing, what remains is linted again: the fixed findings are gone.
    const remaining = (JSON.parse(stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics;
    expect(remaining.filter((d) => d.rule === 'frontmatter-invalid')).toEqual([]);
  });

  it('keeps LF files LF and files without a BOM without one; a second --fix changes nothing', () => {
    const dir = workspace({ 'politik.md': POLICY.join('\n') });
    const file = join(dir, 'politik.md');
    expect(run(['--fix'], dir).code).toBe(0);
    const once = readFileSync(file);
    expect(once.toString('utf8')).toBe(FIXED.join('\n'));
    const mtime = statSync(file).mtimeMs;
    const again = run(['--fix'], dir);
    expect(again.stderr).toBe('');
    expect(readFileSync(file).equals(once)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual(['politik.md']);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const dir = workspace({ 'politik.md': POLICY.join('\n') });
    const before = readFileSync(join(dir, 'politik.md'));
    const { stdout, stderr, code } = run(['--fix-dry-run', '--lang', 'en'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual(['--- a/politik.md', '+++ b/politik.md', expect.stringMatching(/^@@ -\d+,\d+ \+\d+,\d+ @@$/)]);
    expect(stdout).toContain('\n-vedtaget: 12. marts 2025\n');
    expect(stdout).toContain('\n+vedtaget: 2025-03-12\n');
    expect(stdout).toContain('\n+revision: 2028-06-01\n');
    expect(stderr).toMatch(/--fix would fix 2 problem\(s\) in 1 file\(s\)/);
    expect(readFileSync(join(dir, 'politik.md')).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['politik.md']);
  });

  it('rejects --fix together with --fix-dry-run', () => {
    const dir = workspace({ 'politik.md': POLICY.join('\n') });
    expect(run(['--fix', '--fix-dry-run'], dir).code).toBe(2);
  });
});

describe('fix engine', () => {
  const config = resolveConfig({}, '/workspace');
  const diag = (file: string, start: number, end: number, newText: string, safe = true): Diagnostic => ({
    file,
    rule: 'r',
    severity: 'warning',
    message: '',
    messages: { da: '', en: '' },
    range: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
    fix: { title: { da: '', en: '' }, edits: [{ start, end, newText }], safe },
  });

  it('takes only safe fixes, skips the later of overlapping or touching ones, and rejects edits outside the text', () => {
    const chosen = chooseFixes(
      [diag('a.md', 0, 2, 'X'), diag('a.md', 1, 3, 'Y'), diag('a.md', 2, 2, 'T'), diag('a.md', 5, 6, 'Z', false), diag('a.md', 7, 8, 'W'), diag('a.md', 9, 99, 'V'), diag('b.md', 0, 1, 'B')],
      (file) => (file === 'a.md' ? 'abcdefghij' : undefined),
    );
    expect(chosen.fixes).toBe(2);
    expect([...chosen.edits]).toEqual([
      [
        'a.md',
        [
          { start: 0, end: 2, newText: 'X' },
          { start: 7, end: 8, newText: 'W' },
        ],
      ],
    ]);
  });

  it('applies a fix with edits in other files whole or not at all', () => {
    const withOther = (start: number, otherStart: number): Diagnostic => {
      const d = diag('a.md', start, start + 1, 'A');
      d.fix!.otherFiles = { 'b.md': [{ start: otherStart, end: otherStart + 1, newText: 'B' }] };
      return d;
    };
    const texts: Record<string, string> = { 'a.md': 'aaaaaaaa', 'b.md': 'bbbbbbbb' };
    const chosen = chooseFixes([diag('b.md', 0, 1, 'X'), withOther(4, 0), withOther(6, 5)], (file) => texts[file]);
    expect(chosen.fixes).toBe(2);
    expect(chosen.edits.get('a.md')).toEqual([{ start: 6, end: 7, newText: 'A' }]);
    expect(chosen.edits.get('b.md')).toEqual([
      { start: 0, end: 1, newText: 'X' },
      { start: 5, end: 6, newText: 'B' },
    ]);
  });

  it('repeats passes until no safe fix is left, and stops after the pass limit', () => {
    // Replaces each "a" by "b" with touching ranges: every pass can take only every other one.
    const eachA: Rule = {
      meta: {
        id: 'each-a',
        family: 'tool',
        defaultSeverity: 'warning',
        description: { da: '', en: '' },
        fixable: true,
        hasSuggestions: false,
        runsOnBareFiles: true,
        messages: { m: { da: 'a', en: 'a' } },
      },
      check(context) {
        const { text } = context.document;
        for (let i = text.indexOf('a'); i >= 0; i = text.indexOf('a', i + 1)) {
          const range = { start: { line: 1, column: i + 1, offset: i }, end: { line: 1, column: i + 2, offset: i + 1 } };
          context.report({ messageId: 'm', range, fix: { title: { da: '', en: '' }, edits: [{ start: i, end: i + 1, newText: 'b' }], safe: true } });
        }
      },
    };
    const ws = new WorkspaceIndex([documentFromText('x.md', 'aaaa', config)]);
    const outcome = fixWorkspace(ws, { config, rules: [eachA], today: '2026-11-23' });
    expect(outcome.changed.get('x.md')!.text).toBe('bbbb');
    expect(outcome.passes).toBe(2);
    expect(outcome.applied).toBe(4);
    expect(outcome.remaining).toEqual([]);

    const forever: Rule = {
      ...eachA,
      meta: { ...eachA.meta, id: 'forever' },
      check(context) {
        context.report({
          messageId: 'm',
          range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
          fix: { title: { da: '', en: '' }, edits: [{ start: 0, end: 0, newText: 'z' }], safe: true },
        });
      },
    };
    const endless = fixWorkspace(new WorkspaceIndex([documentFromText('y.md', '', config)]), { config, rules: [forever], today: '2026-11-23' });
    expect(endless.passes).toBe(MAX_FIX_PASSES);
    expect(endless.changed.get('y.md')!.text).toBe('z'.repeat(MAX_FIX_PASSES));
  });

  it('a write that cannot replace the file removes its temp file and leaves the target alone', () => {
    const dir = workspace({ 'a.md': POLICY.join('\n') });
    const files = [{ absolute: join(dir, 'a.md'), relative: 'a.md' }];
    const options = { config, rules: allRules, today: '2026-11-23' };
    const { workspace: ws, snapshots } = loadForFix(files, config);
    const fixed = fixWorkspace(ws, options).changed.get('a.md')!;
    const plan = planFix('a.md', join(dir, 'a.md'), fixed, snapshots.get('a.md'), config);
    expect(isPlan(plan)).toBe(true);
    // Between planning and writing, the file is replaced by a folder of the same name.
    rmSync(join(dir, 'a.md'));
    mkdirSync(join(dir, 'a.md'));
    writeFileSync(join(dir, 'a.md', 'keep.md'), 'keep');
    expect(isPlan(plan) && writeFix(plan)).toEqual({ reason: 'changed' });
    expect(readdirSync(dir)).toEqual(['a.md']);
    expect(readFileSync(join(dir, 'a.md/keep.md'), 'utf8')).toBe('keep');
  });

  it('splices the edits of every pass into the bytes read, and refuses what it cannot splice exactly', () => {
    const edit = (start: number, end: number, newText: string) => ({ start, end, newText });
    // Invalid-looking bytes are not in the text, so a text is spliced only when it is the whole file.
    const bytes = Buffer.from('\uFEFFab æ 🙂 cd', 'utf8');
    const text = 'ab æ 🙂 cd';
    const passes = [
      [edit(0, 2, 'XY'), edit(3, 4, 'ø')],
      [edit(0, 1, ''), edit(10, 10, '!')],
    ];
    const spliced = spliceFixedBytes(bytes, 3, text, passes);
    expect(spliced.ok && spliced.bytes.toString('utf8')).toBe('\uFEFFY ø 🙂 cd!');
    expect(spliceFixedBytes(Buffer.concat([bytes, Buffer.from([0])]), 3, text, passes)).toEqual({ ok: false, detail: 'the text read is not the whole file' });
    // An edit boundary inside a surrogate pair, or inserted text that is not valid Unicode.
    expect(spliceFixedBytes(bytes, 3, text, [[edit(6, 7, 'x')]])).toEqual({ ok: false, detail: 'an edit boundary falls inside a character' });
    expect(spliceFixedBytes(bytes, 3, text, [[edit(0, 0, '\uD83D')]])).toEqual({ ok: false, detail: 'inserted text is not valid Unicode' });
    expect(spliceFixedBytes(bytes, 3, text, [[edit(5, 99, '')]]).ok).toBe(false);
  });
});
