// What the web extension's client reads for its language server (protocol/web-files.ts), without
// VS Code: the search and the reading are passed in, so this is tested on its own. The
// configuration comes first, then every Markdown file; a file that cannot be read is left out (the
// server then has no text for it, as the Node server skips an unreadable file), and a file larger
// than the engine reads is cut just past the limit, which the engine reports as too large.
import type { WorkspaceFile, WorkspaceFilesResult } from '../protocol/web-files.ts';

export const MARKDOWN_GLOB = '**/*.md';
export const CONFIG_GLOB = '.govlint.{yaml,yml,json}';
export const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out}/**';
/** The engine's default limit (2 MiB) and one byte: enough to call a file too large. */
export const MAX_SENT_BYTES = 2 * 1024 * 1024 + 1;
/** Files read at a time. */
export const READ_BATCH = 16;

/** How the client finds and reads files (VS Code's workspace.findFiles and workspace.fs.readFile). */
export interface FileAccess<U> {
  /** Files matching `glob` in the workspace folder, outside `exclude`. */
  find(glob: string, exclude: string | null): Promise<U[]>;
  read(uri: U): Promise<Uint8Array>;
  /** The URI as the documents of the editor write it. */
  uriString(uri: U): string;
}

const decoder = new TextDecoder('utf-8');

/** A file's text as sent to the server, or undefined when it cannot be read. */
export async function readSent<U>(access: FileAccess<U>, uri: U): Promise<string | undefined> {
  try {
    const bytes = await access.read(uri);
    return decoder.decode(bytes.length > MAX_SENT_BYTES ? bytes.subarray(0, MAX_SENT_BYTES) : bytes);
  } catch {
    return undefined;
  }
}

/** The configuration and the Markdown files of a workspace folder, with their texts. */
export async function readWorkspaceFiles<U>(access: FileAccess<U>): Promise<WorkspaceFilesResult> {
  const [configs, markdown] = await Promise.all([access.find(CONFIG_GLOB, null), access.find(MARKDOWN_GLOB, EXCLUDE_GLOB)]);
  const uris = [...configs, ...markdown];
  const files: WorkspaceFile[] = [];
  for (let i = 0; i < uris.length; i += READ_BATCH) {
    const batch = uris.slice(i, i + READ_BATCH);
    const texts = await Promise.all(batch.map((uri) => readSent(access, uri)));
    batch.forEach((uri, j) => {
      const text = texts[j];
      if (text !== undefined) files.push({ uri: access.uriString(uri), text });
    });
  }
  return { files };
}
