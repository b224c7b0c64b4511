import { colorWanted } from './color.ts';
import {
  ConfigError,
  createLinter,
  describeCacheProblem,
  isWordPath,
  NoMatchError,
  NotAFileError,
  PathNotFoundError,
  type Diagnostic,
  type DiscoveredFile,
  type Lang,
  type Linter,
  type LinterWarning,
  type LintRunResult,
  type ResolvedConfig,
  type RunFiles,
} from '../engine/api/index.ts';
import { todayIso } from '../engine/api/model.ts';
import { checkOutputTarget, outputTarget, writeOutputFile, type OutputTarget } from './output-file.ts';
import { parseCliArgs, UsageError, type CliOptions } from './args.ts';
import { cliLang, describePathError, INTERNAL_ERROR, usageErrorLine, usageText } from './usage.ts';
import { CliError } from './errors.ts';
import { escapeControls } from './terminal-text.ts';
import { describeFixOutcomes, runFix } from './fix-run.ts';
import { chunkedFormatters, formatters } from './formatters/index.ts';
import { writeChunked, type ChunkSink } from './write-chunked.ts';
import { createProgress } from './progress.ts';
import { describeInit, writeInitFiles } from './init.ts';
import { runReportCommand } from './report/run.ts';
import { runImportCommand } from './import-command.ts';
import type { LintResult } from './formatters/types.ts';
import { GOVLINT_VERSION } from './version.ts';

/** The process around the CLI; `stdout` and `drained` as a report written in pieces needs them (`ChunkSink`). */
export interface CliIo extends ChunkSink {
  cwd: string;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line is drawn only there). */
  stderrIsTTY?: boolean;
  /** The environment (FORCE_COLOR, NO_COLOR, TERM); default: the process's. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Standard input (`--stdin`): all of it, or its first `limit` bytes. */
  readStdin?: (limit: number) => Promise<Uint8Array>;
}

/** Prints the diagnostics in the chosen format and returns the exit status. */
async function report(
  options: CliOptions,
  io: CliIo,
  linter: Linter,
  config: ResolvedConfig,
  files: readonly DiscoveredFile[],
  all: Diagnostic[],
  documents: number,
  output?: OutputTarget,
): Promise<number> {
  const diagnostics = options.quiet ? all.filter((diagnostic) => diagnostic.severity === 'error') : all;
  const result: LintResult = {
    diagnostics,
    files: files.length,
    paths: files.map((file) => file.relative),
    documents,
    rules: linter.rules,
  };
  const formatOptions = { lang: options.lang ?? config.lang, color: colorWanted(options.color, io.env ?? process.env, io.isTTY), suggest: options.suggest, cwd: io.cwd };
  const chunked = chunkedFormatters[options.format];
  if (output) {
    // The file is written whole, then renamed into place: a reader never sees half a report.
    const text = chunked ? [...chunked(result, formatOptions)].join('') : formatters[options.format]!(result, formatOptions);
    writeOutputFile(output, text);
  } else if (chunked) await writeChunked(io, chunked(result, formatOptions));
  else io.stdout(formatters[options.format]!(result, formatOptions));
  // --quiet hides warnings from the output, never from --max-warnings.
  return exitStatus(options, io, all);
}

function exitStatus(options: CliOptions, io: CliIo, diagnostics: readonly Diagnostic[]): number {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`govlint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

const WORKER_FAILED: Record<Lang, string> = {
  da: 'arbejdstrådene fejlede ({detail}); tjekker i én tråd',
  en: 'worker threads failed ({detail}); checking in one thread',
};

const FIX_WORDS: Record<Lang, { fixed: string; wouldFix: string; nothing: string; notFixed: string; word: string }> = {
  da: {
    fixed: 'rettede {fixes} problem(er) i {files} fil(er)',
    wouldFix: '--fix ville rette {fixes} problem(er) i {files} fil(er)',
    nothing: 'intet at rette automatisk',
    notFixed: '{files} fil(er) blev ikke rettet',
    word: '--fix ændrer aldrig et Word-dokument: {files} .docx-fil(er) er ikke rørt (govlint import laver dem om til Markdown, der kan rettes)',
  },
  en: {
    fixed: 'fixed {fixes} problem(s) in {files} file(s)',
    wouldFix: '--fix would fix {fixes} problem(s) in {files} file(s)',
    nothing: 'nothing to fix automatically',
    notFixed: '{files} file(s) not fixed',
    word: '--fix never changes a Word document: {files} .docx file(s) left untouched (govlint import turns them into Markdown that can be fixed)',
  },
};

/**
 * `--fix` (write, then report what remains) and `--fix-dry-run` (print a unified diff, write nothing).
 * Every file with fixes gets a line on stderr (fixed, or not fixed and why); a file that is not
 * written keeps its findings in the report, and no file stops the others.
 */
async function fix(options: CliOptions, io: CliIo, linter: Linter, files: RunFiles, output: OutputTarget | undefined): Promise<number> {
  const { config } = files;
  const run = runFix(files.indexed, config, linter.lintOptions(config), options.fixDryRun === true, files.reportedPaths);
  // The lines about fixing speak the documents' language when they share one, as the stylish summary does.
  const documentLangs = new Set(run.workspace.documents().map((document) => document.meta.lang ?? config.lang));
  const lang = options.lang ?? (documentLangs.size === 1 ? [...documentLangs][0]! : config.lang);
  const words = FIX_WORDS[lang];
  const written = run.outcomes.filter((outcome) => outcome.fixed > 0);
  const notFixed = run.outcomes.filter((outcome) => outcome.fixed === 0).length;
  const fixes = written.reduce((sum, outcome) => sum + outcome.fixed, 0);
  const summary = (template: string) => template.replace('{fixes}', String(fixes)).replace('{files}', String(written.length));
  // The dry run's report is its diff: to the -o file when one is given.
  if (output && options.fixDryRun) writeOutputFile(output, run.diffs.join(''));
  else for (const diff of run.diffs) io.stdout(diff);
  io.stderr(describeFixOutcomes(run.outcomes, lang, options.fixDryRun === true));
  const wordFiles = files.reported.filter((file) => isWordPath(file.relative)).length;
  if (wordFiles > 0) io.stderr(`govlint: ${words.word.replace('{files}', String(wordFiles))}\n`);
  if (written.length > 0) io.stderr(`govlint: ${summary(options.fixDryRun ? words.wouldFix : words.fixed)}\n`);
  else if (options.fixDryRun && notFixed === 0) io.stderr(`govlint: ${words.nothing}\n`);
  if (notFixed > 0) io.stderr(`govlint: ${words.notFixed.replace('{files}', String(notFixed))}\n`);
  if (options.fixDryRun) return exitStatus(options, io, run.remaining);
  const documents = run.workspace.documents().filter((document) => document.frontmatter && files.reportedPaths.has(document.path)).length;
  return report(options, io, linter, config, files.reported, run.remaining, documents, output);
}

/** The `-o` target, refused at once (exit 2, before any linting) when it must not be written. */
function checkedOutput(options: CliOptions, io: CliIo, run: RunFiles): OutputTarget | undefined {
  if (options.outputFile === undefined) return undefined;
  const protectedFiles = [...run.indexed.map((file) => file.absolute), ...(run.config.file ? [run.config.file] : [])];
  const target = outputTarget(options.outputFile, io.cwd, protectedFiles, options.lang ?? run.config.lang);
  checkOutputTarget(target);
  return target;
}

/** The linter of a run: the command line's options, its warnings written to stderr in the CLI's words. */
function linterFor(options: CliOptions, io: CliIo): Linter {
  const warn = (warning: LinterWarning): void => {
    if (warning.kind === 'cache') io.stderr(describeCacheProblem(warning.problem, io.cwd, warning.lang));
    else io.stderr(`govlint: ${WORKER_FAILED[warning.lang].replace('{detail}', warning.detail)}\n`);
  };
  return createLinter({
    cwd: io.cwd,
    config: options.config !== undefined ? { file: options.config } : { find: true },
    today: options.today ?? todayIso(),
    ...(options.lang ? { lang: options.lang } : {}),
    concurrency: options.concurrency,
    onWarning: warn,
  });
}

/**
 * `--stdin`: the text read stands for one file of the project (`--stdin-filename`), which is the
 * one reported; the rest of the project is read from disk for the hierarchy rules. Uncached:
 * the cache knows files by their bytes on disk.
 */
async function lintStdin(options: CliOptions, io: CliIo, linter: Linter): Promise<number> {
  if (!io.readStdin) throw new CliError('standard input cannot be read here');
  const run = await linter.findTextFiles(options.stdinFilename);
  const output = checkedOutput(options, io, run);
  // One byte over the size limit is enough to call the text too large.
  const bytes = await io.readStdin(run.config.limits.maxFileBytes + 1);
  const result = await linter.lintText(run, bytes);
  return report(options, io, linter, run.config, run.reported, result.diagnostics, result.documents, output);
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const linter = linterFor(options, io);
  if (options.stdin) return lintStdin(options, io, linter);
  const run = await linter.findFiles(options.paths);
  const { config } = run;
  const output = checkedOutput(options, io, run);
  if (options.fix || options.fixDryRun) return fix(options, io, linter, run, output);
  let result: LintRunResult;
  if (options.cache) {
    result = await linter.lint(run, { cache: { ...(options.cacheLocation !== undefined ? { location: options.cacheLocation } : {}) } });
  } else {
    const progress = createProgress({ files: run.indexed.length, stderrIsTTY: io.stderrIsTTY === true, format: options.format, lang: options.lang ?? config.lang, write: io.stderr });
    result = await linter.lint(run, progress ? { onProgress: (done, total) => progress.update(done, total) } : {});
    progress?.end();
  }
  return report(options, io, linter, config, run.reported, result.diagnostics, result.documents, output);
}

/** Runs the CLI and returns the exit status (0 clean, 1 findings, 2 usage or internal failure). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv, Object.keys(formatters));
    if (options.help) {
      io.stdout(usageText(cliLang(argv, io.cwd)) + '\n');
      return 0;
    }
    if (options.version) {
      io.stdout(GOVLINT_VERSION + '\n');
      return 0;
    }
    if (options.command === 'report') return await runReportCommand(options, io);
    if (options.command === 'import') return await runImportCommand(options, io, cliLang(argv, io.cwd));
    if (options.command === 'init') {
      const lang = options.lang ?? 'da';
      const result = writeInitFiles(io.cwd, lang, options.today ?? todayIso());
      io.stdout(describeInit(result, lang));
      return 0;
    }
    return await lint(options, io);
  } catch (error) {
    // The CLI's own words follow --lang, the configuration's lang, then the locale.
    const lang = cliLang(argv, io.cwd);
    if (error instanceof UsageError) {
      io.stderr(`${escapeControls(usageErrorLine(error.messages, lang))}\n`);
      return 2;
    }
    if (error instanceof PathNotFoundError) {
      io.stderr(`govlint: ${escapeControls(describePathError(error.path, error instanceof NotAFileError, lang, error instanceof NoMatchError))}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof CliError) {
      io.stderr(`govlint: ${escapeControls(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (process.env.GOVLINT_DEBUG ? error.stack : escapeControls(error.message)) : escapeControls(String(error));
    io.stderr(`govlint: ${INTERNAL_ERROR[lang]}: ${detail}\n`);
    return 2;
  }
}
