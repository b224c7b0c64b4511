// `npm start` as a new user runs it: a first line saying the sample findings are planted, and
// extra arguments passed through (`npm start -- --fix-dry-run` used to end in `sh: Syntax error`).
// npm runs the script with `sh -c`, the extra arguments appended; so does this test, after the
// build step (rebuilding dist/ here would pull it from under the other test files running now).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '..', '..');
const BUILD = 'npm run build --silent && ';
const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
const PLANTED =
  'govlint: eksemplerne i samples/ indeholder fejl med vilje; hvert fund er plantet (se samples/README.md) · ' +
  'the samples contain planted mistakes; every finding is there on purpose (see samples/README.md)\n';

/** What `npm start -- ARGS` runs once built: the script's command with the arguments appended, quoted as npm quotes them. */
function start(args: string[]) {
  const quoted = args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('sh', ['-c', `${script.slice(BUILD.length)} ${quoted}`], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start', () => {
  it('builds, then runs a plain command that arguments can be appended to', () => {
    expect(script.startsWith(BUILD)).toBe(true);
    expect(script.slice(BUILD.length)).toMatch(/^node scripts\/start\.mjs dist\/cli\.js samples --today 2026-11-23 --suggest$/);
  });

  it('says first that the findings are planted, passes arguments through, and exits 0 on the planted findings', () => {
    const json = start(['--format', 'json', '--lang', 'en']);
    expect(json.stderr.startsWith(PLANTED)).toBe(true);
    const output = JSON.parse(json.stdout) as { documents: number; diagnostics: Array<{ message: string; severity: string }> };
    expect(output.documents).toBe(16);
    expect(output.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    expect(output.diagnostics[0]!.message).toMatch(/^[A-Z]/);
    expect(json.code).toBe(0);

    const before = readFileSync(join(root, 'samples/da/retningslinjer/boernefaglig-undersoegelse.md'), 'utf8');
    const dry = start(['--fix-dry-run']);
    expect(dry.stderr).toContain(PLANTED);
    expect(dry.stderr).not.toContain('Syntax error');
    // The samples' fixes are suggestions, not safe fixes: the dry run says so, which it does only when the argument arrived.
    expect(dry.stderr).toMatch(/intet at rette automatisk|nothing to fix automatically/);
    expect(dry.code).toBe(0);
    expect(readFileSync(join(root, 'samples/da/retningslinjer/boernefaglig-undersoegelse.md'), 'utf8')).toBe(before);
  });

  it('keeps exit 2 for bad usage', () => {
    const bad = start(['--no-such-option']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('govlint: unknown option --no-such-option; see govlint --help');
  });
});
