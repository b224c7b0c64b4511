// Diagnostics: which documents need linting, when, and how results reach the client (push and pull).
//
// An edit marks the buffer stale. On the next turn of the event loop the buffer is parsed into the workspace
// index, whose `set` returns exactly the documents whose findings may change (the edited one and
// the documents that read something of it, open or closed); those are linted, the edited ones
// first, in slices that yield to the event loop so requests stay responsive.
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { DocumentOutline, GovDocument } from '../engine/model/document.ts';
import type { Diagnostic, Lang } from '../engine/types.ts';
import { toLspDiagnostic } from './convert.ts';
import { resultIdOf } from './result-id.ts';
import type { ServerWorkspace } from './workspace.ts';

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

export interface DiagnosticsOptions {
  push: boolean;
  /** Ask the client to re-pull after findings of documents it did not edit changed. */
  refresh: boolean;
}

const SLICE_MS = 8;
/**
 * No debounce after an edit: every millisecond of waiting is added to the edit → diagnostics
 * latency. A burst of edits still costs one pass: the JSON-RPC layer dispatches the messages it
 * has received one per event-loop turn, so before a pass starts, the flush lets turns go by
 * until one brings no edit (see `settle`); that takes microseconds when nothing is queued.
 * Edits that arrive while a pass runs are picked up by that pass before it finishes.
 */
const DEBOUNCE_MS = 0;
/** At most this many event-loop turns of waiting for queued edits, so a stream of edits cannot starve the pass. */
const MAX_SETTLE_TURNS = 64;

export class DiagnosticsManager {
  private readonly results = new Map<string, LintResult>();
  /** Open paths whose buffer changed since it was parsed. */
  private readonly stale = new Set<string>();
  /** Paths whose findings must be recomputed. */
  private readonly dirty = new Set<string>();
  /** Paths edited by the user since the last flush: linted first. */
  private readonly priority = new Set<string>();
  /** Paths with a non-empty push, so they can be cleared. */
  private readonly pushed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private generation = 0;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly changeListeners = new Set<() => void>();
  disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: ServerWorkspace,
    readonly options: DiagnosticsOptions,
  ) {}

  /** Whether findings of a path are reported at all. */
  reports(path: string): boolean {
    const { settings } = this.workspace;
    return settings.enable && (settings.workspaceDiagnostics || this.workspace.isOpen(path));
  }

  /** Edits so far (the flush waits for a turn of the event loop without one). */
  private edits = 0;
  /** A flush is letting queued edits in before its pass: a schedule now would only add a second pass. */
  private settling = false;

  /** An open buffer changed. */
  changed(path: string): void {
    this.stale.add(path);
    this.priority.add(path);
    this.edits++;
    this.schedule();
  }

  /** Saved: in `onSave` mode, findings appear now. */
  saved(path: string): void {
    if (this.workspace.isStale(path)) this.stale.add(path);
    this.priority.add(path);
    this.schedule(0, true);
  }

  /** Marks paths for re-linting (e.g. the affected set of a change on disk). */
  invalidate(paths: Iterable<string>): void {
    for (const path of paths) this.dirty.add(path);
    this.schedule(0, true);
  }

  invalidateAll(): void {
    this.results.clear();
    for (const document of this.workspace.index.documents()) this.dirty.add(document.path);
    this.schedule(0, true);
  }

  /** A path left the workspace (deleted) or stopped being reported (closed, setting off). */
  forget(path: string): void {
    this.results.delete(path);
    this.dirty.delete(path);
    this.stale.delete(path);
    if (this.pushed.delete(path) && this.options.push) void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(path), diagnostics: [] });
    this.emitChange();
  }

  private forceLint = false;

  /** False until the workspace is loaded: linting earlier would report cross-file findings against half a workspace. */
  private started = false;

  private progress: { total: number; lastReport: number; report: (done: number, total: number) => void; done: () => void } | undefined;

  /** The workspace is loaded (settings read): lint everything. */
  start(): void {
    this.started = true;
    this.invalidateAll();
  }

  /** Reports how far the pass over the whole workspace got (start-up, configuration change). */
  trackProgress(report: (done: number, total: number) => void, done: () => void): void {
    this.progress?.done();
    this.progress = undefined;
    if (this.dirty.size === 0) {
      done(); // already finished while the client set the progress bar up
      return;
    }
    this.progress = { total: this.dirty.size, lastReport: 0, report, done };
  }

  private advanceProgress(): void {
    const progress = this.progress;
    if (!progress) return;
    if (this.dirty.size === 0) {
      this.progress = undefined;
      progress.done();
    } else if (performance.now() - progress.lastReport > 200) {
      progress.lastReport = performance.now();
      progress.report(Math.max(0, progress.total - this.dirty.size), progress.total);
    }
  }

  private schedule(delay?: number, force = false): void {
    if (this.disposed || !this.started) return;
    if (force) this.forceLint = true;
    if (this.settling) return;
    const wait = delay ?? DEBOUNCE_MS;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  /** Parses every stale buffer into the index and marks what it affects. */
  private parseStale(): void {
    for (const path of [...this.stale]) {
      this.stale.delete(path);
      if (!this.workspace.isOpen(path)) continue;
      for (const affected of this.workspace.updateFromBuffer(path)) this.dirty.add(affected);
    }
  }

  /** Brings the index and the findings of one path up to date now (for requests). */
  fresh(path: string): LintResult | undefined {
    if (this.workspace.isStale(path) || this.stale.has(path)) {
      this.stale.delete(path);
      for (const affected of this.workspace.updateFromBuffer(path)) this.dirty.add(affected);
      if (this.dirty.size > 0) this.schedule();
    }
    const document = this.workspace.index.get(path);
    if (!document) return undefined;
    const existing = this.results.get(path);
    if (existing && existing.document === document && !this.dirty.has(path)) return existing;
    return this.lint(path, false);
  }

  /** The whole document at a path, up to date with its open buffer (a closed file is read from disk). */
  document(path: string): GovDocument | undefined {
    if (this.workspace.isStale(path) || this.stale.has(path)) {
      this.stale.delete(path);
      for (const affected of this.workspace.updateFromBuffer(path)) this.dirty.add(affected);
      this.schedule();
    }
    return this.workspace.whole(path);
  }

  /** Parses every stale open buffer into the index (cross-file requests read all of them). */
  sync(): void {
    if (this.stale.size === 0) return;
    this.parseStale();
    if (this.dirty.size > 0) this.schedule();
  }

  result(path: string): LintResult | undefined {
    return this.results.get(path);
  }

  private lint(path: string, publish: boolean): LintResult | undefined {
    this.dirty.delete(path);
    const document = this.workspace.index.get(path);
    if (!document) {
      this.forget(path);
      return undefined;
    }
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.workspace.lint(document);
    } catch (error) {
      // The runner catches rule failures; this is a last line of defence for the server.
      this.connection.console.error(`govlint: linting ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      diagnostics = [];
    }
    const lang = this.workspace.langOf(document);
    const lsp = this.toLsp(diagnostics, lang);
    const resultId = resultIdOf(JSON.stringify(lsp));
    const previous = this.results.get(path);
    const result: LintResult = { document, diagnostics, lang, resultId };
    this.results.set(path, result);
    if (previous?.resultId !== resultId) this.emitChange();
    if (publish || previous?.resultId !== resultId) this.publish(path, result, lsp);
    return result;
  }

  private toLsp(diagnostics: readonly Diagnostic[], lang: Lang): LspDiagnostic[] {
    return diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, (file) => this.workspace.uriOf(file), lang));
  }

  /** A result's findings as the client gets them. */
  lspDiagnostics(result: LintResult): LspDiagnostic[] {
    return this.toLsp(result.diagnostics, result.lang);
  }

  private publish(path: string, result: LintResult, lsp = this.lspDiagnostics(result)): void {
    if (!this.options.push) return;
    if (!this.reports(path)) {
      if (this.pushed.delete(path)) void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(path), diagnostics: [] });
      return;
    }
    const buffer = this.workspace.buffer(path);
    if (lsp.length > 0) this.pushed.add(path);
    else this.pushed.delete(path);
    void this.connection.sendDiagnostics({
      uri: this.workspace.uriOf(path),
      ...(buffer ? { version: buffer.version } : {}),
      diagnostics: lsp,
    });
  }

  private async flush(): Promise<void> {
    if (this.running) {
      await this.running;
      if (this.stale.size > 0 || this.dirty.size > 0) this.schedule(0);
      return;
    }
    await this.settle();
    if (this.disposed) return;
    const lintNow = this.workspace.settings.run === 'onType' || this.forceLint;
    this.forceLint = false;
    this.running = this.runFlush(lintNow);
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Lets the event loop turn until a turn brings no edit: edits already received (a burst) join this pass. */
  private async settle(): Promise<void> {
    this.settling = true;
    try {
      for (let turn = 0; turn < MAX_SETTLE_TURNS; turn++) {
        const before = this.edits;
        await new Promise((resolve) => setImmediate(resolve));
        if (this.edits === before) break;
      }
    } finally {
      this.settling = false;
    }
  }

  private async runFlush(lintNow: boolean): Promise<void> {
    const generation = ++this.generation;
    this.parseStale();
    if (!lintNow) {
      // onSave: the index follows the buffer (navigation stays right), findings wait for the save.
      this.priority.clear();
      return;
    }
    let othersChanged = false;
    let sliceStart = performance.now();
    while (this.dirty.size > 0 && !this.disposed) {
      if (generation !== this.generation) return;
      this.parseStale();
      let path: string | undefined;
      for (const candidate of this.priority) {
        this.priority.delete(candidate);
        if (this.dirty.has(candidate)) {
          path = candidate;
          break;
        }
      }
      // Open documents before closed ones, so what the user sees updates first. (Looked up from the
      // few open buffers: scanning the dirty set instead made a first pass quadratic.)
      if (path === undefined) path = this.workspace.openPaths().find((candidate) => this.dirty.has(candidate));
      path ??= this.dirty.values().next().value!;
      if (!this.reports(path)) {
        // Not shown (closed with workspaceDiagnostics off, or disabled): no work until it is.
        this.dirty.delete(path);
        this.results.delete(path);
        if (this.pushed.delete(path) && this.options.push) void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(path), diagnostics: [] });
        continue;
      }
      const before = this.results.get(path)?.resultId;
      const result = this.lint(path, true);
      this.advanceProgress();
      if (result && before !== result.resultId && !this.workspace.isOpen(path)) othersChanged = true;
      if (result && before !== undefined && before !== result.resultId) othersChanged = true;
      if (path !== undefined && performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    this.priority.clear();
    this.advanceProgress();
    if (othersChanged) this.requestRefresh();
  }

  private requestRefresh(): void {
    if (!this.options.refresh || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (!this.disposed) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    }, 50);
  }

  /** Results of every reported path (linting any that are due first), for workspace pull. */
  allResults(): Array<[string, LintResult]> {
    this.parseStale();
    const entries: Array<[string, LintResult]> = [];
    for (const document of this.workspace.index.documents()) {
      if (!this.reports(document.path)) continue;
      const result = this.dirty.has(document.path) || !this.results.has(document.path) ? this.lint(document.path, false) : this.results.get(document.path);
      if (result) entries.push([document.path, result]);
    }
    return entries;
  }

  /** Resolves on the next change of any result (workspace pull long-poll). */
  nextChange(): Promise<void> {
    return new Promise((resolve) => {
      const listener = () => {
        this.changeListeners.delete(listener);
        resolve();
      };
      this.changeListeners.add(listener);
    });
  }

  /** Calls `listener` once on the next change of any result; returns a function that stops waiting. */
  onNextChange(listener: () => void): () => void {
    const once = (): void => {
      this.changeListeners.delete(once);
      listener();
    };
    this.changeListeners.add(once);
    return () => this.changeListeners.delete(once);
  }

  cancelWaits(): void {
    for (const listener of [...this.changeListeners]) listener();
  }

  private emitChange(): void {
    for (const listener of [...this.changeListeners]) listener();
  }

  /** Idle: nothing pending (tests, benchmarks, shutdown). */
  get idle(): boolean {
    return !this.timer && !this.running && this.dirty.size === 0 && this.stale.size === 0;
  }

  /** The project is gone (its folder was removed, or it became part of another): clears what it showed, then stops. */
  clearAndDispose(): void {
    if (this.options.push) for (const path of this.pushed) void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(path), diagnostics: [] });
    this.pushed.clear();
    this.results.clear();
    this.dispose();
  }

  dispose(): void {
    this.disposed = true;
    this.progress?.done();
    this.progress = undefined;
    if (this.timer) clearTimeout(this.timer);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.cancelWaits();
  }
}
