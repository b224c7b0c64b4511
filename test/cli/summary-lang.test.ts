// The stylish summary speaks the language of the findings above it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function summary(args: string[]): string {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args, '--today', '2026-11-23'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return result.stdout.trimEnd().split('\n').filter((line) => line.startsWith('✖'))[0] ?? '';
}

describe('stylish summary', () => {
  it('is English for an all-English workspace, Danish for a Danish one, the run\'s language when they mix', () => {
    expect(summary(['samples/en'])).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ info\)$/);
    expect(summary(['samples/da'])).toMatch(/^✖ \d+ problemer \(\d+ fejl, \d+ advarsler, \d+ info\)$/);
    expect(summary(['samples'])).toMatch(/problemer/); // mixed: the configuration's lang (default da)
    expect(summary(['samples/da', '--lang', 'en'])).toMatch(/problems/);
  });
});
