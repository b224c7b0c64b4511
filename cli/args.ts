import { parseArgs } from 'node:util';
import { parseIsoDate, type Lang } from '../engine/api/model.ts';
import { describeParseError, type Localized } from './usage.ts';

/** Bad usage: one line on stderr, in the user's language when the message is given in both. */
export class UsageError extends Error {
  readonly messages: Localized;
  constructor(message: string | Localized) {
    const messages = typeof message === 'string' ? { da: message, en: message } : message;
    super(messages.en);
    this.messages = messages;
    this.name = 'UsageError';
  }
}

export type Command = 'lint' | 'report' | 'init' | 'import';

export interface CliOptions {
  command: Command;
  paths: string[];
  format: string;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  today?: string;
  lang?: Lang;
  maxWarnings?: number;
  quiet: boolean;
  suggest: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads for linting: a number (1 = none) or 'auto' (one per core for a large workspace). */
  concurrency: number | 'auto';
  /** `report --out` (also `-o`, `--output-file`): the HTML file. */
  out?: string;
  /** Linting `-o/--output-file`: the file the report is written to instead of stdout. */
  outputFile?: string;
  /** `report --out`: replace a file that is not a previous govlint report (never a linted document). */
  force: boolean;
  help: boolean;
  version: boolean;
  color?: boolean;
  /** Lint standard input (`--stdin`, or `-` / `/dev/stdin` as the path). */
  stdin: boolean;
  /** The file of the workspace standard input stands for (`--stdin-filename`). */
  stdinFilename?: string;
}

/** Paths that mean standard input. */
const STDIN_PATHS = new Set(['-', '/dev/stdin']);

export { USAGE } from './usage.ts';

/** A plain decimal count (`0`, `12`), or `-1` for no limit: not `''`, `0x40`, `1e3` or ` 5`. */
const MAX_WARNINGS = /^(?:-1|[0-9]+)$/;

/** `--max-warnings -1` as one argument: parseArgs would take `-1` for an option and call the value ambiguous (`-2` then gets the clear message). */
function joinNegativeMaxWarnings(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (argv[i] === '--max-warnings' && /^-[0-9]/.test(argv[i + 1] ?? '')) args.push(`--max-warnings=${argv[++i]}`);
    else args.push(argv[i]!);
  }
  return args;
}

export function parseCliArgs(argv: readonly string[], knownFormats: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeMaxWarnings(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        today: { type: 'string' },
        lang: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        suggest: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'output-file': { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  let command: Command = 'lint';
  let paths = positionals;
  if (positionals[0] === 'report' || positionals[0] === 'init' || positionals[0] === 'import') {
    command = positionals[0];
    paths = positionals.slice(1);
  }
  const format = values.format ?? 'stylish';
  if (!knownFormats.includes(format)) throw new UsageError({ da: `ukendt format "${format}" (brug ${knownFormats.join(', ')})`, en: `unknown format "${format}" (use ${knownFormats.join(', ')})` });
  if (values.fix && values['fix-dry-run']) throw new UsageError({ da: 'brug enten --fix eller --fix-dry-run, ikke begge', en: 'use either --fix or --fix-dry-run, not both' });
  if (values.today !== undefined && !parseIsoDate(values.today))
    throw new UsageError({ da: `--today skal være en dato som ÅÅÅÅ-MM-DD, ikke "${values.today}"`, en: `--today must be a date as YYYY-MM-DD, not "${values.today}"` });
  if (values.lang !== undefined && values.lang !== 'da' && values.lang !== 'en')
    throw new UsageError({ da: `--lang skal være da eller en, ikke "${values.lang}"`, en: `--lang must be da or en, not "${values.lang}"` });
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    maxWarnings = Number(text);
    if (!MAX_WARNINGS.test(text) || !Number.isSafeInteger(maxWarnings))
      throw new UsageError({
        da: `--max-warnings skal være et helt tal fra 0, eller -1 for ingen grænse, ikke "${text}"`,
        en: `--max-warnings must be a whole number from 0, or -1 for no limit, not "${text}"`,
      });
  }
  let concurrency: number | 'auto' = 'auto';
  if (values.concurrency !== undefined && values.concurrency !== 'auto') {
    concurrency = values.concurrency === 'off' ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new UsageError({
        da: `--concurrency skal være et helt tal fra 1, auto eller off, ikke "${values.concurrency}"`,
        en: `--concurrency must be a whole number from 1, auto or off, not "${values.concurrency}"`,
      });
  }
  if (values.out !== undefined && values['output-file'] !== undefined)
    throw new UsageError({ da: 'brug enten -o/--out eller --output-file, ikke begge', en: 'use either -o/--out or --output-file, not both' });
  values.out ??= values['output-file'];
  if (command === 'report' && !values.out) throw new UsageError({ da: 'govlint report skal have --out FIL', en: 'govlint report needs --out FILE' });
  if (values.force && command !== 'report' && command !== 'import')
    throw new UsageError({
      da: '--force hører til govlint report og govlint import (det lader en eksisterende fil blive erstattet)',
      en: '--force belongs to govlint report and govlint import (it lets an existing file be replaced)',
    });
  if (command === 'import' && paths.length === 0) throw new UsageError({ da: 'govlint import skal have en .docx-fil eller en mappe', en: 'govlint import needs a .docx file or a folder' });
  if (command === 'init' && values.out !== undefined)
    throw new UsageError({
      da: 'govlint init skriver ingen rapport: -o/--output-file hører til lint og govlint report',
      en: 'govlint init writes no report: -o/--output-file belongs to linting and govlint report',
    });
  if (command === 'init' && paths.length > 0)
    throw new UsageError({ da: 'govlint init tager ingen stier: den skriver i den aktuelle mappe', en: 'govlint init takes no paths: it writes into the current folder' });
  const stdin = values.stdin === true || (command === 'lint' && paths.some((path) => STDIN_PATHS.has(path)));
  if (command === 'import' && (values.fix || values['fix-dry-run']))
    throw new UsageError({ da: 'govlint import skriver Markdown; --fix hører til lint', en: 'govlint import writes Markdown; --fix belongs to linting' });
  if (stdin) {
    if (command !== 'lint') throw new UsageError({ da: `--stdin hører til lint, ikke til govlint ${command}`, en: `--stdin belongs to linting, not to govlint ${command}` });
    paths = paths.filter((path) => !STDIN_PATHS.has(path));
    if (paths.length > 0)
      throw new UsageError({
        da: `standardinput lintes alene: angiv ingen anden sti (${paths[0]}); --stdin-filename siger, hvilken fil den står for`,
        en: `standard input is linted alone: name no other path (${paths[0]}); --stdin-filename says which file it stands for`,
      });
    if (values.fix || values['fix-dry-run'])
      throw new UsageError({ da: '--fix og --fix-dry-run virker på filer, ikke på standardinput', en: '--fix and --fix-dry-run work on files, not on standard input' });
  } else if (values['stdin-filename'] !== undefined) throw new UsageError({ da: '--stdin-filename kræver --stdin (eller - som sti)', en: '--stdin-filename needs --stdin (or - as the path)' });
  const options: CliOptions = {
    command,
    paths,
    format,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    quiet: values.quiet ?? false,
    suggest: values.suggest ?? false,
    cache: values.cache ?? false,
    concurrency,
    force: values.force ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    stdin,
  };
  if (values['stdin-filename'] !== undefined) options.stdinFilename = values['stdin-filename'];
  if (values.config !== undefined) options.config = values.config;
  if (values.today !== undefined) options.today = values.today;
  if (values.lang !== undefined) options.lang = values.lang;
  if (maxWarnings !== undefined && maxWarnings >= 0) options.maxWarnings = maxWarnings;
  if (values['cache-location'] !== undefined) options.cacheLocation = values['cache-location'];
  if (values.out !== undefined) {
    if (command === 'lint') options.outputFile = values.out;
    else options.out = values.out;
  }
  if (values.color) options.color = true;
  if (values['no-color']) options.color = false;
  return options;
}
