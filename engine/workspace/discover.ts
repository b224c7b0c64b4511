import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { WorkspaceBoundary } from './boundary.ts';

export interface DiscoverOptions {
  /** Absolute directory paths are reported relative to (the CLI's working directory). */
  cwd: string;
  /** Workspace root: where `.govlint.yaml` lives; `include`/`ignore` globs are relative to it. */
  root: string;
  include: readonly string[];
  ignore: readonly string[];
}

export interface DiscoveredFile {
  /** Absolute path. */
  absolute: string;
  /** Relative to `cwd`, with `/` separators: the `file` of diagnostics. */
  relative: string;
}

export class PathNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`no such file or directory: ${path}`);
    this.name = 'PathNotFoundError';
  }
}

/** A path that is neither a regular file nor a folder (`/dev/null`, a FIFO, a socket): nothing to lint. */
export class NotAFileError extends PathNotFoundError {
  constructor(path: string) {
    super(path);
    this.message = `not a regular file or folder: ${path} (only Markdown files and folders are linted)`;
    this.name = 'NotAFileError';
  }
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** True when `dir` or a folder above it holds `.git`. */
function insideRepository(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return true;
    if (dirname(current) === current) return false;
  }
}

/**
 * `.gitignore` rules up to the repository root: every `.gitignore` applies to the paths below its
 * folder. Outside a repository no `.gitignore` above the project is read.
 */
class GitignoreStack {
  private readonly byDir = new Map<string, Ignore | null>();
  /** Per folder: it and the folders above it up to the repository root (the one holding `.git`), or to `top`. */
  private readonly chains = new Map<string, readonly string[]>();

  /** `top`: the highest folder whose `.gitignore` is read when no repository encloses the search. */
  constructor(private readonly top: string | undefined) {}

  private chainOf(dir: string): readonly string[] {
    let chain = this.chains.get(dir);
    if (!chain) {
      const up = dirname(dir);
      chain = existsSync(join(dir, '.git')) || up === dir || dir === this.top ? [dir] : [dir, ...this.chainOf(up)];
      this.chains.set(dir, chain);
    }
    return chain;
  }

  isIgnored(absolute: string): boolean {
    return this.chainOf(dirname(absolute)).some((folder) => {
      const rules = this.rulesOf(folder);
      if (!rules) return false;
      const rel = toPosix(relative(folder, absolute));
      return rel !== '' && !rel.startsWith('..') && rules.ignores(rel);
    });
  }

  private rulesOf(dir: string): Ignore | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir) ?? null;
    const file = join(dir, '.gitignore');
    let rules: Ignore | null = null;
    if (existsSync(file)) {
      try {
        rules = ignore().add(readFileSync(file, 'utf8'));
      } catch {
        rules = null;
      }
    }
    this.byDir.set(dir, rules);
    return rules;
  }
}

/**
 * Finds the Markdown files to lint. A folder is searched for `include` globs (default `**\/*.md`),
 * honouring `.gitignore` files and the configured `ignore` globs; a file named explicitly is
 * always linted. What a search finds stays inside the folder searched (boundary.ts): a glob that
 * climbs out (`../x/*.md`) or goes through a symbolic link finds nothing there, so a link loop
 * cannot trap the search either.
 */
export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<DiscoveredFile[]> {
  const found = new Map<string, DiscoveredFile>();
  const configured = options.ignore.length > 0 ? ignore().add([...options.ignore]) : undefined;
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { absolute, relative: toPosix(relative(options.cwd, absolute)) || '.' });
  };
  for (const input of paths.length > 0 ? paths : ['.']) {
    const absolute = isAbsolute(input) ? input : resolve(options.cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new PathNotFoundError(input);
    }
    if (stats.isFile()) {
      add(absolute);
      continue;
    }
    if (!stats.isDirectory()) throw new NotAFileError(input);
    const matches = await glob([...options.include], {
      cwd: absolute,
      absolute: true,
      dot: false,
      followSymbolicLinks: false,
      ignore: ALWAYS_IGNORED,
      onlyFiles: true,
    });
    const boundary = new WorkspaceBoundary(absolute);
    // Outside a repository, `.gitignore` files are read up to the project root (or the searched folder, when it lies elsewhere).
    const fromProject = relative(options.root, absolute);
    const top = fromProject.startsWith('..') || isAbsolute(fromProject) ? absolute : resolve(options.root);
    const gitignore = new GitignoreStack(insideRepository(absolute) ? undefined : top);
    for (const match of matches.sort()) {
      const file = resolve(match);
      // The search lists no symbolic link to a file; a match outside, or behind a linked folder named in a glob, is dropped here.
      if (!boundary.holdsPath(file)) continue;
      const fromRoot = toPosix(relative(options.root, file));
      if (configured && !fromRoot.startsWith('..') && configured.ignores(fromRoot)) continue;
      if (gitignore.isIgnored(file)) continue;
      add(file);
    }
  }
  return [...found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
