// `govlint report [paths…] --out report.html`: lint the workspace, build the report model,
// render it and write the page atomically (temporary file + rename).
//
// `--out` replaces only a previous govlint report (its first bytes carry the generator marker)
// or nothing; anything else needs `--force`, and a document being reported on (or the
// configuration) is never replaced, not even with `--force`. The temporary file has a random
// name and is created exclusively, so a link planted beside the report is never followed.
import { resolve } from 'node:path';
import { createLinter, errorCode, fileIdentity, pathKind, readHead, replaceFile, type Lang, type Linter, type Rule, type RunFiles } from '../../engine/api/index.ts';
import { todayIso } from '../../engine/api/model.ts';
import { UsageError, type CliOptions } from '../args.ts';
import { CliError } from '../errors.ts';
import { GOVLINT_VERSION } from '../version.ts';
import { buildReportModel, type ReportModel } from './model.ts';
import { renderReport } from './render.ts';

export interface ReportCommandOptions {
  paths: readonly string[];
  out: string;
  /** Replace `out` even when it is not a previous govlint report (never a linted document). */
  force?: boolean;
  config?: string;
  today?: string;
  lang?: Lang;
}

export interface ReportIo {
  cwd: string;
  stdout: (text: string) => void;
}

export interface ReportResult {
  model: ReportModel;
  html: string;
  /** Absolute path of the written file. */
  file: string;
}

function linterFor(options: Omit<ReportCommandOptions, 'out'>, cwd: string, rules?: readonly Rule[]): Linter {
  return createLinter({
    cwd,
    config: options.config !== undefined ? { file: options.config } : { find: true },
    today: options.today ?? todayIso(),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(rules ? { rules } : {}),
  });
}

/** The named files (the report is about them alone) and their configuration. */
function reportFiles(linter: Linter, paths: readonly string[]): Promise<RunFiles> {
  return linter.findFiles(paths, { project: false });
}

/** Lints the workspace and builds the page (no file written). */
export async function buildReport(options: Omit<ReportCommandOptions, 'out'>, cwd: string, rules?: readonly Rule[]): Promise<{ model: ReportModel; html: string }> {
  const linter = linterFor(options, cwd, rules);
  return renderFor(linter, await reportFiles(linter, options.paths));
}

function renderFor(linter: Linter, run: RunFiles): { model: ReportModel; html: string } {
  const { workspace, diagnostics } = linter.lintDocuments(run);
  const lang = linter.options.lang ?? run.config.lang;
  const model = buildReportModel({ workspace, diagnostics, config: run.config, rules: linter.rules, today: linter.today, lang });
  return { model, html: renderReport(model, { version: GOVLINT_VERSION }) };
}

/** Whether the first bytes of `file` are those of a page `renderReport` made. */
function isGovlintReport(file: string): boolean {
  const head = readHead(file, 2048);
  return head !== undefined && head.startsWith('<!DOCTYPE html>') && head.includes('<meta name="generator" content="govlint ');
}

const REFUSAL: Record<Lang, Record<'document' | 'folder' | 'notReport' | 'unwritable', string>> = {
  da: {
    document: '{out} er et af de dokumenter, rapporten handler om (eller konfigurationen); det overskrives aldrig',
    folder: '{out} er en mappe; --out skal være et filnavn',
    notReport: '{out} findes og er ikke en govlint-rapport; den overskrives ikke (--force erstatter den)',
    unwritable: 'rapporten kunne ikke skrives til {out} ({code})',
  },
  en: {
    document: '{out} is one of the documents being reported on (or the configuration); it is never overwritten',
    folder: '{out} is a folder; --out needs a file name',
    notReport: '{out} exists and is not a govlint report; it is not overwritten (--force replaces it)',
    unwritable: 'the report could not be written to {out} ({code})',
  },
};

/** Throws a CliError when `file` must not be replaced by the report. */
function checkTarget(file: string, protectedFiles: readonly string[], force: boolean, say: (key: keyof (typeof REFUSAL)['da']) => never): void {
  const kind = pathKind(file);
  if (kind === 'missing') return;
  if (kind === 'directory') say('folder');
  const target = fileIdentity(file);
  if (target !== undefined && protectedFiles.some((other) => resolve(other) === file || fileIdentity(other) === target)) say('document');
  if (!force && (kind !== 'file' || !isGovlintReport(file))) say('notReport');
}

/** Runs `govlint report`; returns the exit status (0: written). Errors propagate to the CLI, which exits 2. */
export async function runReport(options: ReportCommandOptions, io: ReportIo): Promise<number> {
  const linter = linterFor(options, io.cwd);
  const run = await reportFiles(linter, options.paths);
  const { config, reported: files } = run;
  const file = resolve(io.cwd, options.out);
  const words = REFUSAL[options.lang ?? config.lang];
  const say = (key: keyof typeof words, code = ''): never => {
    throw new CliError(words[key].replace('{out}', options.out).replace('{code}', code));
  };
  const protectedFiles = [...files.map((discovered) => discovered.absolute), ...(config.file ? [config.file] : [])];
  // Before the work of linting, so a refusal is immediate; checked again just before writing.
  checkTarget(file, protectedFiles, options.force === true, say);
  const { model, html } = renderFor(linter, run);
  checkTarget(file, protectedFiles, options.force === true, say);
  try {
    replaceFile(file, html);
  } catch (error) {
    say('unwritable', errorCode(error));
  }
  const { totals } = model;
  const shown = options.out;
  io.stdout(
    model.lang === 'da'
      ? `govlint: rapport skrevet til ${shown} (${totals.documents} dokumenter, ${totals.goals} mål, ${totals.error} fejl, ${totals.warning} advarsler)\n`
      : `govlint: report written to ${shown} (${totals.documents} documents, ${totals.goals} goals, ${totals.error} errors, ${totals.warning} warnings)\n`,
  );
  return 0;
}

/** The CLI entry: `govlint report [paths…] --out FILE [--today …] [--lang …] [--config FILE]`. */
export async function runReportCommand(options: CliOptions, io: ReportIo): Promise<number> {
  if (!options.out) throw new UsageError({ da: 'govlint report skal have --out FIL (den HTML-fil, der skrives)', en: 'govlint report needs --out FILE (the HTML file to write)' });
  return runReport(
    {
      paths: options.paths,
      out: options.out,
      force: options.force,
      ...(options.config !== undefined ? { config: options.config } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
    },
    io,
  );
}
