import { parseArgs } from 'node:util';
import type { Lang } from '../engine/types.ts';
import { parseIsoDate } from '../engine/text/dates.ts';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Command = 'lint' | 'report' | 'init';

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
  out?: string;
  /** `report --out`: replace a file that is not a previous govlint report (never a linted document). */
  force: boolean;
  help: boolean;
  version: boolean;
  color?: boolean;
}

export const USAGE = `Usage:
  govlint [paths…] [--format stylish|json|sarif|github|junit] [--fix | --fix-dry-run]
          [--config FILE] [--today YYYY-MM-DD] [--lang da|en] [--max-warnings N]
          [--quiet] [--suggest] [--cache [--cache-location DIR]] [--color | --no-color]
          [--concurrency N|auto|off]
  govlint report [paths…] --out report.html [--force] [--today …] [--lang …] [--config FILE]
  govlint init [--lang da|en]

Options:
  -f, --format NAME       stylish (default), json, sarif (SARIF 2.1.0 for code scanning),
                          github (workflow-command annotations) or junit (XML for CI dashboards)
      --fix               apply the fixes that are safe without a human, then report what remains
      --fix-dry-run       print those fixes as a unified diff; write nothing
  -c, --config FILE       configuration file (default: .govlint.yaml or .govlint.json, searched upwards)
      --today DATE        the date that date rules treat as today (reproducible CI runs)
      --lang da|en        language of the messages (default: each document's, then the configuration's)
      --max-warnings N    fail when more than N warnings remain, shown or not (-1: no limit)
  -q, --quiet             report errors only (warnings still count for --max-warnings)
      --suggest           show suggested rewrites under each finding
      --cache             reuse the findings of unchanged documents (node_modules/.cache/govlint)
      --cache-location P  where the cache lives: a folder, or a .json file
      --concurrency N     worker threads for reading and checking: a number, auto (default:
                          one per core when there are 150 files or more) or off
      --force             report: replace --out even when it is not a previous govlint report
  -h, --help, -v, --version

  init writes a commented .govlint.yaml and a skeleton policy, service level and guideline
  into the current folder (Danish; English with --lang en), never overwriting a file.

Exit status: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 bad usage, unreadable configuration or an internal failure.`;

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
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals } = parsed;
  let command: Command = 'lint';
  let paths = positionals;
  if (positionals[0] === 'report' || positionals[0] === 'init') {
    command = positionals[0];
    paths = positionals.slice(1);
  }
  const format = values.format ?? 'stylish';
  if (!knownFormats.includes(format)) throw new UsageError(`unknown format "${format}" (use ${knownFormats.join(', ')})`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (values.today !== undefined && !parseIsoDate(values.today)) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${values.today}"`);
  if (values.lang !== undefined && values.lang !== 'da' && values.lang !== 'en') throw new UsageError(`--lang must be da or en, not "${values.lang}"`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    maxWarnings = Number(text);
    if (!MAX_WARNINGS.test(text) || !Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number from 0, or -1 for no limit, not "${text}"`);
  }
  let concurrency: number | 'auto' = 'auto';
  if (values.concurrency !== undefined && values.concurrency !== 'auto') {
    concurrency = values.concurrency === 'off' ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a whole number from 1, auto or off, not "${values.concurrency}"`);
  }
  if (command === 'report' && !values.out) throw new UsageError('govlint report needs --out FILE');
  if (values.force && command !== 'report') throw new UsageError('--force belongs to govlint report (it lets --out replace a file that is not a govlint report)');
  if (command === 'init' && paths.length > 0) throw new UsageError('govlint init takes no paths: it writes into the current folder');
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
  };
  if (values.config !== undefined) options.config = values.config;
  if (values.today !== undefined) options.today = values.today;
  if (values.lang !== undefined) options.lang = values.lang as Lang;
  if (maxWarnings !== undefined && maxWarnings >= 0) options.maxWarnings = maxWarnings;
  if (values['cache-location'] !== undefined) options.cacheLocation = values['cache-location'];
  if (values.out !== undefined) options.out = values.out;
  if (values.color) options.color = true;
  if (values['no-color']) options.color = false;
  return options;
}
