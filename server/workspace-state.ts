// The one owner of a project's document state in the language server: the index of every
// governance document (open buffers and closed files), which buffer text each open document was
// parsed from, and the findings of every document with whether they are out of date.
//
// Features read it through a `Snapshot`: every read of the index (and of a document or its
// findings) first parses the open buffers that changed since they were last parsed, and notices
// buffers that were closed, so no feature can see an index older than the buffers. The
// diagnostics manager (diagnostics.ts) keeps no state about what is out of date: it asks this
// class which findings are outdated, has them linted, and publishes what it is told changed.
//
// The Node workspace (workspace.ts: files on disk, worker threads) and the browser one
// (workspace.browser.ts: files read through the client) differ only in how files are found and
// read, which they implement below the `protected abstract` members.
//
// Memory: an open buffer is held as a whole document; a closed file only as its outline, with
// the findings of the document rules computed when it was read (they depend on its text alone).
// Linting a closed file runs the workspace rules on its outline and adds those findings.
import picomatch from 'picomatch';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { defaultConfig, documentFromText, documentLang, lintDocument, lintOutline, WorkspaceIndex, type LintedFile, type LintOptions, type ResolvedConfig } from '../engine/api/in-memory.ts';
import { todayIso, type Diagnostic, type DocumentOutline, type GovDocument, type Lang } from '../engine/api/model.ts';
import { fixDocument, type DocumentFix } from '../engine/api/fixing.ts';
import { allRules } from '../engine/api/rules.ts';
import { toLspDiagnostic } from './convert.ts';
import { resultIdOf } from './result-id.ts';
import { DEFAULT_SETTINGS, isWholeDocument, type Logger, type Settings } from './workspace-shared.ts';

export interface LintResult {
  /** Document the findings were computed from (their offsets point into its text): whole when open, an outline when closed. */
  document: DocumentOutline;
  diagnostics: Diagnostic[];
  /** Language of the messages sent to the client. */
  lang: Lang;
  /**
   * Hash of the findings as sent to the client. The LSP form itself is made when it is sent
   * (`lspDiagnostics`), not kept: a workspace of 10,000 documents would hold 30,000 of them for
   * no request (about 10 MB).
   */
  resultId: string;
}

/** What the state tells whoever schedules linting and publishes findings (the diagnostics manager). */
export interface StateListener {
  /**
   * The findings of these paths may have changed and are outdated until linted. `edit` is true
   * when an edit of an open buffer caused it (in `onSave` mode, findings then wait for a save).
   */
  outdated(paths: ReadonlySet<string>, edit: boolean): void;
  /** The findings of a path were computed and differ from the last ones (`previous` is their result id). */
  changed(path: string, result: LintResult, previous: string | undefined, lsp: LspDiagnostic[]): void;
  /** A path has no findings any more: it left the index, or is no longer reported. */
  dropped(path: string): void;
}

/** The index as features read it: every query, no changes (the state alone changes it). */
export type IndexView = Omit<WorkspaceIndex<DocumentOutline>, 'set' | 'remove'>;

/**
 * A project's documents and findings as features read them: always up to date with the open
 * buffers (each read parses what changed first), never older.
 */
export interface Snapshot {
  /** The index of every document, up to date with every open buffer. */
  readonly index: IndexView;
  readonly config: ResolvedConfig;
  readonly settings: Settings;
  /** The date the date rules take as today. */
  readonly today: string;
  pathOf(uri: string): string | undefined;
  uriOf(path: string): string;
  /** The open buffer of a path, if it is open. */
  buffer(path: string): TextDocument | undefined;
  lintOptions(): LintOptions;
  langOf(document: DocumentOutline): Lang;
  /**
   * The whole document at an indexed path: the open buffer's, as last edited, or a closed file
   * parsed from its text now (not kept), for the features that need text.
   */
  document(path: string): GovDocument | undefined;
  /** The findings of an indexed path, linted now when they are out of date. */
  findings(path: string): LintResult | undefined;
  /** A result's findings as the client gets them. */
  lspDiagnostics(result: LintResult): LspDiagnostic[];
  /** The fixes `--fix` would make to a document, by the engine's one applier (the index is left as it was). */
  fixDocument(document: GovDocument, findings?: readonly Diagnostic[]): DocumentFix;
}

/** The document rules' findings of a closed file, and the options they were computed with. */
interface ClosedFindings {
  key: string;
  diagnostics: Diagnostic[];
}

/** The open buffer (and its version) a document in the index was parsed from. */
interface ParsedBuffer {
  buffer: TextDocument;
  version: number;
}

export abstract class WorkspaceState implements Snapshot {
  /** The project folder: an absolute path (Node) or a URI without a trailing slash (browser). */
  root = '';
  /**
   * Whether a file (absolute path) belongs to this project; the project set answers it (the
   * deepest project containing the file; files outside every folder go to the first folder's).
   */
  claims: (absolute: string) => boolean = () => true;
  /** Roots of the projects inside this one: their files are theirs, never read here. */
  nestedRoots: readonly string[] = [];
  config: ResolvedConfig = defaultConfig('');
  /** One line describing why the configuration file could not be used, if so. */
  configError: string | undefined;
  settings: Settings = { ...DEFAULT_SETTINGS };
  /** Fixed "today" for date rules (tests), otherwise the real date. */
  fixedToday: string | undefined;

  private state = new WorkspaceIndex<DocumentOutline>();
  /** Document-rule findings of each closed file (see the header). */
  private readonly closedFindings = new Map<string, ClosedFindings>();
  /** What each open document in the index was parsed from. */
  private readonly parsed = new Map<string, ParsedBuffer>();
  /** The last findings of each linted path. */
  private readonly results = new Map<string, LintResult>();
  /** Paths whose findings must be recomputed. */
  private readonly outdatedPaths = new Set<string>();
  private includeMatcher: picomatch.Matcher | undefined;
  private ignoreMatcher: picomatch.Matcher | undefined;
  private listener: StateListener | undefined;
  private syncing = false;

  constructor(
    readonly buffers: TextDocuments<TextDocument>,
    protected readonly log: Logger,
  ) {}

  // ── What the platform provides ────────────────────────────────────────────────────────────

  /** Workspace-relative path with `/` separators of a document's URI, or undefined when it is not this project's. */
  abstract pathOf(uri: string): string | undefined;
  abstract uriOf(path: string): string;
  /** (Re-)reads the configuration; a bad one leaves the defaults in place and sets `configError`. */
  abstract loadConfig(): void;
  /** Finds the project's files and reads the closed ones (`isOpen` says which are open), each as its outline and document-rule findings. */
  protected abstract readFiles(isOpen: (path: string) => boolean, options: LintOptions): Promise<LintedFile[]>;
  /** Reads one closed file as its outline and document-rule findings; undefined when it is gone or may not be read. */
  protected abstract readFile(path: string, options: LintOptions): LintedFile | undefined;
  /** Parses one closed file whole; undefined when it is gone or may not be read. */
  protected abstract readWhole(path: string): GovDocument | undefined;
  /** True when a workspace path lies in a project inside this one. */
  protected inNestedProject(_path: string): boolean {
    return false;
  }

  // ── Configuration, settings and buffers ───────────────────────────────────────────────────

  /** Sets the project folder and reads its configuration. */
  setRoot(root: string): void {
    this.root = root;
    this.loadConfig();
  }

  /** Takes a configuration (and the include and ignore globs it sets). */
  protected useConfig(config: ResolvedConfig): void {
    this.config = config;
    this.includeMatcher = picomatch(config.include, { dot: false });
    this.ignoreMatcher = config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : undefined;
  }

  get today(): string {
    return this.fixedToday ?? todayIso();
  }

  /** True when a path found in the workspace belongs to it (include and ignore globs, nested projects). */
  isIncluded(path: string): boolean {
    if (!path.toLowerCase().endsWith('.md') || path.startsWith('../')) return false;
    if (path.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    if (this.inNestedProject(path)) return false;
    if (this.includeMatcher && !this.includeMatcher(path)) return false;
    return !this.ignoreMatcher?.(path);
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

  /** Whether findings of a path are reported at all (enabled; a closed file only with workspace diagnostics). */
  reports(path: string): boolean {
    return this.settings.enable && (this.settings.workspaceDiagnostics || this.isOpen(path));
  }

  lintOptions(): LintOptions {
    return {
      config: this.config,
      rules: allRules,
      today: this.today,
      ...(this.settings.lang !== 'auto' ? { lang: this.settings.lang } : {}),
    };
  }

  langOf(document: DocumentOutline): Lang {
    return documentLang(document, this.lintOptions());
  }

  // ── The snapshot ──────────────────────────────────────────────────────────────────────────

  /** The state as features read it (see `Snapshot`). */
  snapshot(): Snapshot {
    this.sync();
    return this;
  }

  get index(): WorkspaceIndex<DocumentOutline> {
    this.sync();
    return this.state;
  }

  document(path: string): GovDocument | undefined {
    this.sync();
    const document = this.state.get(path);
    if (!document) return undefined;
    return isWholeDocument(document) ? document : this.readWhole(path);
  }

  findings(path: string): LintResult | undefined {
    this.sync();
    const document = this.state.get(path);
    if (!document) return undefined;
    const existing = this.results.get(path);
    if (existing && existing.document === document && !this.outdatedPaths.has(path)) return existing;
    return this.lint(path)?.result;
  }

  fixDocument(document: GovDocument, findings?: readonly Diagnostic[]): DocumentFix {
    this.sync();
    // The fix passes lay the fixed text over the index for a moment and put it back: only the state may do that.
    return fixDocument(this.state, this.lintOptions(), document, findings);
  }

  lspDiagnostics(result: LintResult): LspDiagnostic[] {
    return result.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, (file) => this.uriOf(file), result.lang));
  }

  // ── Keeping the index up to date ──────────────────────────────────────────────────────────

  /** Subscribes the scheduler (one per project). */
  listen(listener: StateListener): void {
    this.listener = listener;
  }

  /**
   * Parses every open buffer that changed since it was parsed (or was opened since), and puts
   * back the file's own state for every buffer that was closed. Cheap when nothing changed: it
   * compares the versions of the few open buffers.
   */
  sync(): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      for (const buffer of this.buffers.all()) {
        const path = this.pathOf(buffer.uri);
        if (path === undefined) continue;
        const parsed = this.parsed.get(path);
        if (parsed?.buffer === buffer && parsed.version === buffer.version) continue;
        this.closedFindings.delete(path);
        this.outdate(this.state.set(this.parseBuffer(path, buffer)), true);
      }
      for (const [path, parsed] of [...this.parsed]) {
        if (this.buffers.get(this.uriOf(path)) === parsed.buffer) continue;
        // Closed: the file is the truth again (unsaved changes are dropped).
        this.parsed.delete(path);
        this.settle(path, this.isIncluded(path) ? this.reread(path) : this.removePath(path));
      }
    } finally {
      this.syncing = false;
    }
  }

  private parseBuffer(path: string, buffer: TextDocument): GovDocument {
    this.parsed.set(path, { buffer, version: buffer.version });
    return documentFromText(path, buffer.getText(), this.config, true);
  }

  /** What the document rules' findings depend on besides the text: the date and the message language. */
  private findingsKey(options: LintOptions): string {
    return `${options.today}|${options.lang ?? ''}`;
  }

  /** A closed file read: its outline, with its document-rule findings kept aside. */
  private keepClosed(linted: LintedFile, options: LintOptions): DocumentOutline {
    this.closedFindings.set(linted.outline.path, { key: this.findingsKey(options), diagnostics: linted.diagnostics });
    return linted.outline;
  }

  /**
   * Reads every file of the project into a fresh index (open buffers take precedence); every
   * path is outdated afterwards. Paths that were in the index and are no longer are dropped.
   */
  async load(): Promise<void> {
    const options = this.lintOptions();
    const closed = await this.readFiles((path) => this.isOpen(path), options);
    const before = [...this.state.documents()].map((document) => document.path);
    this.closedFindings.clear();
    this.parsed.clear();
    const documents = new Map<string, DocumentOutline>();
    for (const linted of closed) documents.set(linted.outline.path, this.keepClosed(linted, options));
    for (const buffer of this.buffers.all()) {
      const path = this.pathOf(buffer.uri);
      if (path !== undefined) documents.set(path, this.parseBuffer(path, buffer));
    }
    this.state = new WorkspaceIndex<DocumentOutline>(documents.values());
    for (const path of before) if (!this.state.get(path)) this.drop(path);
    this.outdateAll();
  }

  /** A file changed on disk (created or modified): it is read again. Open files keep their buffer. */
  fileChanged(path: string): void {
    if (this.isOpen(path) || !this.isIncluded(path)) return;
    this.settle(path, this.reread(path));
  }

  /** A file was deleted on disk. */
  fileDeleted(path: string): void {
    if (this.isOpen(path)) return;
    this.settle(path, this.removePath(path));
  }

  /** Every path's findings are outdated (the configuration, the settings or the date changed). */
  outdateAll(): void {
    this.results.clear();
    for (const document of this.state.documents()) this.outdatedPaths.add(document.path);
    this.listener?.outdated(new Set(this.outdatedPaths), false);
  }

  /**
   * Takes out of the index the files that now belong to a project inside this one (they are
   * dropped here: their new project shows them), and outdates what read something of them.
   */
  dropNested(): void {
    const dropped: string[] = [];
    const affected = new Set<string>();
    for (const document of this.state.documents()) {
      if (!this.inNestedProject(document.path)) continue;
      dropped.push(document.path);
      for (const path of this.removePath(document.path)) affected.add(path);
    }
    for (const path of dropped) {
      affected.delete(path);
      this.drop(path);
    }
    this.outdate(affected, false);
  }

  /** Re-reads a closed file; one that is gone, or may no longer be read, leaves the index. */
  private reread(path: string): Set<string> {
    const options = this.lintOptions();
    const linted = this.readFile(path, options);
    return linted ? this.state.set(this.keepClosed(linted, options)) : this.removePath(path);
  }

  private removePath(path: string): Set<string> {
    this.parsed.delete(path);
    this.closedFindings.delete(path);
    return this.state.remove(path);
  }

  /** A closed path changed: what it affects is outdated; the path itself is dropped at once when it left the index or is not reported. */
  private settle(path: string, affected: Set<string>): void {
    this.outdate(affected, false);
    if (!this.state.get(path) || !this.reports(path)) this.drop(path);
  }

  private outdate(paths: Set<string>, edit: boolean): void {
    if (paths.size === 0) return;
    for (const path of paths) this.outdatedPaths.add(path);
    this.listener?.outdated(paths, edit);
  }

  // ── Findings ──────────────────────────────────────────────────────────────────────────────

  /** Paths whose findings are out of date, how many. */
  get outdatedCount(): number {
    return this.outdatedPaths.size;
  }

  isOutdated(path: string): boolean {
    return this.outdatedPaths.has(path);
  }

  /** Some outdated path. */
  anyOutdated(): string | undefined {
    return this.outdatedPaths.values().next().value;
  }

  /** The last findings of a path, outdated or not. */
  lastResult(path: string): LintResult | undefined {
    return this.results.get(path);
  }

  /** Forgets the findings of a path (it is not reported): nothing is linted for it until it is outdated again. */
  drop(path: string): void {
    this.outdatedPaths.delete(path);
    this.results.delete(path);
    this.listener?.dropped(path);
  }

  /**
   * Lints a path now, in the index as last synced (the scheduler syncs before it picks the path).
   * The listener hears of findings that changed; `changed` says whether they did. A path no
   * longer in the index is dropped (undefined).
   */
  lint(path: string): { result: LintResult; changed: boolean; lsp: LspDiagnostic[] } | undefined {
    this.outdatedPaths.delete(path);
    const document = this.state.get(path);
    if (!document) {
      this.drop(path);
      return undefined;
    }
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.lintDocument(document);
    } catch (error) {
      // The runner catches rule failures; this is a last line of defence for the server.
      this.log(`linting ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      diagnostics = [];
    }
    const linted = this.state.get(path) ?? document;
    const lang = this.langOf(linted);
    const lsp = this.lspDiagnostics({ document: linted, diagnostics, lang, resultId: '' });
    const result: LintResult = { document: linted, diagnostics, lang, resultId: resultIdOf(JSON.stringify(lsp)) };
    const previous = this.results.get(path)?.resultId;
    this.results.set(path, result);
    const changed = previous !== result.resultId;
    if (changed) this.listener?.changed(path, result, previous, lsp);
    return { result, changed, lsp };
  }

  /** The findings of every reported path (linting those that are due first), for workspace pull and the hierarchy. */
  reportedResults(): Array<[string, LintResult]> {
    this.sync();
    const entries: Array<[string, LintResult]> = [];
    for (const document of this.state.documents()) {
      if (!this.reports(document.path)) continue;
      const result = this.outdatedPaths.has(document.path) || !this.results.has(document.path) ? this.lint(document.path)?.result : this.results.get(document.path);
      if (result) entries.push([document.path, result]);
    }
    return entries;
  }

  /** A whole document with every rule; a closed file's outline with the workspace rules plus its kept findings. */
  private lintDocument(document: DocumentOutline): Diagnostic[] {
    const options = this.lintOptions();
    if (isWholeDocument(document)) return lintDocument(document, this.state, options);
    let own = this.closedFindings.get(document.path);
    if (!own || own.key !== this.findingsKey(options)) {
      // Read with another date or message language: read the file again.
      const linted = this.readFile(document.path, options);
      if (linted) {
        document = this.keepClosed(linted, options);
        this.state.set(document);
      }
      own = { key: this.findingsKey(options), diagnostics: linted?.diagnostics ?? [] };
      this.closedFindings.set(document.path, own);
    }
    return lintOutline(document, own.diagnostics, this.state, options);
  }
}
