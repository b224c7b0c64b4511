// The linter: one object per run (or per test), created from options, that every front end calls.
// It finds the configuration and the files, and runs the one pipeline — phase 1 per document
// (read or take the text, parse, document rules, keep the outline), phase 2 over the outlines
// (the index, the workspace rules) — on disk files, on standard input, on texts in memory.
import type { ResolvedConfig } from '../config/schema.ts';
import { lintOutlines, lintParsedDocument, type FileToLint, type LintedFile } from '../lint/files.ts';
import type { LintOptions } from '../lint/runner.ts';
import type { GovDocument } from '../model/document.ts';
import { documentFromBytes, documentFromText } from '../parse/from-bytes.ts';
import type { Rule } from '../rule.ts';
import { todayIso } from '../text/dates.ts';
import type { Diagnostic, Lang } from '../types.ts';
import type { DiscoveredFile } from '../workspace/discover.ts';
import { WorkspaceIndex } from '../workspace/index.ts';
import { readDocumentFile } from '../workspace/load.ts';
import { allRules } from '../../rules/index.ts';
import { cacheRefusal, lintWithCache, resolveCacheFile, type CacheProblem, type CacheStats } from './cache.ts';
import { loadRunConfig, type ConfigSource, type RunConfig } from './config.ts';
import { lintPhaseOne } from './phase-one.ts';
import { findRunFiles, findStdinRunFiles, type RunFiles } from './project-files.ts';

export interface LinterOptions {
  /** The working directory: named paths are relative to it, and so are the paths findings name. Default: the process's. */
  cwd?: string;
  /** Where the configuration comes from; default: found from the named paths (`{ find: true }`). */
  config?: ConfigSource;
  /** ISO date the date rules treat as today; default: the real date. */
  today?: string;
  /** Message language for every document; otherwise each document's `lang`, then the configuration's. */
  lang?: Lang;
  /** Threads for phase 1 (this one included), or 'auto'. */
  concurrency?: number | 'auto';
  /** Parse on worker threads only (a long-lived process: see `PhaseOneOptions.workersOnly`). */
  workersOnly?: boolean;
  /** The rules to run; default: all of them. Another set runs on this thread only. */
  rules?: readonly Rule[];
  /** Told when the run goes on differently than asked: the pool failed, or the cache could not be used. */
  onWarning?: (warning: LinterWarning) => void;
}

/** Something the caller may tell the user, with the run's language (`lang` option, else the configuration's) to tell it in. */
export type LinterWarning = ({ kind: 'workers-failed'; detail: string } | { kind: 'cache'; problem: CacheProblem }) & { lang: Lang };

export interface LintRunOptions {
  onProgress?: (done: number, total: number) => void;
  /** Use the content-hash cache (`--cache`): `location` is a folder or a `.json` file, default under node_modules. */
  cache?: { location?: string };
}

/** What a run found in the reported files. */
export interface LintRunResult {
  /** Sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Reported governance documents (with front matter). */
  documents: number;
  /** When the cache was used: what it saved. */
  cacheStats?: CacheStats;
}

/** A file in memory: its path (relative, `/` separators, as findings name it) and its text or bytes. */
export type SourceText = { path: string; text: string } | { path: string; bytes: Uint8Array };

/** A run that keeps the whole documents (the management report reads their goals and sections). */
export interface DocumentsResult extends LintRunResult {
  workspace: WorkspaceIndex<GovDocument>;
}

export class Linter {
  readonly cwd: string;
  readonly rules: readonly Rule[];
  /** The ISO date the date rules treat as today. */
  readonly today: string;

  constructor(readonly options: LinterOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.rules = options.rules ?? allRules;
    this.today = options.today ?? todayIso();
  }

  /** The configuration for a run over `paths` (throws `ConfigError` for a configuration file that cannot be used). */
  configFor(paths: readonly string[]): RunConfig {
    return loadRunConfig(paths, this.cwd, this.options.config ?? { find: true });
  }

  /** What the rules run with under `config`. */
  lintOptions(config: ResolvedConfig): LintOptions {
    return { config, rules: this.rules, today: this.today, ...(this.options.lang ? { lang: this.options.lang } : {}) };
  }

  /**
   * The files of a run: those `paths` name (reported) and, with `project` (the default), every
   * file of their project (indexed, for what the hierarchy rules read of them).
   */
  findFiles(paths: readonly string[], { project = true }: { project?: boolean } = {}): Promise<RunFiles> {
    return findRunFiles(paths, this.cwd, this.configFor(paths), project);
  }

  /** The files of a run over one text standing for `filename` (standard input, an editor's buffer): it is reported, the rest of its project is read from disk. */
  findTextFiles(filename: string | undefined): Promise<RunFiles & { stdin: DiscoveredFile }> {
    return findStdinRunFiles(filename, this.cwd, this.configFor(filename !== undefined ? [filename] : []));
  }

  /** Lints the files of `paths` (see `findFiles`). */
  async lintFiles(paths: readonly string[], options: LintRunOptions = {}): Promise<LintRunResult> {
    return this.lint(await this.findFiles(paths), options);
  }

  /** Both phases over the run's files; findings of the reported files only. */
  async lint(run: RunFiles, options: LintRunOptions = {}): Promise<LintRunResult> {
    const lintOptions = this.lintOptions(run.config);
    if (options.cache) {
      const cached = await this.lintCached(run, lintOptions, options.cache.location);
      if (cached) return cached;
    }
    // The files only indexed are read for their outlines: their document rules would find nothing reported.
    const toLint = run.indexed.map((file): FileToLint => (run.reportedPaths.has(file.relative) ? file : { ...file, outlineOnly: true }));
    const linted = await this.phaseOne(toLint, lintOptions, options.onProgress);
    return lintOutlines(linted, lintOptions, (path) => run.reportedPaths.has(path));
  }

  /** The run through the cache, or undefined when the cache location holds something else (the run then goes uncached). */
  private async lintCached(run: RunFiles, lintOptions: LintOptions, location: string | undefined): Promise<LintRunResult | undefined> {
    // The cache holds the whole project, whichever of its files are named.
    const cacheFile = resolveCacheFile(this.cwd, location, [run.root ?? this.cwd, ...(run.root === undefined ? run.named : [])]);
    const refusal = cacheRefusal(cacheFile);
    if (refusal) {
      this.warn({ kind: 'cache', problem: refusal }, lintOptions);
      return undefined;
    }
    const cached = await lintWithCache(run.indexed, lintOptions, cacheFile, this.cwd, (changed) => this.phaseOne(changed, lintOptions));
    if (cached.writeProblem) this.warn({ kind: 'cache', problem: cached.writeProblem }, lintOptions);
    const isReported = (path: string) => run.reportedPaths.has(path);
    return {
      diagnostics: cached.diagnostics.filter((diagnostic) => isReported(diagnostic.file)),
      documents: cached.governance.filter(isReported).length,
      cacheStats: cached.stats,
    };
  }

  private phaseOne(files: readonly FileToLint[], lintOptions: LintOptions, onProgress?: (done: number, total: number) => void): Promise<LintedFile[]> {
    return lintPhaseOne(files, lintOptions, {
      ...(this.options.concurrency !== undefined ? { concurrency: this.options.concurrency } : {}),
      ...(this.options.workersOnly ? { workersOnly: true } : {}),
      ...(onProgress ? { onProgress } : {}),
      onWorkerFailure: (detail) => this.warn({ kind: 'workers-failed', detail }, lintOptions),
    });
  }

  private warn(warning: { kind: 'workers-failed'; detail: string } | { kind: 'cache'; problem: CacheProblem }, lintOptions: LintOptions): void {
    this.options.onWarning?.({ ...warning, lang: lintOptions.lang ?? lintOptions.config.lang });
  }

  /**
   * Lints one text standing for the run's `stdin` file (see `findTextFiles`), with the rest of
   * its project from disk. Bytes are read as a file's (size limit, encoding); a string is taken as it is.
   */
  async lintText(run: RunFiles & { stdin: DiscoveredFile }, content: string | Uint8Array): Promise<LintRunResult> {
    const lintOptions = this.lintOptions(run.config);
    const { stdin } = run;
    const document = typeof content === 'string' ? documentFromText(stdin.relative, content, run.config) : documentFromBytes(stdin.relative, content, run.config);
    const others = run.indexed.filter((file) => file.absolute !== stdin.absolute).map((file): FileToLint => ({ ...file, outlineOnly: true }));
    const linted = await this.phaseOne(others, lintOptions);
    return lintOutlines([...linted, lintParsedDocument(document, lintOptions)], lintOptions, (path) => path === stdin.relative);
  }

  /**
   * Lints files held in memory as a project of their own (the configuration: `config` as an
   * object, else the defaults of the working directory), both phases on this thread. With
   * `reported`, only the findings of the files it accepts are kept.
   */
  lintTexts(sources: readonly SourceText[], reported?: (path: string) => boolean): LintRunResult {
    // Nothing on disk to find a configuration file by: a given file or object, else the defaults.
    const source = this.options.config && !('find' in this.options.config) ? this.options.config : { input: {} };
    const { config } = loadRunConfig([], this.cwd, source);
    const lintOptions = this.lintOptions(config);
    const linted = sources.map((source) => {
      const document = 'text' in source ? documentFromText(source.path, source.text, config) : documentFromBytes(source.path, source.bytes, config);
      return lintParsedDocument(document, lintOptions, reported !== undefined && !reported(source.path));
    });
    return lintOutlines(linted, lintOptions, reported);
  }

  /**
   * Both phases over the run's files keeping each whole document (for readers of their text, such
   * as the management report): the same findings as `lint`, at the memory cost of every text.
   */
  lintDocuments(run: RunFiles): DocumentsResult {
    const lintOptions = this.lintOptions(run.config);
    const documents = run.indexed.map((file) => readDocumentFile(file, run.config));
    const linted = documents.map((document) => lintParsedDocument(document, lintOptions, !run.reportedPaths.has(document.path)));
    const result = lintOutlines(linted, lintOptions, (path) => run.reportedPaths.has(path));
    return { ...result, workspace: new WorkspaceIndex(documents) };
  }
}

/** A linter for these options (see `LinterOptions`). */
export function createLinter(options: LinterOptions = {}): Linter {
  return new Linter(options);
}
