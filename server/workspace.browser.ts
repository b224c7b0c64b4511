// The language server's workspace in a Web Worker (the VS Code web extension: vscode.dev,
// github.dev). The web build takes this module wherever the server imports `workspace.ts`
// (esbuild's browser seams), so the diagnostics manager and every feature run unchanged on it;
// it offers every public member of the Node workspace with the same types (`implements` below).
//
// What differs: a worker has no disk. The workspace's files are read by the client through VS
// Code's file system API (`reader`, the govlint/workspaceFiles request) and their texts kept
// here, so that a closed file can be re-linted and re-read; paths are the part of a document's
// URI below the workspace folder's URI, whatever its scheme (vscode-vfs:, file:, …).
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAMES } from '../engine/config/names.ts';
import { parseConfigContent } from '../engine/config/parse.ts';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { documentLang, lintDocument, lintDocumentRules, lintWorkspaceRules, sortDiagnostics, type LintOptions } from '../engine/lint/runner.ts';
import type { DocumentOutline, GovDocument } from '../engine/model/document.ts';
import { outlineOf } from '../engine/model/outline.ts';
import { documentFromText } from '../engine/parse/from-bytes.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Diagnostic, Lang } from '../engine/types.ts';
import { WorkspaceIndex } from '../engine/workspace/index.ts';
import type { WorkspaceFile } from '../protocol/web-files.ts';
import { allRules } from '../rules/index.ts';
import type * as NodeWorkspace from './workspace.ts';
import { DEFAULT_SETTINGS, isWholeDocument, type Logger, type Settings } from './workspace-shared.ts';

export { DEFAULT_SETTINGS, isConfigUri, isWholeDocument, parseSettings, type Logger, type Settings } from './workspace-shared.ts';

/** The public members of a class, without its private ones (which make a class type nominal). */
type PublicMembers<T> = { [K in keyof T]: T[K] };

/** Reads every Markdown and configuration file of the workspace (through the client). */
export type WorkspaceReader = () => Promise<WorkspaceFile[]>;

interface ClosedFindings {
  key: string;
  diagnostics: Diagnostic[];
}

export class ServerWorkspace implements PublicMembers<NodeWorkspace.ServerWorkspace> {
  /** The workspace folder's URI, without a trailing slash. */
  root = '';
  config: ResolvedConfig = defaultConfig('');
  configError: string | undefined;
  settings: Settings = { ...DEFAULT_SETTINGS };
  index = new WorkspaceIndex<DocumentOutline>();
  today: string | undefined;
  /**
   * The web extension serves one workspace folder as one project (the Node server splits a
   * folder into projects by nested configurations): every file of the folder is this one's.
   */
  claims: (uri: string) => boolean = () => true;
  nestedRoots: readonly string[] = [];
  /** Reads the workspace's files; without one, only open documents are linted. */
  reader: WorkspaceReader | undefined;
  /** The text of every file of the workspace, as last read (a closed file is linted from it). */
  private readonly sources = new Map<string, string>();
  /** The URI the client wrote for each path, so a path maps back to the very same string. */
  private readonly uris = new Map<string, string>();
  private readonly closedFindings = new Map<string, ClosedFindings>();
  private readonly parsedVersion = new Map<string, number>();
  private includeMatcher: picomatch.Matcher | undefined;
  private ignoreMatcher: picomatch.Matcher | undefined;

  constructor(
    readonly buffers: TextDocuments<TextDocument>,
    private readonly log: Logger,
  ) {}

  setRoot(root: string): void {
    this.root = root.replace(/\/+$/, '');
    this.loadConfig();
  }

  /** (Re-)reads the configuration from the workspace folder's `.govlint.*` as last read; a bad one leaves the defaults in place and is logged. */
  loadConfig(): void {
    this.configError = undefined;
    const name = CONFIG_FILE_NAMES.find((candidate) => this.sources.has(candidate));
    this.config = defaultConfig(this.root);
    if (name !== undefined) {
      try {
        this.config = parseConfigContent(this.sources.get(name)!, name, allRules, { root: this.root, file: this.uriOf(name) });
      } catch (error) {
        this.configError = error instanceof Error ? error.message : String(error);
        this.log(this.configError);
      }
    }
    this.includeMatcher = picomatch(this.config.include, { dot: false });
    this.ignoreMatcher = this.config.ignore.length > 0 ? picomatch(this.config.ignore, { dot: true }) : undefined;
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

  isIncluded(path: string): boolean {
    if (!path.toLowerCase().endsWith('.md') || path.startsWith('../')) return false;
    if (path.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    if (this.includeMatcher && !this.includeMatcher(path)) return false;
    return !this.ignoreMatcher?.(path);
  }

  buffer(path: string): TextDocument | undefined {
    return this.buffers.get(this.uriOf(path));
  }

  isOpen(path: string): boolean {
    return this.buffer(path) !== undefined;
  }

  openPaths(): string[] {
    const paths: string[] = [];
    for (const buffer of this.buffers.all()) {
      const path = this.pathOf(buffer.uri);
      if (path !== undefined) paths.push(path);
    }
    return paths;
  }

  lintOptions(): LintOptions {
    return {
      config: this.config,
      rules: allRules,
      today: this.today ?? todayIso(),
      ...(this.settings.lang !== 'auto' ? { lang: this.settings.lang } : {}),
    };
  }

  langOf(document: DocumentOutline): Lang {
    return documentLang(document, this.lintOptions());
  }

  private findingsKey(options: LintOptions): string {
    return `${options.today}|${options.lang ?? ''}`;
  }

  /** A closed file's text: its outline, with its document-rule findings kept aside. */
  private readClosed(path: string, text: string, options: LintOptions): DocumentOutline {
    const document = documentFromText(path, text, this.config);
    this.closedFindings.set(path, { key: this.findingsKey(options), diagnostics: lintDocumentRules(document, options) });
    return outlineOf(document);
  }

  /** A file's text changed (or it was removed: undefined) where the client saw it. */
  setSource(path: string, text: string | undefined): void {
    if (text === undefined) this.sources.delete(path);
    else this.sources.set(path, text);
  }

  /** Reads every file of the workspace through the client into a fresh index; open buffers take precedence. */
  async loadAll(): Promise<void> {
    const files = this.reader ? await this.reader() : [];
    this.sources.clear();
    for (const file of files) {
      const path = this.pathOf(file.uri);
      if (path !== undefined) this.sources.set(path, file.text);
    }
    this.loadConfig();
    const options = this.lintOptions();
    this.closedFindings.clear();
    const documents = new Map<string, DocumentOutline>();
    for (const [path, text] of this.sources) {
      if (!this.isIncluded(path)) continue;
      const buffer = this.buffer(path);
      documents.set(path, buffer ? this.parseBuffer(path, buffer) : this.readClosed(path, text, options));
    }
    for (const buffer of this.buffers.all()) {
      const path = this.pathOf(buffer.uri);
      if (path && !documents.has(path)) documents.set(path, this.parseBuffer(path, buffer));
    }
    this.index = new WorkspaceIndex<DocumentOutline>(documents.values());
  }

  private parseBuffer(path: string, buffer: TextDocument): GovDocument {
    this.parsedVersion.set(path, buffer.version);
    return documentFromText(path, buffer.getText(), this.config, true);
  }

  isStale(path: string): boolean {
    const buffer = this.buffer(path);
    return buffer !== undefined && this.parsedVersion.get(path) !== buffer.version;
  }

  updateFromBuffer(path: string): Set<string> {
    const buffer = this.buffer(path);
    if (!buffer) return new Set();
    this.closedFindings.delete(path);
    return this.index.set(this.parseBuffer(path, buffer));
  }

  /** Re-reads a closed file from its text as last read; a file no longer there is removed. */
  updateFromDisk(path: string): Set<string> {
    this.parsedVersion.delete(path);
    const text = this.sources.get(path);
    if (text === undefined) return this.remove(path);
    return this.index.set(this.readClosed(path, text, this.lintOptions()));
  }

  /** No project lies inside this one (see `claims`), so nothing is ever handed over. */
  dropNested(): { dropped: string[]; affected: Set<string> } {
    return { dropped: [], affected: new Set() };
  }

  remove(path: string): Set<string> {
    this.parsedVersion.delete(path);
    this.closedFindings.delete(path);
    return this.index.remove(path);
  }

  current(path: string): GovDocument | undefined {
    if (this.isStale(path)) return undefined;
    const document = this.index.get(path);
    return document && isWholeDocument(document) ? document : undefined;
  }

  whole(path: string): GovDocument | undefined {
    const document = this.index.get(path);
    if (!document) return undefined;
    if (isWholeDocument(document)) return document;
    const text = this.sources.get(path);
    return text === undefined ? undefined : documentFromText(path, text, this.config);
  }

  lint(document: DocumentOutline): Diagnostic[] {
    const options = this.lintOptions();
    if (isWholeDocument(document)) return lintDocument(document, this.index, options);
    let own = this.closedFindings.get(document.path);
    if (!own || own.key !== this.findingsKey(options)) {
      // Read with another date or message language: read the text again.
      const text = this.sources.get(document.path);
      if (text !== undefined) {
        document = this.readClosed(document.path, text, options);
        this.index.set(document);
        own = this.closedFindings.get(document.path)!;
      } else {
        own = { key: this.findingsKey(options), diagnostics: [] };
        this.closedFindings.set(document.path, own);
      }
    }
    return sortDiagnostics([...own.diagnostics, ...lintWorkspaceRules(document, this.index, options)]);
  }
}
