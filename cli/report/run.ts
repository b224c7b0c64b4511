// `govlint report [paths…] --out report.html`: lint the workspace, build the report model,
// render it and write the page atomically (temporary file + rename).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { findConfigFile, loadConfigFile } from '../../engine/config/load.ts';
import { defaultConfig, type ResolvedConfig } from '../../engine/config/schema.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import type { Rule } from '../../engine/rule.ts';
import { todayIso } from '../../engine/text/dates.ts';
import type { Lang } from '../../engine/types.ts';
import { discoverFiles } from '../../engine/workspace/discover.ts';
import { loadWorkspace } from '../../engine/workspace/load.ts';
import { allRules, ruleIds } from '../../rules/index.ts';
import { UsageError, type CliOptions } from '../args.ts';
import { GOVLINT_VERSION } from '../version.ts';
import { buildReportModel, type ReportModel } from './model.ts';
import { renderReport } from './render.ts';

export interface ReportCommandOptions {
  paths: readonly string[];
  out: string;
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

function loadConfig(options: Pick<ReportCommandOptions, 'config'>, cwd: string): ResolvedConfig {
  const file = options.config ? resolve(cwd, options.config) : findConfigFile(cwd);
  return file ? loadConfigFile(file, ruleIds) : defaultConfig(cwd);
}

/** Lints the workspace and builds the page (no file written). */
export async function buildReport(options: Omit<ReportCommandOptions, 'out'>, cwd: string, rules: readonly Rule[] = allRules): Promise<{ model: ReportModel; html: string }> {
  const config = loadConfig(options, cwd);
  const files = await discoverFiles(options.paths, { cwd, root: config.root, include: config.include, ignore: config.ignore });
  const workspace = loadWorkspace(files, config);
  const today = options.today ?? todayIso();
  const lang = options.lang ?? config.lang;
  const diagnostics = lintWorkspace(workspace, { config, rules, today, ...(options.lang ? { lang: options.lang } : {}) });
  const model = buildReportModel({ workspace, diagnostics, config, rules, today, lang });
  return { model, html: renderReport(model, { version: GOVLINT_VERSION }) };
}

/** Runs `govlint report`; returns the exit status (0: written). Errors propagate to the CLI, which exits 2. */
export async function runReport(options: ReportCommandOptions, io: ReportIo): Promise<number> {
  const { model, html } = await buildReport(options, io.cwd);
  const file = resolve(io.cwd, options.out);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, html, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
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
  if (!options.out) throw new UsageError('govlint report needs --out FILE (the HTML file to write)');
  return runReport(
    {
      paths: options.paths,
      out: options.out,
      ...(options.config !== undefined ? { config: options.config } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
    },
    io,
  );
}
