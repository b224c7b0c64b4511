import { resolve } from 'node:path';
import pc from 'picocolors';
import { ConfigError, findConfigFile, loadConfigFile } from '../engine/config/load.ts';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { lintWorkspace } from '../engine/lint/runner.ts';
import { todayIso } from '../engine/text/dates.ts';
import { discoverFiles, PathNotFoundError } from '../engine/workspace/discover.ts';
import { loadWorkspace } from '../engine/workspace/load.ts';
import { allRules, ruleIds } from '../rules/index.ts';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.ts';
import { formatters } from './formatters/index.ts';
import type { LintResult } from './formatters/types.ts';
import { GOVLINT_VERSION } from './version.ts';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

function loadConfig(options: CliOptions, cwd: string): ResolvedConfig {
  const file = options.config ? resolve(cwd, options.config) : findConfigFile(cwd);
  return file ? loadConfigFile(file, ruleIds) : defaultConfig(cwd);
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const config = loadConfig(options, io.cwd);
  const files = await discoverFiles(options.paths, { cwd: io.cwd, root: config.root, include: config.include, ignore: config.ignore });
  const workspace = loadWorkspace(files, config);
  const all = lintWorkspace(workspace, {
    config,
    rules: allRules,
    today: options.today ?? todayIso(),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  const diagnostics = options.quiet ? all.filter((diagnostic) => diagnostic.severity === 'error') : all;
  const result: LintResult = {
    diagnostics,
    files: files.length,
    paths: files.map((file) => file.relative),
    documents: workspace.documents().filter((document) => document.frontmatter).length,
    rules: allRules,
  };
  const formatter = formatters[options.format]!;
  io.stdout(formatter(result, { lang: options.lang ?? config.lang, color: options.color ?? (io.isTTY && pc.isColorSupported), suggest: options.suggest, cwd: io.cwd }));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`govlint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
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
    if (options.command !== 'lint' || options.fix || options.fixDryRun || options.cache) {
      throw new UsageError(`${options.command !== 'lint' ? `"govlint ${options.command}"` : '--fix, --fix-dry-run and --cache'} not available in this build`);
    }
    return await lint(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`govlint: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof PathNotFoundError) {
      io.stderr(`govlint: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (process.env.GOVLINT_DEBUG ? error.stack : error.message) : String(error);
    io.stderr(`govlint: internal error: ${detail}\n`);
    return 2;
  }
}
