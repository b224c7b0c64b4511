// The govlint language server: wires the LSP connection to the workspace, the diagnostics
// manager and the features under server/features/.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BUDGET_MS, guarded } from './budget.ts';
import { DiagnosticsManager } from './diagnostics.ts';
import { codeActions, FIX_ALL_KIND } from './features/code-actions.ts';
import { completion } from './features/completion.ts';
import type { FeatureContext } from './features/context.ts';
import { codeLenses, hover } from './features/insight.ts';
import { definition, prepareRename, references, rename } from './features/navigation.ts';
import { documentSymbols, workspaceSymbols } from './features/symbols.ts';
import { MemoryReleaser } from './memory.ts';
import { parseSettings, ServerWorkspace } from './workspace.ts';
import { buildHierarchyTree, HIERARCHY_REQUEST, type HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';

export const WATCH_GLOBS = ['**/*.md', '**/.govlint.{yaml,yml,json}'];

/**
 * `initializationOptions` a client may send:
 *  - `diagnosticMode`: `push` (publishDiagnostics only), `pull` (only textDocument/diagnostic and
 *    workspace/diagnostic, when the client supports them), `both` (default: push for every client,
 *    pull too when the client supports it). A pull client that also shows pushed findings (VS Code)
 *    should pick one of the two to avoid seeing them twice.
 *  - `today`: ISO date that date rules treat as today (reproducible tests).
 *  - `settings`: the `govlint` settings, for clients without workspace/configuration.
 */
interface InitializationOptions {
  diagnosticMode?: 'push' | 'pull' | 'both';
  today?: string;
  settings?: unknown;
}

export function startServer(connection: Connection): void {
  const buffers = new TextDocuments(TextDocument);
  const workspace = new ServerWorkspace(buffers, (message) => connection.console.error(`govlint: ${message}`));
  let diagnostics: DiagnosticsManager | undefined;
  let context: FeatureContext | undefined;
  let configurationRequests = false;
  let dynamicWatchers = false;
  let dynamicConfiguration = false;
  let initialSettings: unknown;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let shuttingDown = false;
  const memory = new MemoryReleaser();

  let progressSupported = false;

  /** A progress bar over the pass that lints the whole workspace. */
  const showProgress = async (manager: DiagnosticsManager): Promise<void> => {
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      const total = workspace.index.size;
      reporter.begin('govlint', 0, `0/${total}`);
      manager.trackProgress(
        (done, all) => reporter.report(Math.round((done / Math.max(1, all)) * 100), `${done}/${all}`),
        () => reporter.done(),
      );
    } catch {
      // The client refused the progress token: no progress bar.
    }
  };

  const need = (): FeatureContext => {
    if (!context) throw new Error('not initialized');
    return context;
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder) {
      try {
        workspace.setRoot(fileURLToPath(folder));
      } catch {
        workspace.setRoot(process.cwd());
      }
    } else workspace.setRoot(process.cwd());
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) workspace.today = options.today;
    initialSettings = options.settings;
    const capabilities = params.capabilities;
    const pullSupported = capabilities.textDocument?.diagnostic !== undefined;
    const mode = options.diagnosticMode ?? 'both';
    const pull = pullSupported && mode !== 'push';
    const push = mode !== 'pull' || !pullSupported;
    configurationRequests = capabilities.workspace?.configuration === true;
    progressSupported = capabilities.window?.workDoneProgress === true;
    dynamicWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    diagnostics = new DiagnosticsManager(connection, workspace, {
      push,
      refresh: pull && capabilities.workspace?.diagnostics?.refreshSupport === true,
    });
    context = {
      workspace,
      diagnostics,
      client: {
        snippetEdits: capabilities.workspace?.workspaceEdit?.snippetEditSupport === true && capabilities.workspace.workspaceEdit.documentChanges === true,
        markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
      },
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: [':', ' ', ',', '#', '['] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: 'govlint', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'govlint', version: typeof __GOVLINT_VERSION__ === 'string' ? __GOVLINT_VERSION__ : 'dev' },
    };
  });

  const readSettings = async (): Promise<void> => {
    let value: unknown = initialSettings;
    if (configurationRequests) {
      try {
        value = await connection.workspace.getConfiguration({ section: 'govlint', scopeUri: workspace.uriOf('') });
      } catch (error) {
        connection.console.error(`govlint: cannot read settings: ${String(error)}`);
      }
    }
    workspace.settings = parseSettings(value);
  };

  connection.onInitialized(async () => {
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    }
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govlint' }).catch(() => undefined);
    try {
      await readSettings();
      await workspace.loadAll();
    } catch (error) {
      connection.console.error(`govlint: loading the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    resolveReady();
    if (workspace.configError) void connection.window.showErrorMessage(`govlint: ${workspace.configError}`);
    diagnostics?.start();
    if (progressSupported && diagnostics && workspace.index.size > 0) void showProgress(diagnostics);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const previous = workspace.settings;
    if (!configurationRequests) initialSettings = (change.settings as { govlint?: unknown } | undefined)?.govlint ?? initialSettings;
    await readSettings();
    const next = workspace.settings;
    if (previous.lang !== next.lang || previous.enable !== next.enable || previous.workspaceDiagnostics !== next.workspaceDiagnostics) {
      // Re-lint everything: what is shown, and in which language, changed (hidden paths are cleared by the pass).
      diagnostics?.invalidateAll();
    } else {
      diagnostics?.invalidate([]); // e.g. onSave → onType: what waited for a save is linted now
    }
  });

  buffers.onDidChangeContent((change) => {
    const path = workspace.pathOf(change.document.uri);
    if (path && !shuttingDown) diagnostics?.changed(path);
  });
  buffers.onDidSave((change) => {
    const path = workspace.pathOf(change.document.uri);
    if (path) diagnostics?.saved(path);
  });
  buffers.onDidClose((change) => {
    memory.closed(change.document.getText().length);
    const path = workspace.pathOf(change.document.uri);
    if (!path || !diagnostics) return;
    // The file on disk is the truth again (unsaved changes are dropped).
    const affected = workspace.isIncluded(path) ? workspace.updateFromDisk(path) : workspace.remove(path);
    if (!workspace.settings.workspaceDiagnostics || !workspace.index.get(path)) diagnostics.forget(path);
    diagnostics.invalidate(affected);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    if (!diagnostics) return;
    let configChanged = false;
    for (const change of params.changes) {
      if (workspace.isConfigUri(change.uri)) {
        configChanged = true;
        continue;
      }
      const path = workspace.pathOf(change.uri);
      if (!path || !path.toLowerCase().endsWith('.md') || workspace.isOpen(path)) continue;
      if (change.type === FileChangeType.Deleted) {
        diagnostics.invalidate(workspace.remove(path));
        diagnostics.forget(path);
      } else if (workspace.isIncluded(path)) {
        diagnostics.invalidate(workspace.updateFromDisk(path));
        // Not read (now a symbolic link, or behind one): nothing is shown for it.
        if (!workspace.index.get(path)) diagnostics.forget(path);
      }
    }
    if (configChanged) {
      workspace.loadConfig();
      if (workspace.configError) void connection.window.showErrorMessage(`govlint: ${workspace.configError}`);
      const before = new Set(workspace.index.documents().map((document) => document.path));
      await workspace.loadAll();
      for (const path of before) if (!workspace.index.get(path)) diagnostics.forget(path);
      diagnostics.invalidateAll();
      if (progressSupported && workspace.index.size > 0) void showProgress(diagnostics);
    }
  });

  // Pull diagnostics.
  connection.languages.diagnostics.on(
    guarded<DocumentDiagnosticParams, DocumentDiagnosticReport, DiagnosticServerCancellationData>(connection, 'textDocument/diagnostic', BUDGET_MS.workspace, { kind: 'full', items: [] } as DocumentDiagnosticReport, async (params) => {
      await ready;
      const path = workspace.pathOf(params.textDocument.uri);
      if (!path || !diagnostics || !diagnostics.reports(path)) return { kind: 'full', items: [] };
      const result = diagnostics.fresh(path);
      if (!result) return { kind: 'full', items: [] };
      if (params.previousResultId === result.resultId) return { kind: 'unchanged', resultId: result.resultId };
      return { kind: 'full', resultId: result.resultId, items: diagnostics.lspDiagnostics(result) };
    }),
  );
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    await ready;
    const manager = diagnostics;
    if (!manager) return { items: [] };
    const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
    for (;;) {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      const seen = new Set<string>();
      for (const [path, result] of manager.allResults()) {
        const uri = workspace.uriOf(path);
        seen.add(uri);
        if (previous.get(uri) === result.resultId) continue;
        items.push({ kind: 'full', uri, version: workspace.buffer(path)?.version ?? null, resultId: result.resultId, items: manager.lspDiagnostics(result) });
      }
      for (const uri of previous.keys()) if (!seen.has(uri)) items.push({ kind: 'full', uri, version: null, items: [] });
      if (items.length > 0 || previous.size === 0 || token.isCancellationRequested || shuttingDown) return { items };
      // Nothing new: hold the request until something changes (long poll), so the client does not spin.
      await new Promise<void>((resolve) => {
        const subscription = token.onCancellationRequested(() => resolve());
        void manager.nextChange().then(() => {
          subscription.dispose();
          resolve();
        });
      });
    }
  });

  connection.onCodeAction(guarded(connection, 'codeAction', BUDGET_MS.fast, [], async (params, budget) => (await ready, codeActions(need(), params, budget))));
  connection.onHover(guarded(connection, 'hover', BUDGET_MS.fast, null, async (params, budget) => (await ready, hover(need(), params.textDocument.uri, params.position, budget))));
  connection.onDefinition(guarded(connection, 'definition', BUDGET_MS.navigation, [], async (params, budget) => (await ready, definition(need(), params.textDocument.uri, params.position, budget))));
  connection.onReferences(
    guarded(connection, 'references', BUDGET_MS.workspace, [], async (params, budget) => (await ready, references(need(), params.textDocument.uri, params.position, params.context.includeDeclaration, budget))),
  );
  connection.onPrepareRename(guarded(connection, 'prepareRename', BUDGET_MS.fast, null, async (params) => (await ready, prepareRename(need(), params.textDocument.uri, params.position))));
  connection.onRenameRequest(guarded(connection, 'rename', BUDGET_MS.workspace, null, async (params, budget) => (await ready, rename(need(), params.textDocument.uri, params.position, params.newName, budget))));
  connection.onCompletion(
    guarded(connection, 'completion', BUDGET_MS.fast, { isIncomplete: false, items: [] }, async (params, budget) => (await ready, completion(need(), params.textDocument.uri, params.position, budget))),
  );
  connection.onDocumentSymbol(guarded(connection, 'documentSymbol', BUDGET_MS.navigation, [], async (params, budget) => (await ready, documentSymbols(need(), params.textDocument.uri, budget))));
  connection.onWorkspaceSymbol(guarded(connection, 'workspaceSymbol', BUDGET_MS.navigation, [], async (params, budget) => (await ready, workspaceSymbols(need(), params.query, budget))));
  connection.onCodeLens(guarded(connection, 'codeLens', BUDGET_MS.navigation, [], async (params, budget) => (await ready, codeLenses(need(), params.textDocument.uri, budget))));
  // govlint/hierarchy (custom, used by the VS Code extension's tree view): the document tree with each document's findings.
  connection.onRequest(HIERARCHY_REQUEST, async (): Promise<HierarchyTree> => {
    await ready;
    const results = diagnostics?.allResults() ?? [];
    return buildHierarchyTree({
      index: workspace.index,
      findings: results.map(([path, result]) => [path, result.diagnostics] as const),
      uriOf: (path) => workspace.uriOf(path),
      // The workspace's language, which the extension's UI follows: only a configuration file sets it (the built-in default is no choice).
      ...(workspace.config.file !== undefined ? { lang: workspace.config.lang } : {}),
    });
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    memory.dispose();
    diagnostics?.dispose();
  });

  buffers.listen(connection);
  connection.listen();
}

declare const __GOVLINT_VERSION__: string | undefined;
