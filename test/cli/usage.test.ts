// The CLI's own words: --help and one-line usage errors, in the language the user chose
// (--lang, the configuration's lang, then LC_ALL / LC_MESSAGES / LANG; English otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../cli/args.ts';
import { usageText } from '../../cli/usage.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
/** A folder of its own (a git root, so no configuration above it is found). */
const plain = mkdtempSync(join(tmpdir(), 'govlint-usage-'));
mkdirSync(join(plain, '.git'));

function run(args: string[], locale: Record<string, string | undefined> = {}, cwd = plain) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...locale };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!(name in locale)) delete env[name];
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('usage errors', () => {
  it('are one line on stderr that points at --help, exit 2, nothing on stdout', () => {
    const cases: Array<[string[], string]> = [
      [['--format', 'xml'], 'govlint: unknown format "xml" (use stylish, json, sarif, github, junit, gitlab); see govlint --help'],
      [['--nope'], 'govlint: unknown option --nope; see govlint --help'],
      [['--format'], 'govlint: -f, --format needs a value; see govlint --help'],
      [['--fix=yes'], 'govlint: --fix takes no value; see govlint --help'],
      [['--today', '23-11-2026'], 'govlint: --today must be a date as YYYY-MM-DD, not "23-11-2026"; see govlint --help'],
      [['report'], 'govlint: govlint report needs --out FILE; see govlint --help'],
    ];
    for (const [args, line] of cases) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${line}\n`);
    }
  });

  it('are Danish when the locale, the configuration or --lang says so', () => {
    expect(run(['--format', 'xml'], { LANG: 'da_DK.UTF-8' }).stderr).toBe('govlint: ukendt format "xml" (brug stylish, json, sarif, github, junit, gitlab); se govlint --help\n');
    expect(run(['--nope', '--lang', 'da']).stderr).toBe('govlint: ukendt tilvalg --nope; se govlint --help\n');
    expect(run(['no-such-folder'], { LC_ALL: 'da_DK.UTF-8', LANG: 'en_GB.UTF-8' }).stderr).toBe('govlint: ingen sådan fil eller mappe: no-such-folder\n');
    // LC_ALL wins over LANG, as everywhere in POSIX.
    expect(run(['no-such-folder'], { LC_ALL: 'en_GB.UTF-8', LANG: 'da_DK.UTF-8' }).stderr).toBe('govlint: no such file or directory: no-such-folder\n');
  });
});

describe('--help', () => {
  it('is English by default and with a non-Danish locale', () => {
    for (const locale of [{}, { LANG: 'C.UTF-8' }, { LANG: 'en_US.UTF-8' }]) {
      const result = run(['--help'], locale);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${USAGE}\n`);
    }
  });

  it('is Danish with --lang da, a Danish locale, or lang: da in the configuration; --lang decides over both', () => {
    const danish = `${usageText('da')}\n`;
    expect(danish.startsWith('Brug:\n')).toBe(true);
    expect(run(['-h', '--lang', 'da']).stdout).toBe(danish);
    expect(run(['--help'], { LANG: 'da_DK.UTF-8' }).stdout).toBe(danish);
    const configured = mkdtempSync(join(tmpdir(), 'govlint-usage-da-'));
    mkdirSync(join(configured, '.git'));
    writeFileSync(join(configured, '.govlint.yaml'), 'lang: da\n');
    expect(run(['--help'], { LANG: 'en_GB.UTF-8' }, configured).stdout).toBe(danish);
    expect(run(['--help', '--lang=en'], { LANG: 'da_DK.UTF-8' }, configured).stdout).toBe(`${USAGE}\n`);
  });

  it('names the same options in both languages', () => {
    const options = (text: string) => [...new Set(text.match(/(?<![\w-])--?[a-z][a-z-]*/g))].sort();
    expect(options(usageText('da'))).toEqual(options(USAGE));
    expect(options(USAGE)).toEqual(expect.arrayContaining(['--color', '--no-color', '-h', '--help', '-v', '--version', '-o', '--out', '-f', '-c', '-q']));
  });
});
