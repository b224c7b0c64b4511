import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/schema.ts';
import type { GovDocument } from '../model/document.ts';
import { documentFromDocx, isWordPath } from '../import/docx/document.ts';
import { documentFromBytes, unreadableDocument } from '../parse/from-bytes.ts';
import type { DiscoveredFile } from './discover.ts';
import { WorkspaceIndex } from './index.ts';

/** Reads one file into a document; a file that cannot be read becomes a document with a read problem. */
export function readDocumentFile(file: DiscoveredFile, config: ResolvedConfig): GovDocument {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    return unreadableFile(file.relative, error);
  }
  return documentFromFileBytes(file.relative, bytes, config);
}

/** The document of a file's bytes read by the caller (`--fix` keeps a snapshot of them): a Word document is read as if imported (engine/import/docx). */
export function documentFromFileBytes(relative: string, bytes: Uint8Array, config: ResolvedConfig): GovDocument {
  if (isWordPath(relative)) return documentFromDocx(relative, bytes, config);
  return documentFromBytes(relative, bytes, config);
}

/** The document standing for a file that could not be read (`error`: what reading it threw). */
export function unreadableFile(relative: string, error: unknown): GovDocument {
  return unreadableDocument(relative, `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

/** Reads every file into one workspace index. */
export function loadWorkspace(files: readonly DiscoveredFile[], config: ResolvedConfig, onProgress?: (done: number, total: number) => void): WorkspaceIndex {
  // Built in one go (no affected-set bookkeeping per file), so loading stays linear.
  const documents = files.map((file, i) => {
    const document = readDocumentFile(file, config);
    onProgress?.(i + 1, files.length);
    return document;
  });
  return new WorkspaceIndex(documents);
}
