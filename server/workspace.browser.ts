// The language server's workspace in a Web Worker (the VS Code web extension: vscode.dev,
// github.dev). Its document state is kept by `WorkspaceState` (workspace-state.ts), as on Node;
// the web build takes this module wherever `workspace.ts` is imported (esbuild's browser seams),
// and it offers every public member of the Node workspace with the same types (`implements` below).
//
// What differs: a worker has no disk. The workspace's files are read by the client through VS
// Code's file system API (`reader`, the govlint/workspaceFiles request) and their texts kept
// here, so that a closed file can be re-linted and re-read; paths are the part of a document's
// URI below the workspace folder's URI, whatever its scheme (vscode-vfs:, file:, …).
import { CONFIG_FILE_NAMES, defaultConfig, documentFromText, lintParsedDocument, parseConfigContent, type LintedFile, type LintOptions } from '../engine/api/in-memory.ts';
import { allRules } from '../engine/api/rules.ts';
import type { GovDocument } from '../engine/api/model.ts';
import type { WorkspaceFile } from '../protocol/web-files.ts';
import type * as NodeWorkspace from './workspace.ts';
import { WorkspaceState } from './workspace-state.ts';

export { DEFAULT_SETTINGS, isConfigUri, isWholeDocument, parseSettings, type Logger, type Settings } from './workspace-shared.ts';

/** The public members of a class, without its private ones (which make a class type nominal). */
type PublicMembers<T> = { [K in keyof T]: T[K] };

/** Reads every Markdown and configuration file of the workspace (through the client). */
export type WorkspaceReader = () => Promise<WorkspaceFile[]>;

/**
 * The web extension serves one workspace folder as one project (the Node server splits a
 * folder into projects by nested configurations): every file of the folder is this one's.
 */
export class ServerWorkspace extends WorkspaceState implements PublicMembers<NodeWorkspace.ServerWorkspace> {
  /** Reads the workspace's files; without one, only open documents are linted. */
  reader: WorkspaceReader | undefined;
  /** The text of every file of the workspace, as last read (a closed file is linted from it). */
  private readonly sources = new Map<string, string>();
  /** The URI the client wrote for each path, so a path maps back to the very same string. */
  private readonly uris = new Map<string, string>();

  /** The workspace folder's URI, without a trailing slash. */
  override setRoot(root: string): void {
    super.setRoot(root.replace(/\/+$/, ''));
  }

  /** (Re-)reads the configuration from the workspace folder's `.govlint.*` as last read; a bad one leaves the defaults in place and is logged. */
  loadConfig(): void {
    this.configError = undefined;
    const name = CONFIG_FILE_NAMES.find((candidate) => this.sources.has(candidate));
    let config = defaultConfig(this.root);
    if (name !== undefined) {
      try {
        config = parseConfigContent(this.sources.get(name)!, name, allRules, { root: this.root, file: this.uriOf(name) });
      } catch (error) {
        this.configError = error instanceof Error ? error.message : String(error);
        this.log(this.configError);
      }
    }
    this.useConfig(config);
  }

  /** The workspace path of a URI below the workspace folder (`/` separators, decoded), or undefined. */
  pathOf(uri: string): string | undefined {
    if (this.root === '' || !uri.startsWith(`${this.root}/`)) return undefined;
    let path: string;
    try {
      path = uri
        .slice(this.root.length + 1)
        .split('/')
        .map((part) => decodeURIComponent(part))
        .join('/');
    } catch {
      return undefined;
    }
    if (path === '' || /[?#]/.test(uri.slice(this.root.length)) || path.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
    this.uris.set(path, uri);
    return path;
  }

  uriOf(path: string): string {
    return this.uris.get(path) ?? `${this.root}/${path.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** A file's text changed (or it was removed: undefined) where the client saw it. */
  setSource(path: string, text: string | undefined): void {
    if (text === undefined) this.sources.delete(path);
    else this.sources.set(path, text);
  }

  /** Reads every file of the workspace through the client (the configuration first), and the closed ones' outlines and findings. */
  protected async readFiles(isOpen: (path: string) => boolean, options: LintOptions): Promise<LintedFile[]> {
    const files = this.reader ? await this.reader() : [];
    this.sources.clear();
    for (const file of files) {
      const path = this.pathOf(file.uri);
      if (path !== undefined) this.sources.set(path, file.text);
    }
    this.loadConfig();
    // The configuration may have changed what is included, the language and the date rules' options.
    const current = { ...options, config: this.config };
    const linted: LintedFile[] = [];
    for (const path of this.sources.keys()) {
      if (!this.isIncluded(path) || isOpen(path)) continue;
      const file = this.readFile(path, current);
      if (file) linted.push(file);
    }
    return linted;
  }

  /** A closed file from its text as last read. */
  protected readFile(path: string, options: LintOptions): LintedFile | undefined {
    const text = this.sources.get(path);
    if (text === undefined) return undefined;
    return lintParsedDocument(documentFromText(path, text, options.config), options);
  }

  protected readWhole(path: string): GovDocument | undefined {
    const text = this.sources.get(path);
    return text === undefined ? undefined : documentFromText(path, text, this.config);
  }
}
