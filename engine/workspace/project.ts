// Which project a set of named paths belongs to (SPEC §5): the folder of the nearest
// configuration file, else the git root, else the working directory. The paths a command line
// names say what is reported; the project is what the hierarchy rules see, so linting one file
// gives exactly the findings a run over the whole project gives for it.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { CONFIG_FILE_NAMES } from '../config/load.ts';
import { isGlob, splitPatterns } from './discover.ts';

export interface ProjectLocation {
  /**
   * The project folder, or undefined when the named paths lie outside the working directory and
   * neither a configuration file nor a git repository encloses them: then the project is only
   * what was named (nothing else is read).
   */
  root?: string;
  /** The configuration file that makes the folder a project, when there is one. */
  configFile?: string;
}

/** True when `inner` is `outer` or lies below it. */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The folder a path stands for: a folder itself, a file's folder, a glob's base (a missing path's folder). */
function folderOf(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  try {
    const stats = statSync(absolute);
    return stats.isDirectory() ? absolute : dirname(absolute);
  } catch {
    // Missing: a glob (`docs/**\/*.md` stands for docs), or discovery says it is not there.
  }
  return isGlob(path) ? resolve(cwd, picomatch.scan(path).base || '.') : dirname(absolute);
}

/** The deepest folder that holds every named path (the working directory when none is named). */
export function commonFolder(paths: readonly string[], cwd: string): string {
  const { positive } = splitPatterns(paths);
  if (positive.length === 0) return resolve(cwd);
  let common: string | undefined;
  for (const path of positive) {
    let folder = folderOf(path, cwd);
    if (common === undefined) common = folder;
    else {
      while (!isInside(folder, common)) {
        const up = dirname(folder);
        if (up === folder) break;
        folder = up;
      }
      common = folder;
    }
  }
  return common!;
}

/**
 * Finds the project of the named paths: searching upwards from the folder that holds them all,
 * the first folder with a configuration file, or else the first with `.git` (the search stops
 * there); failing both, the working directory when it holds the paths.
 */
export function locateProject(paths: readonly string[], cwd: string): ProjectLocation {
  const start = commonFolder(paths, cwd);
  for (let dir = start; ;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return { root: dir, configFile: candidate };
    }
    if (existsSync(join(dir, '.git'))) return { root: dir };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const here = resolve(cwd);
  return isInside(here, start) ? { root: here } : {};
}

/**
 * The folders below `folder` (not `folder` itself) that hold a configuration file: each is a
 * project of its own, as `locateProject` makes it for a file named inside it. Sorted, absolute.
 */
export async function nestedProjectRoots(folder: string): Promise<string[]> {
  const files = await glob([`**/{${CONFIG_FILE_NAMES.join(',')}}`], {
    cwd: folder,
    absolute: true,
    dot: true,
    followSymbolicLinks: false,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  const roots = new Set(files.map((file) => dirname(resolve(file))));
  roots.delete(resolve(folder));
  return [...roots].sort();
}
