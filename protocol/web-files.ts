// The two requests the web extension's language server sends its client: a Web Worker cannot
// read the workspace, so the client reads it through VS Code's file system API (which serves
// vscode.dev's and github.dev's virtual file systems as well as a local folder). No LSP library
// here: the client and the server both import it.

/** Every file the hierarchy rules need: the workspace's Markdown files and its configuration. */
export const WORKSPACE_FILES_REQUEST = 'govlint/workspaceFiles';
/** One file's current text (after the client saw it change), or null when it is gone. */
export const READ_FILE_REQUEST = 'govlint/readFile';

export interface WorkspaceFilesParams {
  /** URI of the workspace folder whose files are wanted. */
  folder: string;
}

export interface WorkspaceFile {
  /** The file's URI, as the client writes it (the same string its documents have). */
  uri: string;
  text: string;
}

export interface WorkspaceFilesResult {
  files: WorkspaceFile[];
}

export interface ReadFileParams {
  uri: string;
}

export type ReadFileResult = { text: string } | null;
