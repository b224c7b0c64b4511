// The configuration a run uses, found and loaded in one place for the CLI, the report and the
// language server. A configuration file's problems are `ConfigError`s naming the file, line and
// key; a caller either stops on them (the CLI, exit 2) or keeps the defaults (the server).
import { resolve } from 'node:path';
import { findConfigFile, loadConfigFile } from '../config/load.ts';
import { defaultConfig, resolveConfig, type ConfigInput, type ResolvedConfig } from '../config/schema.ts';
import { locateProject } from '../workspace/project.ts';
import { allRules } from '../../rules/index.ts';

/** The configuration of a run and the project folder it belongs to. */
export interface RunConfig {
  config: ResolvedConfig;
  /** The project folder, or undefined when the named paths lie outside the working directory and no configuration or git repository encloses them. */
  root?: string;
}

/** Where a linter's configuration comes from. */
export type ConfigSource =
  /** A configuration file (relative to the working directory): `--config`. */
  | { file: string }
  /** A configuration given as an object (its globs relative to `root`, the working directory by default). */
  | { input: ConfigInput; root?: string }
  /** A configuration already loaded (its project folder: its `root`). */
  | { resolved: ResolvedConfig }
  /** Found from the named paths (SPEC §5): the nearest configuration file, else the defaults of the project folder. */
  | { find: true };

/**
 * The configuration of a run over `paths`: a given file or object, else the project's
 * configuration file, else the defaults for the project folder. Throws `ConfigError`.
 */
export function loadRunConfig(paths: readonly string[], cwd: string, source: ConfigSource): RunConfig {
  if ('file' in source) {
    const config = loadConfigFile(resolve(cwd, source.file), allRules);
    return { config, root: config.root };
  }
  if ('resolved' in source) return { config: source.resolved, root: source.resolved.root };
  if ('input' in source) {
    const root = resolve(cwd, source.root ?? '.');
    return { config: resolveConfig(source.input, root), root };
  }
  const location = locateProject(paths, cwd);
  if (location.configFile) return { config: loadConfigFile(location.configFile, allRules), root: location.root! };
  return location.root ? { config: defaultConfig(location.root), root: location.root } : { config: defaultConfig(resolve(cwd)) };
}

/**
 * The configuration of a folder the language server serves: the nearest configuration file in it
 * or above (stopping at a git root). A file that cannot be used leaves the defaults, with its
 * one-line problem in `error`.
 */
export function loadFolderConfig(root: string): { config: ResolvedConfig; error?: string } {
  const file = findConfigFile(root);
  if (!file) return { config: defaultConfig(root) };
  try {
    return { config: loadConfigFile(file, allRules) };
  } catch (error) {
    return { config: defaultConfig(root), error: error instanceof Error ? error.message : String(error) };
  }
}
