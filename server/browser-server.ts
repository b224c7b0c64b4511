// The govlint language server in a Web Worker (the VS Code web extension): the same diagnostics
// manager and feature modules as the Node server (server.ts), wired to a workspace whose files
// the client reads through VS Code's file system API (workspace.browser.ts; the web build swaps
// it in for workspace.ts). What the Node server does with the disk — finding the configuration,
// reading changed files, worker threads, releasing memory — is done here by asking the client.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildHierarchyTree, HIERARCHY_REQUEST, type HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';
import { READ_FILE_REQUEST, WORKSPACE_FILES_REQUEST, type ReadFileParams, type ReadFileResult, type WorkspaceFilesParams, type WorkspaceFilesResult } from '../protocol/web-files.ts';
import { BUDGET_MS, guarded } from './budget.ts';
import { DiagnosticsManager } from './diagnostics.ts';
import { clientFeaturesOf, FEATURE_CAPABILITIES } from './capabilities.ts';
import { codeActions } from './features/code-actions.ts';
import { completion } from './features/completion.ts';
import type { FeatureContext } from './features/context.ts';
import { codeLenses, hover } from './features/insight.ts';
import { definition, prepareRename, references, rename } from './features/navigation.ts';
import { documentSymbols, workspaceSymbols } from './features/symbols.ts';
import { ServerWorkspace } from './workspace.browser.ts';
import { isConfigUri, parseSettings } from './workspace-shared.ts';
import type { ServerWorkspace as NodeServerWorkspace } from './workspace.ts';

const WATCH_GLOBS = ['**/*.md', '**/.govlint.{yaml,yml,json}'];

interface InitializationOptions {
  today?: string;
  settings?: unknown;
}

/**
 * The diagnostics manager and the features are typed against the Node workspace; the browser one
 * has every public member of it, with the same types (its `implements` clause checks that), and
 * the web build gives them this module wherever they import workspace.ts.
 */
function asSharedWorkspace(workspace: ServerWorkspace): NodeServerWorkspace {
  return workspace as unknown as NodeServerWorkspace;
}

export function startBrowserServer(connection: Connection): void {
  const buffers = new TextDocuments(TextDocument);
  const workspace = new ServerWorkspace(buffers, (message) => connection.console.error(`govlint: ${message}`));
  const shared = asSharedWorkspace(workspace);
  let diagnostics: DiagnosticsManager | undefined;
  let context: FeatureContext | undefined;
  let configurationRequests = false;
  let dynamicWatchers = false;
  let dynamicConfiguration = false;
  let initialSettings: unknown;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let shuttingDown = false;

  const need = (): FeatureContext => {
    if (!context) throw new Error('not initialized');
    return context;
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? '';
    workspace.setRoot(folder);
    workspace.reader = async () => {
      if (!workspace.root) return [];
      const result = await connection.sendRequest<WorkspaceFilesResult>(WORKSPACE_FILES_REQUEST, { folder: workspace.root } satisfies WorkspaceFilesParams);
      return result.files;
    };
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) workspace.today = options.today;
    initialSettings = options.settings;
    const capabilities = params.capabilities;
    configurationRequests = capabilities.workspace?.configuration === true;
    dynamicWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    // Pushed findings only: VS Code shows pushed and pulled ones side by side.
    diagnostics = new DiagnosticsManager(connection, shared, { push: true, refresh: false });
    context = {
      workspace: shared,
      diagnostics,
      client: clientFeaturesOf(capabilities),
    };
    return {
      capabilities: {
        ...FEATURE_CAPABILITIES,
      },
      serverInfo: { name: 'govlint (web)', version: typeof __GOVLINT_VERSION__ === 'string' ? __GOVLINT_VERSION__ : 'dev' },
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

  const loadAll = async (): Promise<void> => {
    try {
      await workspace.loadAll();
    } catch (error) {
      connection.console.error(`govlint: reading the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (workspace.configError) void connection.window.showErrorMessage(`govlint: ${workspace.configError}`);
  };

  connection.onInitialized(async () => {
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    }
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govlint' }).catch(() => undefined);
    await readSettings();
    await loadAll();
    resolveReady();
    diagnostics?.start();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const previous = workspace.settings;
    if (!configurationRequests) initialSettings = (change.settings as { govlint?: unknown } | undefined)?.govlint ?? initialSettings;
    await readSettings();
    const next = workspace.settings;
    if (previous.lang !== next.lang || previous.enable !== next.enable || previous.workspaceDiagnostics !== next.workspaceDiagnostics) diagnostics?.invalidateAll();
    else diagnostics?.invalidate([]);
  });

  buffers.onDidChangeContent((change) => {
    const path = workspace.pathOf(change.document.uri);
    if (path && !shuttingDown) diagnostics?.changed(path);
  });
  buffers.onDidSave((change) => {
    const path = workspace.pathOf(change.document.uri);
    if (path) {
      // What was saved is the file's text now.
      workspace.setSource(path, change.document.getText());
      diagnostics?.saved(path);
    }
  });
  buffers.onDidClose((change) => {
    const path = workspace.pathOf(change.document.uri);
    if (!path || !diagnostics) return;
    // The file as last read is the truth again (unsaved changes are dropped).
    const affected = workspace.isIncluded(path) ? workspace.updateFromDisk(path) : workspace.remove(path);
    if (!workspace.settings.workspaceDiagnostics || !workspace.index.get(path)) diagnostics.forget(path);
    diagnostics.invalidate(affected);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    if (!diagnostics) return;
    let configChanged = false;
    for (const change of params.changes) {
      if (isConfigUri(change.uri)) {
        configChanged = true;
        continue;
      }
      const path = workspace.pathOf(change.uri);
      if (!path || !path.toLowerCase().endsWith('.md') || workspace.isOpen(path)) continue;
      if (change.type === FileChangeType.Deleted) {
        workspace.setSource(path, undefined);
        diagnostics.invalidate(workspace.remove(path));
        diagnostics.forget(path);
        continue;
      }
      let read: ReadFileResult = null;
      try {
        read = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri: change.uri } satisfies ReadFileParams);
      } catch (error) {
        connection.console.error(`govlint: cannot read ${path}: ${String(error)}`);
      }
      workspace.setSource(path, read?.text);
      if (workspace.isIncluded(path)) {
        diagnostics.invalidate(workspace.updateFromDisk(path));
        if (!workspace.index.get(path)) diagnostics.forget(path);
      }
    }
    if (configChanged) {
      const before = new Set(workspace.index.documents().map((document) => document.path));
      await loadAll();
      for (const path of before) if (!workspace.index.get(path)) diagnostics.forget(path);
      diagnostics.invalidateAll();
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
  connection.onWorkspaceSymbol(guarded(connection, 'workspaceSymbol', BUDGET_MS.navigation, [], async (params, budget) => (await ready, workspaceSymbols([need()], params.query, budget))));
  connection.onCodeLens(guarded(connection, 'codeLens', BUDGET_MS.navigation, [], async (params, budget) => (await ready, codeLenses(need(), params.textDocument.uri, budget))));
  connection.onRequest(HIERARCHY_REQUEST, async (): Promise<HierarchyTree> => {
    await ready;
    const results = diagnostics?.allResults() ?? [];
    return buildHierarchyTree({
      index: workspace.index,
      findings: results.map(([path, result]) => [path, result.diagnostics] as const),
      uriOf: (path) => workspace.uriOf(path),
      ...(workspace.config.file !== undefined ? { lang: workspace.config.lang } : {}),
    });
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    diagnostics?.dispose();
  });

  buffers.listen(connection);
  connection.listen();
}

declare const __GOVLINT_VERSION__: string | undefined;
