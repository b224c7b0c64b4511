// Writing what `--fix` fixed without losing anything: a file is replaced only when it is still
// exactly what was read, the new bytes are the old bytes with the fixed spans spliced in, and the
// file keeps its identity (links, owner, mode). Anything else is refused and reported, per file.
import { createHash } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeDocumentBytes } from '../engine/api/fixing.ts';
import { WorkspaceIndex, type ResolvedConfig } from '../engine/api/in-memory.ts';
import { documentFromFileBytes, unreadableFile, type DiscoveredFile } from '../engine/api/index.ts';
import type { GovDocument } from '../engine/api/model.ts';
import type { FixedFile } from './fix.ts';
import { spliceFixedBytes } from './fix-splice.ts';

/** What was read of a file: enough to tell, before replacing it, whether it changed since. */
export interface FileSnapshot {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function snapshotOf(stats: Stats, bytes: Uint8Array): FileSnapshot {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, sha256: sha256(bytes) };
}

/** Reads the files into a workspace like `loadWorkspace`, keeping a snapshot of each file read. */
export function loadForFix(files: readonly DiscoveredFile[], config: ResolvedConfig): { workspace: WorkspaceIndex; snapshots: Map<string, FileSnapshot> } {
  const snapshots = new Map<string, FileSnapshot>();
  const documents = files.map((file): GovDocument => {
    let fd: number | undefined;
    try {
      fd = openSync(file.absolute, 'r');
      const stats = fstatSync(fd);
      const bytes = readFileSync(fd);
      snapshots.set(file.relative, snapshotOf(stats, bytes));
      // Read as the lint reads it (a Word document too: its findings carry no fix, so it is never written).
      return documentFromFileBytes(file.relative, bytes, config);
    } catch (error) {
      return unreadableFile(file.relative, error);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  });
  return { workspace: new WorkspaceIndex(documents), snapshots };
}

/** Why a fixed file was not written. */
export type FixRefusal =
  | { reason: 'changed' }
  | { reason: 'gone' }
  | { reason: 'read-only' }
  | { reason: 'not-writable'; detail: string }
  | { reason: 'folder-not-writable'; detail: string }
  | { reason: 'not-verified'; detail: string }
  | { reason: 'write-failed'; detail: string };

/** A fixed file ready to be written: where (the real file behind any symbolic link) and what. */
export interface FixPlan {
  file: string;
  target: string;
  bytes: Buffer;
  /** The bytes the file has now (equal to what was read). */
  original: Buffer;
  stats: Stats;
}

class Refused extends Error {
  constructor(readonly refusal: FixRefusal) {
    super(refusal.reason);
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Whether the file is still exactly what was read (same file, size, time and content). */
function unchanged(stats: Stats, bytes: Uint8Array | undefined, snapshot: FileSnapshot): boolean {
  if (stats.dev !== snapshot.dev || stats.ino !== snapshot.ino || stats.size !== snapshot.size || stats.mtimeMs !== snapshot.mtimeMs) return false;
  return bytes === undefined || sha256(bytes) === snapshot.sha256;
}

/**
 * Checks everything that can be checked before writing, and makes the new bytes: the file
 * (followed through symbolic links) must still be what was read and be writable, and the new bytes
 * must be the bytes read with the fixed spans spliced in and read back as the fixed text.
 */
export function planFix(file: string, absolute: string, fixed: FixedFile, snapshot: FileSnapshot | undefined, config: ResolvedConfig): FixPlan | FixRefusal {
  if (!snapshot) return { reason: 'not-verified', detail: 'the file was not read for fixing' };
  let target: string;
  let stats: Stats;
  let original: Buffer;
  try {
    target = realpathSync(absolute);
    stats = statSync(target);
  } catch {
    return { reason: 'gone' };
  }
  if (!unchanged(stats, undefined, snapshot)) return { reason: 'changed' };
  // Read-only for its owner means "do not change": not even root overrides that here.
  if ((stats.mode & 0o222) === 0) return { reason: 'read-only' };
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    return { reason: 'not-writable', detail: codeOf(error) };
  }
  try {
    original = readFileSync(target);
  } catch (error) {
    return { reason: 'not-writable', detail: codeOf(error) };
  }
  if (!unchanged(stats, original, snapshot)) return { reason: 'changed' };

  const decoded = decodeDocumentBytes(original, config.limits.maxFileBytes);
  if (!decoded.ok) return { reason: 'not-verified', detail: `${decoded.reason}: ${decoded.detail}` };
  const bom = decoded.text.charCodeAt(0) === 0xfeff;
  const originalText = bom ? decoded.text.slice(1) : decoded.text;
  if (originalText !== fixed.before.text || bom !== fixed.before.hasBom) return { reason: 'not-verified', detail: 'the file does not read as the text that was fixed' };
  const spliced = spliceFixedBytes(original, bom ? 3 : 0, originalText, fixed.passes);
  if (!spliced.ok) return { reason: 'not-verified', detail: spliced.detail };
  const bytes = spliced.bytes;
  // The new bytes must read back as exactly the fixed text, within the limits, and never as nothing.
  const again = decodeDocumentBytes(bytes, config.limits.maxFileBytes);
  if (!again.ok) return { reason: 'not-verified', detail: `${again.reason}: ${again.detail}` };
  if (again.text !== (bom ? '\uFEFF' : '') + fixed.text) return { reason: 'not-verified', detail: 'the new bytes do not read as the fixed text' };
  if (bytes.length === 0 && original.length > 0) return { reason: 'not-verified', detail: 'the fixed file would be empty' };
  return { file, target, bytes, original, stats };
}

/** Writes `bytes` over the file's own inode (all its hard links see them), restoring the old bytes if a write fails. */
function writeInPlace(plan: FixPlan): void {
  let fd: number;
  try {
    fd = openSync(plan.target, constants.O_RDWR);
  } catch (error) {
    throw new Refused({ reason: 'not-writable', detail: codeOf(error) });
  }
  try {
    const stats = fstatSync(fd);
    if (stats.ino !== plan.stats.ino || stats.dev !== plan.stats.dev || stats.size !== plan.stats.size || stats.mtimeMs !== plan.stats.mtimeMs) throw new Refused({ reason: 'changed' });
    try {
      writeAll(fd, plan.bytes);
      ftruncateSync(fd, plan.bytes.length);
      fsyncSync(fd);
    } catch (error) {
      try {
        writeAll(fd, plan.original);
        ftruncateSync(fd, plan.original.length);
      } catch {
        // The file could not be restored either: the error below says the write failed.
      }
      throw new Refused({ reason: 'write-failed', detail: codeOf(error) });
    }
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, done);
}

/**
 * Replaces a file by a temporary file in its folder renamed over it: the file is never seen
 * half written. The temporary file is created exclusively under a random name, with the
 * original's mode, owner and group. Returns false (nothing changed) when the owner cannot be
 * kept, so the caller writes in place instead.
 */
function replaceByRename(plan: FixPlan): boolean {
  const { target, stats } = plan;
  const temp = join(dirname(target), `.${basename(target).slice(0, 100)}.govlint-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', stats.mode & 0o7777);
  } catch (error) {
    throw new Refused({ reason: 'folder-not-writable', detail: codeOf(error) });
  }
  let renamed = false;
  try {
    const created = fstatSync(fd);
    if (created.uid !== stats.uid || created.gid !== stats.gid) {
      try {
        fchownSync(fd, stats.uid, stats.gid);
      } catch {
        return false;
      }
    }
    try {
      fchmodSync(fd, stats.mode & 0o7777);
      writeAll(fd, plan.bytes);
      fsyncSync(fd);
    } catch (error) {
      throw new Refused({ reason: 'write-failed', detail: codeOf(error) });
    }
    // The last look before replacing: the file is still the one read, unchanged.
    let now: Stats;
    try {
      now = statSync(target);
    } catch {
      throw new Refused({ reason: 'gone' });
    }
    if (now.ino !== stats.ino || now.dev !== stats.dev || now.size !== stats.size || now.mtimeMs !== stats.mtimeMs || now.nlink !== 1) throw new Refused({ reason: 'changed' });
    try {
      renameSync(temp, target);
      renamed = true;
    } catch (error) {
      throw new Refused({ reason: 'write-failed', detail: codeOf(error) });
    }
    return true;
  } finally {
    closeSync(fd);
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
  }
}

/**
 * Writes a planned fix. A file with one link is replaced atomically (temporary file + rename);
 * a file with several hard links, or whose owner a new file cannot get, is rewritten in place, so
 * every link keeps seeing the one file. Returns the refusal when the file was not written.
 */
export function writeFix(plan: FixPlan): FixRefusal | undefined {
  try {
    if (plan.stats.nlink > 1 || !replaceByRename(plan)) writeInPlace(plan);
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    return { reason: 'write-failed', detail: codeOf(error) };
  }
}

/** Whether a plan (or a refusal) is a plan. */
export function isPlan(value: FixPlan | FixRefusal): value is FixPlan {
  return 'bytes' in value;
}
