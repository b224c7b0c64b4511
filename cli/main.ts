import { resolve } from 'node:path';
import pc from 'picocolors';
import { ConfigError, findConfigFile, loadConfigFile } from '../engine/config/load.ts';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { lintEach, lintFile, lintOutlines, type LintedFile } from '../engine/lint/files.ts';
import type { LintOptions } from '../engine/lint/runner.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Diagnostic, Lang } from '../engine/types.ts';
import { discoverFiles, PathNotFoundError, type DiscoveredFile } from '../engine/workspace/discover.ts';
import { allRules, ruleIds } from '../rules/index.ts';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.ts';
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
import type { LintResult } from './formatters/types.ts';
import { GOVLINT_VERSION } from './version.ts';

/** The process around the CLI; `stdout` and `drained` as a report written in pieces needs them (`ChunkSink`). */
export interface CliIo extends ChunkSink {
  cwd: string;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line is drawn only there). */
  stderrIsTTY?: boolean;
}

function loadConfig(options: CliOptions, cwd: string): ResolvedConfig {
  const file = options.config ? resolve(cwd, options.config) : findConfigFile(cwd);
  return file ? loadConfigFile(file, ruleIds) : defaultConfig(cwd);
}

/** Prints the diagnostics in the chosen format and returns the exit status. */
async function report(options: CliOptions, io: CliIo, config: ResolvedConfig, files: readonly DiscoveredFile[], all: Diagnostic[], documents: number): Promise<number> {
  const diagnostics = options.quiet ? all.filter((diagnostic) => diagnostic.severity === 'error') : all;
  const result: LintResult = {
    diagnostics,
    files: files.length,
    paths: files.map((file) => file.relative),
    documents,
    rules: allRules,
  };
  const formatOptions = { lang: options.lang ?? config.lang, color: options.color ?? (io.isTTY && pc.isColorSupported), suggest: options.suggest, cwd: io.cwd };
  const chunked = chunkedFormatters[options.format];
  if (chunked) await writeChunked(io, chunked(result, formatOptions));
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

const FIX_WORDS: Record<Lang, { fixed: string; wouldFix: string; nothing: string; notFixed: string }> = {
  da: { fixed: 'rettede {fixes} problem(er) i {files} fil(er)', wouldFix: '--fix ville rette {fixes} problem(er) i {files} fil(er)', nothing: 'intet at rette automatisk', notFixed: '{files} fil(er) blev ikke rettet' },
  en: { fixed: 'fixed {fixes} problem(s) in {files} file(s)', wouldFix: '--fix would fix {fixes} problem(s) in {files} file(s)', nothing: 'nothing to fix automatically', notFixed: '{files} file(s) not fixed' },
};

/**
 * `--fix` (write, then report what remains) and `--fix-dry-run` (print a unified diff, write nothing).
 * Every file with fixes gets a line on stderr (fixed, or not fixed and why); a file that is not
 * written keeps its findings in the report, and no file stops the others.
 */
async function fix(options: CliOptions, io: CliIo, config: ResolvedConfig, files: readonly DiscoveredFile[], lintOptions: LintOptions): Promise<number> {
  const lang = options.lang ?? config.lang;
  const run = runFix(files, config, lintOptions, options.fixDryRun === true);
  const words = FIX_WORDS[lang];
  const written = run.outcomes.filter((outcome) => outcome.fixed > 0);
  const notFixed = run.outcomes.filter((outcome) => outcome.fixed === 0).length;
  const fixes = written.reduce((sum, outcome) => sum + outcome.fixed, 0);
  const summary = (template: string) => template.replace('{fixes}', String(fixes)).replace('{files}', String(written.length));
  for (const diff of run.diffs) io.stdout(diff);
  io.stderr(describeFixOutcomes(run.outcomes, lang, options.fixDryRun === true));
  if (written.length > 0) io.stderr(`govlint: ${summary(options.fixDryRun ? words.wouldFix : words.fixed)}\n`);
  else if (options.fixDryRun && notFixed === 0) io.stderr(`govlint: ${words.nothing}\n`);
  if (notFixed > 0) io.stderr(`govlint: ${words.notFixed.replace('{files}', String(notFixed))}\n`);
  if (options.fixDryRun) return exitStatus(options, io, run.remaining);
  const documents = run.workspace.documents().filter((document) => document.frontmatter).length;
  return report(options, io, config, files, run.remaining, documents);
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const config = loadConfig(options, io.cwd);
  const files = await discoverFiles(options.paths, { cwd: io.cwd, root: config.root, include: config.include, ignore: config.ignore });
  const lintOptions: LintOptions = {
    config,
    rules: allRules,
    today: options.today ?? todayIso(),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  if (options.fix || options.fixDryRun) return fix(options, io, config, files, lintOptions);
  if (options.cache) {
    // A cache location that holds something else is never written: the run goes uncached.
    const cacheFile = resolveCacheFile(io.cwd, options.cacheLocation, options.paths);
    const refusal = cacheRefusal(cacheFile);
    if (refusal) io.stderr(describeCacheProblem(refusal, io.cwd, options.lang ?? config.lang));
    else {
      const cached = await lintWithCache(files, lintOptions, cacheFile, io.cwd, (changed) => lintEachFile(changed, lintOptions, options.concurrency, undefined, io.stderr));
      if (cached.writeProblem) io.stderr(describeCacheProblem(cached.writeProblem, io.cwd, options.lang ?? config.lang));
      return report(options, io, config, files, cached.diagnostics, cached.documents);
    }
  }
  const progress = createProgress({ files: files.length, stderrIsTTY: io.stderrIsTTY === true, format: options.format, lang: options.lang ?? config.lang, write: io.stderr });
  const linted = await lintEachFile(files, lintOptions, options.concurrency, progress, io.stderr);
  const result = lintOutlines(linted, lintOptions);
  progress?.end();
  return report(options, io, config, files, result.diagnostics, result.documents);
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
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (options.version) {
      io.stdout(GOVLINT_VERSION + '\n');
      return 0;
    }
    if (options.command === 'report') return await runReportCommand(options, io);
    if (options.command === 'init') {
      const lang = options.lang ?? 'da';
      const result = writeInitFiles(io.cwd, lang, options.today ?? todayIso());
      io.stdout(describeInit(result, lang));
      return 0;
    }
    return await lint(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`govlint: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof PathNotFoundError || error instanceof CliError) {
      io.stderr(`govlint: ${escapeControls(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (process.env.GOVLINT_DEBUG ? error.stack : escapeControls(error.message)) : escapeControls(String(error));
    io.stderr(`govlint: internal error: ${detail}\n`);
    return 2;
  }
}
