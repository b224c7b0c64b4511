// The files of one lint run: those reported (what the command line names) and those indexed
// (the whole project, so the hierarchy rules see every document — SPEC §5).
import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/schema.ts';
import { discoverFiles, type DiscoveredFile } from '../workspace/discover.ts';
import { wordAware } from '../import/docx/document.ts';
import { isInside } from '../workspace/project.ts';
import type { RunConfig } from './config.ts';

export interface RunFiles {
  config: ResolvedConfig;
  /** The paths as named (the cache's place depends on them when there is no project folder). */
  named: readonly string[];
  /** The project folder, or undefined when only the named paths are read. */
  root?: string;
  /** What the command line names: the findings of these files are reported. */
  reported: DiscoveredFile[];
  /** Every file the hierarchy rules see: the project's files and the named ones, sorted by path. */
  indexed: DiscoveredFile[];
  /** Paths (relative, as in findings) of the reported files. */
  reportedPaths: ReadonlySet<string>;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The project's files with the named ones in (a named file that is a project file under another name stands in for it), sorted by path. */
async function projectWith(named: readonly DiscoveredFile[], root: string, discover: (inputs: readonly string[]) => Promise<DiscoveredFile[]>): Promise<DiscoveredFile[]> {
  const project = new Map((await discover([root])).map((file) => [file.absolute, file]));
  const realRoot = realOrSelf(root);
  for (const file of named) {
    if (project.has(file.absolute)) continue;
    const real = realOrSelf(file.absolute);
    if (real !== file.absolute && isInside(realRoot, real)) project.delete(join(root, relative(realRoot, real)));
    project.set(file.absolute, file);
  }
  return [...project.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/**
 * Finds the reported files (the named paths, as discovery always did) and the project's files.
 * A named file that is a project file under another name (through a symbolic link) stands in
 * for it, so no document is indexed twice.
 */
export async function findRunFiles(paths: readonly string[], cwd: string, { config, root }: RunConfig, withProject = true): Promise<RunFiles> {
  const discover = (inputs: readonly string[]) => discoverFiles(inputs, { cwd, root: config.root, ...wordAware(config) });
  const reported = await discover(paths);
  const reportedPaths = new Set(reported.map((file) => file.relative));
  if (root === undefined || !withProject) return { config, named: paths, ...(root !== undefined ? { root } : {}), reported, indexed: reported, reportedPaths };
  return { config, named: paths, root, reported, indexed: await projectWith(reported, root, discover), reportedPaths };
}

/** Where standard input is linted without `--stdin-filename`: a name no file of the project has. */
export const STDIN_NAME = '<stdin>';

/**
 * The files of a run over standard input: it stands for `filename` (or `<stdin>` in the current
 * folder), which is reported; the rest of the project is indexed from disk, without that file.
 */
export async function findStdinRunFiles(filename: string | undefined, cwd: string, { config, root }: RunConfig): Promise<RunFiles & { stdin: DiscoveredFile }> {
  const absolute = resolve(cwd, filename ?? STDIN_NAME);
  const stdin: DiscoveredFile = { absolute, relative: relative(cwd, absolute).split(sep).join('/') || '.' };
  const reported = [stdin];
  const reportedPaths = new Set([stdin.relative]);
  const named = [stdin.relative];
  if (root === undefined) return { config, named, reported, indexed: reported, reportedPaths, stdin };
  const discover = (inputs: readonly string[]) => discoverFiles(inputs, { cwd, root: config.root, ...wordAware(config) });
  return { config, named, root, reported, indexed: await projectWith(reported, root, discover), reportedPaths, stdin };
}
