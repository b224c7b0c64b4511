// The server's view of the workspace: configuration, settings, the incremental index of every
// governance document (open buffers and closed files), and the path ↔ URI mapping.
//
// Memory: an open buffer is held as a whole document; a closed file only as its outline, with
// the findings of the document rules computed when it was read (they depend on its text alone).
// Linting a closed file runs the workspace rules on its outline and adds those findings.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { findConfigFile, loadConfigFile } from '../engine/config/load.ts';
import { lintEach, lintFile, type LintedFile } from '../engine/lint/files.ts';
import { lintFilesInParallel, threadCount, workerScript, workerSetup } from '../engine/lint/pool.ts';
import { documentLang, lintDocument, lintWorkspaceRules, sortDiagnostics, type LintOptions } from '../engine/lint/runner.ts';
import type { DocumentOutline, GovDocument } from '../engine/model/document.ts';
import { documentFromText } from '../engine/parse/from-bytes.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Diagnostic, Lang } from '../engine/types.ts';
import { WorkspaceBoundary } from '../engine/workspace/boundary.ts';
import { discoverFiles, type DiscoveredFile } from '../engine/workspace/discover.ts';
import { WorkspaceIndex } from '../engine/workspace/index.ts';
import { isInside } from '../engine/workspace/project.ts';
import { readDocumentFile } from '../engine/workspace/load.ts';
import { allRules } from '../rules/index.ts';
import { DEFAULT_SETTINGS, isWholeDocument, type Logger, type Settings } from './workspace-shared.ts';

export { DEFAULT_SETTINGS, isConfigUri, isWholeDocument, parseSettings, type Logger, type Settings } from './workspace-shared.ts';

/** The document rules' findings of a closed file, and the options they were computed with. */
interface ClosedFindings {
  key: string;
  diagnostics: Diagnostic[];
}

/**
 * One project of the server: a workspace folder, or a folder inside one that has a configuration
 * file of its own (SPEC §5: the nearest configuration decides the project, as in the CLI). The
 * server holds one per project (`server/projects.ts`), which routes each document to its project.
 */
export class ServerWorkspace {
  root: string = process.cwd();
  /**
   * Whether a file (absolute path) belongs to this project; the project set answers it (the
   * deepest project containing the file; files outside every folder go to the first folder's).
   */
  claims: (absolute: string) => boolean = () => true;
  /** Roots of the projects inside this one: their files are theirs, never read here. */
  nestedRoots: readonly string[] = [];
  config: ResolvedConfig = defaultConfig(process.cwd());
  /** One line describing why the configuration file could not be used, if so. */
  configError: string | undefined;
  settings: Settings = { ...DEFAULT_SETTINGS };
  index = new WorkspaceIndex<DocumentOutline>();
  /** Document-rule findings of each closed file (see the header). */
  private readonly closedFindings = new Map<string, ClosedFindings>();
  /** Version of the open buffer each open path was last parsed from. */
  private readonly parsedVersion = new Map<string, number>();
  private includeMatcher: picomatch.Matcher | undefined;
  private ignoreMatcher: picomatch.Matcher | undefined;
  /** Fixed "today" for date rules (tests), otherwise the real date. */
  today: string | undefined;

  constructor(
    readonly buffers: TextDocuments<TextDocument>,
    private readonly log: Logger,
  ) {}

  setRoot(root: string): void {
    this.root = root;
    this.loadConfig();
  }

  /** (Re-)reads the configuration file; a bad file leaves the defaults in place and is logged. */
  loadConfig(): void {
    const file = findConfigFile(this.root);
    this.configError = undefined;
    if (file) {
      try {
        this.config = loadConfigFile(file, allRules);
      } catch (error) {
        this.configError = error instanceof Error ? error.message : String(error);
        this.log(this.configError);
        this.config = defaultConfig(this.root);
      }
    } else this.config = defaultConfig(this.root);
    this.includeMatcher = picomatch(this.config.include, { dot: false });
    this.ignoreMatcher = this.config.ignore.length > 0 ? picomatch(this.config.ignore, { dot: true }) : undefined;
  }

  /**
   * Workspace-relative path with `/` separators, or undefined for a URI that is not a file. A file
   * opened from outside the workspace gets a `../` path: it is linted while open, never searched for.
   */
  pathOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let absolute: string;
    try {
      absolute = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    const rel = relative(this.root, absolute);
    if (rel === '' || isAbsolute(rel) || !this.claims(absolute)) return undefined;
    return rel.split(sep).join('/');
  }

  uriOf(path: string): string {
    return pathToFileURL(join(this.root, path)).href;
  }

  /** True when a path found on disk belongs to the workspace (include and ignore globs). */
  isIncluded(path: string): boolean {
    if (!path.toLowerCase().endsWith('.md') || path.startsWith('../')) return false;
    if (path.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    if (this.inNestedProject(join(this.root, path))) return false;
    if (this.includeMatcher && !this.includeMatcher(path)) return false;
    return !this.ignoreMatcher?.(path);
  }

  /** True when an absolute path lies in a project inside this one. */
  private inNestedProject(absolute: string): boolean {
    return this.nestedRoots.some((root) => isInside(root, absolute));
  }

  buffer(path: string): TextDocument | undefined {
    return this.buffers.get(this.uriOf(path));
  }

  isOpen(path: string): boolean {
    return this.buffer(path) !== undefined;
  }

  /** Workspace paths of the open buffers (there are few: look them up here rather than asking `isOpen` of every path). */
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

  /** What the document rules' findings depend on besides the text: the date and the message language. */
  private findingsKey(options: LintOptions): string {
    return `${options.today}|${options.lang ?? ''}`;
  }

  /** A closed file read from disk: its outline, with its document-rule findings kept aside. */
  private keepClosed(linted: LintedFile, options: LintOptions): DocumentOutline {
    this.closedFindings.set(linted.outline.path, { key: this.findingsKey(options), diagnostics: linted.diagnostics });
    return linted.outline;
  }

  /**
   * Reads every file of the workspace into a fresh index; open buffers take precedence. A large
   * workspace is read and checked on worker threads (as the CLI does).
   */
  async loadAll(): Promise<void> {
    const found = await discoverFiles([this.root], { cwd: this.root, root: this.root, include: this.config.include, ignore: this.config.ignore });
    const files = this.nestedRoots.length > 0 ? found.filter((file) => !this.inNestedProject(file.absolute)) : found;
    const options = this.lintOptions();
    const closed = files.filter((file) => !this.isOpen(file.relative));
    this.closedFindings.clear();
    const documents = new Map<string, DocumentOutline>();
    for (const linted of await this.lintClosedFiles(closed, options)) documents.set(linted.outline.path, this.keepClosed(linted, options));
    for (const file of files) {
      const buffer = this.buffer(file.relative);
      if (buffer) documents.set(file.relative, this.parseBuffer(file.relative, buffer));
    }
    for (const buffer of this.buffers.all()) {
      const path = this.pathOf(buffer.uri);
      if (path && !documents.has(path)) documents.set(path, this.parseBuffer(path, buffer));
    }
    this.index = new WorkspaceIndex<DocumentOutline>(documents.values());
  }

  private async lintClosedFiles(files: readonly DiscoveredFile[], options: LintOptions): Promise<LintedFile[]> {
    const count = threadCount(files.length, 'auto');
    const script = count > 0 ? workerScript() : undefined;
    if (script) {
      try {
        // Workers only: the server's own heap, which lives on, never holds the garbage of parsing.
        return await lintFilesInParallel(script, files, workerSetup(options), count, undefined);
      } catch (error) {
        this.log(`reading the workspace on worker threads failed, reading it here: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return lintEach(files, options);
  }

  private parseBuffer(path: string, buffer: TextDocument): GovDocument {
    this.parsedVersion.set(path, buffer.version);
    return documentFromText(path, buffer.getText(), this.config, true);
  }

  /** True when the index holds an older text than the open buffer. */
  isStale(path: string): boolean {
    const buffer = this.buffer(path);
    return buffer !== undefined && this.parsedVersion.get(path) !== buffer.version;
  }

  /** Parses the open buffer into the index; returns the affected paths. */
  updateFromBuffer(path: string): Set<string> {
    const buffer = this.buffer(path);
    if (!buffer) return new Set();
    this.closedFindings.delete(path);
    return this.index.set(this.parseBuffer(path, buffer));
  }

  /**
   * True when the file at a workspace path may be read: inside the workspace folder and not
   * reached through a symbolic link — the rule discovery applies when the workspace is loaded.
   * Asked afresh each time: a folder may have become a link since.
   */
  private readable(absolute: string): boolean {
    return new WorkspaceBoundary(this.root).contains(absolute);
  }

  /** Re-reads a (closed) file from disk; a file that no longer exists, or is now behind a symbolic link, is removed. */
  updateFromDisk(path: string): Set<string> {
    this.parsedVersion.delete(path);
    const absolute = join(this.root, path);
    if (!existsSync(absolute) || !this.readable(absolute)) return this.remove(path);
    const options = this.lintOptions();
    return this.index.set(this.keepClosed(lintFile({ absolute, relative: path }, options), options));
  }

  /**
   * Takes out of the index the files that now belong to a project inside this one; returns
   * them, and the paths whose findings may change with them gone.
   */
  dropNested(): { dropped: string[]; affected: Set<string> } {
    const dropped: string[] = [];
    const affected = new Set<string>();
    for (const document of this.index.documents()) {
      if (!this.inNestedProject(join(this.root, document.path))) continue;
      dropped.push(document.path);
      for (const path of this.remove(document.path)) affected.add(path);
    }
    for (const path of dropped) affected.delete(path);
    return { dropped, affected };
  }

  remove(path: string): Set<string> {
    this.parsedVersion.delete(path);
    this.closedFindings.delete(path);
    return this.index.remove(path);
  }

  /** The whole document at a path when it is open and parsed from its current text; undefined for a closed file or a stale buffer. */
  current(path: string): GovDocument | undefined {
    if (this.isStale(path)) return undefined;
    const document = this.index.get(path);
    return document && isWholeDocument(document) ? document : undefined;
  }

  /**
   * The whole document at an indexed path: the open buffer's, or a closed file parsed from disk
   * now (not kept), for the features that need text (hover on a goal elsewhere, edits in other files).
   */
  whole(path: string): GovDocument | undefined {
    const document = this.index.get(path);
    if (!document) return undefined;
    if (isWholeDocument(document)) return document;
    const absolute = join(this.root, path);
    return this.readable(absolute) ? readDocumentFile({ absolute, relative: path }, this.config) : undefined;
  }

  /** Lints one indexed path: a whole document with every rule, a closed file's outline with the workspace rules plus its kept findings. */
  lint(document: DocumentOutline): Diagnostic[] {
    const options = this.lintOptions();
    if (isWholeDocument(document)) return lintDocument(document, this.index, options);
    let own = this.closedFindings.get(document.path);
    if (!own || own.key !== this.findingsKey(options)) {
      // Read with another date or message language: read the file again.
      const absolute = join(this.root, document.path);
      if (this.readable(absolute)) {
        const linted = lintFile({ absolute, relative: document.path }, options);
        own = { key: this.findingsKey(options), diagnostics: linted.diagnostics };
        if (existsSync(absolute)) this.index.set(linted.outline);
        document = linted.outline;
      } else {
        own = { key: this.findingsKey(options), diagnostics: [] };
      }
      this.closedFindings.set(document.path, own);
    }
    return sortDiagnostics([...own.diagnostics, ...lintWorkspaceRules(document, this.index, options)]);
  }
}
