// Colour as the ecosystem decides it: --color/--no-color first, then FORCE_COLOR (0/false off,
// 1–3 on even in a pipe), then NO_COLOR, then a terminal. The CLI runs as a real process with
// stdout a pipe, so only the variables and flags can turn colour on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { colorWanted } from '../../cli/color.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const ESCAPE = '\x1b[';

function run(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['FORCE_COLOR', 'NO_COLOR', 'CI', 'TERM'].includes(key)));
  const result = spawnSync(process.execPath, [cli, 'test/fixtures/cli-basic', '--today', '2026-11-23', ...args], { cwd: root, encoding: 'utf8', env: { ...clean, ...env } });
  return result.stdout;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('colour in a pipe', () => {
  it('is off by default, and with NO_COLOR or FORCE_COLOR=0', () => {
    for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: 'false' }] as Array<Record<string, string>>) expect(run([], env), JSON.stringify(env)).not.toContain(ESCAPE);
  });

  it('is on with FORCE_COLOR=1..3 (over NO_COLOR too) and with --color; --no-color wins over FORCE_COLOR', () => {
    const plain = run([], {});
    for (const env of [{ FORCE_COLOR: '1' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '2', NO_COLOR: '1' }] as Array<Record<string, string>>) {
      const coloured = run([], env);
      expect(coloured, JSON.stringify(env)).toContain(`${ESCAPE}31m`);
      // Only colour was added.
      expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
    }
    expect(run(['--color'], { NO_COLOR: '1', FORCE_COLOR: '0' })).toContain(ESCAPE);
    expect(run(['--no-color'], { FORCE_COLOR: '3' })).not.toContain(ESCAPE);
  });

  it('machine formats never carry colour', () => {
    expect(run(['--format', 'json'], { FORCE_COLOR: '3' })).not.toContain(ESCAPE);
  });
});

describe('colorWanted', () => {
  it('on a terminal: colour unless NO_COLOR, FORCE_COLOR=0 or TERM=dumb', () => {
    expect(colorWanted(undefined, {}, true)).toBe(true);
    expect(colorWanted(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(colorWanted(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorWanted(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(colorWanted(false, {}, true)).toBe(false);
  });
});
