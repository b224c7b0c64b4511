// Diagnostics: when the findings of a project are brought up to date, and how they reach the
// client (push). This class schedules and publishes; it keeps no state about which documents are
// out of date — the project's `WorkspaceState` owns that, and tells it (`StateListener`).
//
// An edit schedules a pass. The pass has the workspace parse the changed buffers into its index,
// whose `set` returns exactly the documents whose findings may change (the edited one and the
// documents that read something of it, open or closed); those are linted, the edited ones first,
// in slices that yield to the event loop so requests stay responsive.
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { LintResult, StateListener, WorkspaceState } from './workspace-state.ts';

export type { LintResult } from './workspace-state.ts';

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

export class DiagnosticsManager implements StateListener {
  /** Paths edited by the user since the last pass: linted first. */
  private readonly priority = new Set<string>();
  /** Paths with a non-empty push, so they can be cleared. */
  private readonly pushed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private generation = 0;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly changeListeners = new Set<() => void>();
  disposed = false;
  /** Edits so far (the flush waits for a turn of the event loop without one). */
  private edits = 0;
  /** A flush is letting queued edits in before its pass: a schedule now would only add a second pass. */
  private settling = false;
  private forceLint = false;
  /** False until the workspace is loaded: linting earlier would report cross-file findings against half a workspace. */
  private started = false;
  private progress: { total: number; lastReport: number; report: (done: number, total: number) => void; done: () => void } | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: WorkspaceState,
    readonly options: DiagnosticsOptions,
  ) {
    workspace.listen(this);
  }

  // ── What happens (scheduling input) ───────────────────────────────────────────────────────

  /** An open buffer changed (or was opened): its findings are brought up to date soon, first. */
  edited(path: string): void {
    this.priority.add(path);
    this.edits++;
    this.schedule();
  }

  /** Saved: in `onSave` mode, findings appear now. */
  saved(path: string): void {
    this.priority.add(path);
    this.schedule(0, true);
  }

  /** Something the workspace state learns of on its next read changed (a buffer was closed), or the settings did: a pass runs now. */
  poke(): void {
    this.schedule(0, true);
  }

  /** The workspace is loaded (settings read): lint everything. */
  start(): void {
    this.started = true;
    this.workspace.outdateAll();
  }

  // ── What the workspace state tells (StateListener) ────────────────────────────────────────

  outdated(_paths: ReadonlySet<string>, edit: boolean): void {
    this.schedule(edit ? undefined : 0, !edit);
  }

  changed(path: string, result: LintResult, _previous: string | undefined, lsp: LspDiagnostic[]): void {
    this.publish(path, result, lsp);
    this.emitChange();
  }

  dropped(path: string): void {
    this.clear(path);
    this.emitChange();
  }

  // ── Progress ──────────────────────────────────────────────────────────────────────────────

  /** Reports how far the pass over the whole workspace got (start-up, configuration change). */
  trackProgress(report: (done: number, total: number) => void, done: () => void): void {
    this.progress?.done();
    this.progress = undefined;
    const total = this.workspace.outdatedCount;
    if (total === 0) {
      done(); // already finished while the client set the progress bar up
      return;
    }
    this.progress = { total, lastReport: 0, report, done };
  }

  private advanceProgress(): void {
    const progress = this.progress;
    if (!progress) return;
    const left = this.workspace.outdatedCount;
    if (left === 0) {
      this.progress = undefined;
      progress.done();
    } else if (performance.now() - progress.lastReport > 200) {
      progress.lastReport = performance.now();
      progress.report(Math.max(0, progress.total - left), progress.total);
    }
  }

  // ── The pass ──────────────────────────────────────────────────────────────────────────────

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

  private async flush(): Promise<void> {
    if (this.running) {
      await this.running;
      this.workspace.sync();
      if (this.workspace.outdatedCount > 0) this.schedule(0);
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

  /** The next path to lint: an edited one, then an open one, then any. */
  private next(): string | undefined {
    for (const candidate of this.priority) {
      this.priority.delete(candidate);
      if (this.workspace.isOutdated(candidate)) return candidate;
    }
    // Open documents before closed ones, so what the user sees updates first. (Looked up from the
    // few open buffers: scanning the outdated set instead made a first pass quadratic.)
    return this.workspace.openPaths().find((candidate) => this.workspace.isOutdated(candidate)) ?? this.workspace.anyOutdated();
  }

  private async runFlush(lintNow: boolean): Promise<void> {
    const generation = ++this.generation;
    this.workspace.sync();
    if (!lintNow) {
      // onSave: the index follows the buffer (navigation stays right), findings wait for the save.
      this.priority.clear();
      return;
    }
    let othersChanged = false;
    let sliceStart = performance.now();
    while (!this.disposed) {
      if (generation !== this.generation) return;
      // Edits that arrived meanwhile join this pass.
      this.workspace.sync();
      const path = this.next();
      if (path === undefined) break;
      if (!this.workspace.reports(path)) {
        // Not shown (closed with workspaceDiagnostics off, or disabled): no work until it is.
        this.workspace.drop(path);
        continue;
      }
      const before = this.workspace.lastResult(path)?.resultId;
      const linted = this.workspace.lint(path);
      // Changed findings were published as the workspace announced them; unchanged ones are published again for the new version.
      if (linted && !linted.changed) this.publish(path, linted.result, linted.lsp);
      this.advanceProgress();
      if (linted?.changed && (before !== undefined || !this.workspace.isOpen(path))) othersChanged = true;
      if (performance.now() - sliceStart > SLICE_MS) {
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

  // ── Publishing ────────────────────────────────────────────────────────────────────────────

  private publish(path: string, result: LintResult, lsp: LspDiagnostic[]): void {
    if (!this.options.push || this.disposed) return;
    if (!this.workspace.reports(path)) {
      this.clear(path);
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

  /** Clears what was pushed for a path. */
  private clear(path: string): void {
    if (this.pushed.delete(path) && this.options.push) void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(path), diagnostics: [] });
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

  private emitChange(): void {
    for (const listener of [...this.changeListeners]) listener();
  }

  /** Idle: nothing pending (tests, benchmarks, shutdown). */
  get idle(): boolean {
    return !this.timer && !this.running && this.workspace.outdatedCount === 0;
  }

  /** The project is gone (its folder was removed, or it became part of another): clears what it showed, then stops. */
  clearAndDispose(): void {
    if (this.options.push) for (const path of this.pushed) void this.connection.sendDiagnostics({ uri: this.workspace.uriOf(path), diagnostics: [] });
    this.pushed.clear();
    this.dispose();
  }

  dispose(): void {
    this.disposed = true;
    this.progress?.done();
    this.progress = undefined;
    if (this.timer) clearTimeout(this.timer);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const listener of [...this.changeListeners]) listener();
  }
}
