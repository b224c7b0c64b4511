// Writing the files govlint owns (the cache, the HTML report) without harming anything else:
// folders are made one level at a time, a file is replaced through a temporary file with a
// random name created exclusively (a link planted at that name is never followed), and the
// first bytes of an existing file can be read to recognise what it is before it is replaced.
import { closeSync, constants, lstatSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The error code of a failed file operation (`ENOTDIR`, `EACCES`, …), or its message. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * `mkdir -p`, one level at a time. `mkdirSync(…, { recursive: true })` loops forever on a path
 * under `/proc` (it retries the parent that cannot be made); here any failure is thrown at once,
 * and a file in the way gives ENOTDIR.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let current = dir; ;) {
    try {
      if (statSync(current).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    const up = dirname(current);
    if (up === current) break;
    missing.push(current);
    current = up;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}

/** A temporary name beside `file` that nobody can predict. */
function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Replaces `file` with `content`: written to a temporary file created exclusively (O_EXCL, so a
 * symbolic link planted there is refused, not followed), then renamed over `file` (which replaces
 * a link at `file` itself, never its target). Throws when it cannot; nothing is left behind.
 */
export function replaceFile(file: string, content: string): void {
  makeFolders(dirname(file));
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never made, or already renamed
    }
    throw error;
  }
}

/** The file's device and inode, so a hard or symbolic link to it is the same file; undefined when it cannot be told. */
export function fileIdentity(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/** What is at `path`, without following a symbolic link. */
export type PathKind = 'missing' | 'file' | 'directory' | 'other';

export function pathKind(path: string): PathKind {
  try {
    const stats = lstatSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    // ENOTDIR (a file in the way) or ENOENT: nothing there; making it will fail clearly or succeed.
    return 'missing';
  }
}

/** The first `bytes` bytes of a regular file as UTF-8 (a link is not followed), or undefined. */
export function readHead(file: string, bytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
