// The workspace boundary: no file outside the folder being linted is read or written, and no
// file is reached through a symbolic link. The CLI's discovery, the report, `--fix` (which only
// writes discovered files) and the language server (loading, watched files, re-reads) all ask
// the same question here.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
export { reachesOutside } from './outside-pattern.ts';

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** One folder's boundary; remembers the real path of each folder it has checked. */
export class WorkspaceBoundary {
  readonly root: string;
  private readonly realRoot: string;
  private readonly folders = new Map<string, boolean>();

  constructor(root: string) {
    this.root = resolve(root);
    this.realRoot = realOrResolved(this.root);
  }

  /**
   * True when `absolute` lies inside the folder and is reached without a symbolic link: the file
   * is not a link, and no folder between the root and the file is one.
   */
  contains(absolute: string): boolean {
    if (!this.holdsPath(absolute)) return false;
    try {
      return !lstatSync(absolute).isSymbolicLink();
    } catch {
      // A file that does not exist (any more) reads as nothing: it is inside as a path.
      return true;
    }
  }

  /**
   * True when `absolute` lies inside the folder and no folder between the root and it is a
   * symbolic link; the file itself is not looked at (discovery's search already leaves out links).
   */
  holdsPath(absolute: string): boolean {
    const rel = relative(this.root, absolute);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return this.folderInside(dirname(rel));
  }

  /** True when the folder at `rel` (relative to the root) is really there, not behind a link. */
  private folderInside(rel: string): boolean {
    if (rel === '.' || rel === '') return true;
    let inside = this.folders.get(rel);
    if (inside === undefined) {
      let real: string | undefined;
      try {
        real = realpathSync(join(this.root, rel));
      } catch {
        real = undefined;
      }
      // A folder that does not exist cannot lead outside; a real path elsewhere means a link on the way.
      inside = real === undefined || real === join(this.realRoot, rel);
      this.folders.set(rel, inside);
    }
    return inside;
  }
}
