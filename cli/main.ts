import { colorWanted } from './color.ts';
import { ConfigError } from '../engine/config/load.ts';
import type { ResolvedConfig } from '../engine/config/schema.ts';
import { lintEach, lintFile, lintOutlines, type FileToLint, type LintedFile } from '../engine/lint/files.ts';
import type { LintOptions } from '../engine/lint/runner.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Diagnostic, Lang } from '../engine/types.ts';
import { NoMatchError, NotAFileError, PathNotFoundError, type DiscoveredFile } from '../engine/workspace/discover.ts';
import { allRules } from '../rules/index.ts';
import { checkOutputTarget, outputTarget, writeOutputFile, type OutputTarget } from './output-file.ts';
import { findRunFiles, findStdinRunFiles, type RunFiles } from './project-files.ts';
import { documentFromBytes } from '../engine/parse/from-bytes.ts';
import { outlineOf } from '../engine/model/outline.ts';
import { addDueDates } from '../engine/analysis/due.ts';
import { lintDocumentRules } from '../engine/lint/runner.ts';
import { parseCliArgs, UsageError, type CliOptions } from './args.ts';
import { cliLang, describePathError, INTERNAL_ERROR, usageErrorLine, usageText } from './usage.ts';
import { cacheRefusal, describeCacheProblem, lintWithCache, resolveCacheFile } from './cache.ts';
import { CliError } from './errors.ts';
import { escapeControls } from './terminal-text.ts';
import { describeFixOutcomes, runFix } from './fix-run.ts';
import { chunkedFormatters, formatters } from './formatters/index.ts';
import { writeChunked, type ChunkSink } from './write-chunked.ts';
import { LINT_ON_WORKERS_ONLY_FROM, lintFilesInParallel, threadCount, workerScript, workerSetup } from '../engine/lint/pool.ts';
import { createProgress, type Progress } from './progress.ts';
import { describeInit, writeInitFiles } from './init.ts';
import { runReportCommand } from './report/run.ts';
import { runImportCommand } from './import-command.ts';
import { isWordPath } from '../engine/import/docx/document.ts';
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
async function report(options: CliOptions, io: CliIo, config: ResolvedConfig, files: readonly DiscoveredFile[], all: Diagnostic[], documents: number, output?: OutputTarget): Promise<number> {
  const diagnostics = options.quiet ? all.filter((diagnostic) => diagnostic.severity === 'error') : all;
  const result: LintResult = {
    diagnostics,
    files: files.length,
    paths: files.map((file) => file.relative),
    documents,
    rules: allRules,
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
async function fix(options: CliOptions, io: CliIo, files: RunFiles, lintOptions: LintOptions, output: OutputTarget | undefined): Promise<number> {
  const { config } = files;
  const run = runFix(files.indexed, config, lintOptions, options.fixDryRun === true, files.reportedPaths);
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
  return report(options, io, config, files.reported, run.remaining, documents, output);
}

/** The `-o` target, refused at once (exit 2, before any linting) when it must not be written. */
function checkedOutput(options: CliOptions, io: CliIo, run: RunFiles): OutputTarget | undefined {
  if (options.outputFile === undefined) return undefined;
  const protectedFiles = [...run.indexed.map((file) => file.absolute), ...(run.config.file ? [run.config.file] : [])];
  const target = outputTarget(options.outputFile, io.cwd, protectedFiles, options.lang ?? run.config.lang);
  checkOutputTarget(target);
  return target;
}

/**
 * `--stdin`: the text read stands for one file of the project (`--stdin-filename`), which is the
 * one reported; the rest of the project is read from disk for the hierarchy rules. Uncached:
 * the cache knows files by their bytes on disk.
 */
async function lintStdin(options: CliOptions, io: CliIo): Promise<number> {
  if (!io.readStdin) throw new CliError('standard input cannot be read here');
  const run = await findStdinRunFiles(options.stdinFilename, io.cwd, options.config);
  const { config, stdin } = run;
  const output = checkedOutput(options, io, run);
  const lintOptions: LintOptions = { config, rules: allRules, today: options.today ?? todayIso(), ...(options.lang ? { lang: options.lang } : {}) };
  // One byte over the size limit is enough to call the text too large.
  const bytes = await io.readStdin(config.limits.maxFileBytes + 1);
  const document = documentFromBytes(stdin.relative, bytes, config);
  const fromStdin: LintedFile = { outline: addDueDates(outlineOf(document), document, document.meta.lang ?? config.lang), diagnostics: lintDocumentRules(document, lintOptions) };
  const others = run.indexed.filter((file) => file.absolute !== stdin.absolute).map((file): FileToLint => ({ ...file, outlineOnly: true }));
  const linted = await lintEachFile(others, lintOptions, options.concurrency, undefined, io.stderr);
  const result = lintOutlines([...linted, fromStdin], lintOptions, (path) => path === stdin.relative);
  return report(options, io, config, run.reported, result.diagnostics, result.documents, output);
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  if (options.stdin) return lintStdin(options, io);
  const run = await findRunFiles(options.paths, io.cwd, options.config);
  const { config, reported, indexed, reportedPaths } = run;
  const lintOptions: LintOptions = {
    config,
    rules: allRules,
    today: options.today ?? todayIso(),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  const output = checkedOutput(options, io, run);
  if (options.fix || options.fixDryRun) return fix(options, io, run, lintOptions, output);
  const isReported = (diagnostic: Diagnostic) => reportedPaths.has(diagnostic.file);
  if (options.cache) {
    // A cache location that holds something else is never written: the run goes uncached.
    // The cache holds the whole project, whichever of its files are named.
    const cacheFile = resolveCacheFile(io.cwd, options.cacheLocation, [run.root ?? io.cwd, ...(run.root === undefined ? options.paths : [])]);
    const refusal = cacheRefusal(cacheFile);
    if (refusal) io.stderr(describeCacheProblem(refusal, io.cwd, options.lang ?? config.lang));
    else {
      const cached = await lintWithCache(indexed, lintOptions, cacheFile, io.cwd, (changed) => lintEachFile(changed, lintOptions, options.concurrency, undefined, io.stderr));
      if (cached.writeProblem) io.stderr(describeCacheProblem(cached.writeProblem, io.cwd, options.lang ?? config.lang));
      const documents = cached.governance.filter((path) => reportedPaths.has(path)).length;
      return report(options, io, config, reported, cached.diagnostics.filter(isReported), documents, output);
    }
  }
  const progress = createProgress({ files: indexed.length, stderrIsTTY: io.stderrIsTTY === true, format: options.format, lang: options.lang ?? config.lang, write: io.stderr });
  // The files only indexed are read for their outlines: their document rules would find nothing reported.
  const toLint = indexed.map((file): FileToLint => (reportedPaths.has(file.relative) ? file : { ...file, outlineOnly: true }));
  const linted = await lintEachFile(toLint, lintOptions, options.concurrency, progress, io.stderr);
  const result = lintOutlines(linted, lintOptions, (path) => reportedPaths.has(path));
  progress?.end();
  return report(options, io, config, reported, result.diagnostics, result.documents, output);
}

/** Phase 1 (read, parse, document rules) of every file: on worker threads when the workspace is large, otherwise here. */
async function lintEachFile(
  files: readonly DiscoveredFile[],
  lintOptions: LintOptions,
  concurrency: number | 'auto',
  progress: Progress | undefined,
  warn: (text: string) => void,
): Promise<LintedFile[]> {
  const onProgress = (done: number, total: number) => progress?.update(done, total);
  const count = threadCount(files.length, concurrency);
  const script = count > 0 ? workerScript() : undefined;
  if (script) {
    // A large workspace keeps this thread for the outlines and findings it collects: parsing here
    // too would pile its garbage onto the heap that holds them.
    const lintHere = files.length < LINT_ON_WORKERS_ONLY_FROM ? (file: DiscoveredFile) => lintFile(file, lintOptions) : undefined;
    try {
      return await lintFilesInParallel(script, files, workerSetup(lintOptions), count, lintHere, onProgress);
    } catch (error) {
      // A worker that cannot start or dies (out of memory, say) must not cost the run: do it here.
      const detail = error instanceof Error ? error.message : String(error);
      warn(`govlint: ${WORKER_FAILED[lintOptions.lang ?? lintOptions.config.lang].replace('{detail}', detail)}\n`);
    }
  }
  return lintEach(files, lintOptions, onProgress);
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
