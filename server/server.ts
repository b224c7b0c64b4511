// The govlint language server: wires the LSP connection to the projects of the workspace (one
// per folder, see projects.ts), each with its diagnostics manager, and the features under server/features/.
import { dirname, resolve } from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
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
import { DiagnosticsManager, type DiagnosticsOptions } from './diagnostics.ts';
import { clientFeaturesOf, FEATURE_CAPABILITIES } from './capabilities.ts';
import { codeActions } from './features/code-actions.ts';
import { completion } from './features/completion.ts';
import type { FeatureContext } from './features/context.ts';
import { codeLenses, hover } from './features/insight.ts';
import { definition, prepareRename, references, rename } from './features/navigation.ts';
import { documentSymbols, workspaceSymbols } from './features/symbols.ts';
import { MemoryReleaser } from './memory.ts';
import { folderFromUri, ProjectSet, type LayoutChange, type Project, type ProjectFolder } from './projects.ts';
import { isConfigUri, parseSettings, ServerWorkspace } from './workspace.ts';
import {
  buildHierarchyTree,
  HIERARCHY_REQUEST,
  mergeHierarchyTrees,
  type HierarchyParams,
  type HierarchyProject,
  type HierarchyTree,
} from '../engine/workspace/hierarchy-tree.ts';

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
  const log = (message: string): void => connection.console.error(`govlint: ${message}`);
  let projects: ProjectSet | undefined;
  let configurationRequests = false;
  let dynamicWatchers = false;
  let dynamicConfiguration = false;
  let initialSettings: unknown;
  let initialFolders: ProjectFolder[] = [];
  let today: string | undefined;
  let diagnosticsOptions: DiagnosticsOptions = { push: true, refresh: false };
  let clientFeatures: FeatureContext['client'] = { snippetEdits: false, markdownHover: false };
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let shuttingDown = false;
  const memory = new MemoryReleaser();
  /** Layout changes (folders added or removed, configuration files created or deleted) one at a time. */
  let layoutQueue: Promise<void> = Promise.resolve();
  const layoutListeners = new Set<() => void>();

  let progressSupported = false;

  /** A progress bar over the pass that lints a whole project. */
  const showProgress = async (project: Project): Promise<void> => {
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      const total = project.workspace.index.size;
      reporter.begin(projects && projects.size > 1 ? `govlint: ${project.name}` : 'govlint', 0, `0/${total}`);
      project.diagnostics.trackProgress(
        (done, all) => reporter.report(Math.round((done / Math.max(1, all)) * 100), `${done}/${all}`),
        () => reporter.done(),
      );
    } catch {
      // The client refused the progress token: no progress bar.
    }
  };

  const createProject = (root: string, name: string): Project => {
    const workspace = new ServerWorkspace(buffers, log);
    workspace.today = today;
    workspace.setRoot(root);
    const diagnostics = new DiagnosticsManager(connection, workspace, diagnosticsOptions);
    return { root, name, workspace, diagnostics, context: { workspace, diagnostics, client: clientFeatures }, ready: Promise.resolve() };
  };

  /** An error in a project's configuration file, shown to the user (with the project's name when there are several). */
  const showConfigError = (project: Project): void => {
    const error = project.workspace.configError;
    if (error) void connection.window.showErrorMessage(projects && projects.size > 1 ? `govlint (${project.name}): ${error}` : `govlint: ${error}`);
  };

  const need = (project: Project | undefined): FeatureContext => {
    if (!project) throw new Error('not initialized');
    return project.context;
  };

  /** The project of a document, once it is loaded. */
  const routed = async (uri: string): Promise<Project | undefined> => {
    await ready;
    const project = projects?.forUri(uri);
    await project?.ready;
    return project;
  };

  connection.onInitialize((params): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((folder) => folderFromUri(folder.uri, folder.name)).filter((folder): folder is ProjectFolder => folder !== undefined);
    if (folders.length === 0 && params.rootUri) {
      const root = folderFromUri(params.rootUri);
      if (root) folders.push(root);
    }
    initialFolders = folders;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) today = options.today;
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
    diagnosticsOptions = { push, refresh: pull && capabilities.workspace?.diagnostics?.refreshSupport === true };
    clientFeatures = clientFeaturesOf(capabilities);
    projects = new ProjectSet(createProject, process.cwd());
    // Folders added or removed later. Registered here, after the library's own handler for the
    // method (which it sets up only for clients that declare workspace folders), so every client's counts.
    connection.onNotification(DidChangeWorkspaceFoldersNotification.type, (change) => {
      const removed = new Set(change.event.removed.map((folder) => folderFromUri(folder.uri)?.root));
      const added = change.event.added.map((folder) => folderFromUri(folder.uri, folder.name)).filter((folder): folder is ProjectFolder => folder !== undefined);
      relayout((set) => set.setFolders([...set.folders.filter((folder) => !removed.has(folder.root)), ...added]));
    });
    return {
      capabilities: {
        ...FEATURE_CAPABILITIES,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(pull ? { diagnosticProvider: { identifier: 'govlint', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'govlint', version: typeof __GOVLINT_VERSION__ === 'string' ? __GOVLINT_VERSION__ : 'dev' },
    };
  });

  /** Reads the settings of a project's folder (they may differ per folder). */
  const readSettings = async (project: Project): Promise<void> => {
    let value: unknown = initialSettings;
    if (configurationRequests) {
      try {
        value = await connection.workspace.getConfiguration({ section: 'govlint', scopeUri: project.workspace.uriOf('') });
      } catch (error) {
        log(`cannot read settings: ${String(error)}`);
      }
    }
    project.workspace.settings = parseSettings(value);
  };

  /** Reads a new project's settings and files, then lints it. */
  const load = async (project: Project): Promise<void> => {
    try {
      await readSettings(project);
      await project.workspace.loadAll();
    } catch (error) {
      log(`loading ${project.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (shuttingDown) return;
    showConfigError(project);
    project.diagnostics.start();
    if (progressSupported && project.workspace.index.size > 0) void showProgress(project);
  };

  /** Reads a project's configuration and files again (its configuration changed, or a project inside it came or went). */
  const reload = async (project: Project): Promise<void> => {
    project.workspace.loadConfig();
    showConfigError(project);
    const before = new Set(project.workspace.index.documents().map((document) => document.path));
    try {
      await project.workspace.loadAll();
    } catch (error) {
      log(`loading ${project.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const path of before) if (!project.workspace.index.get(path)) project.diagnostics.forget(path);
    project.diagnostics.invalidateAll();
    if (progressSupported && project.workspace.index.size > 0) void showProgress(project);
  };

  /**
   * Lays the projects out again and brings each up to date. What a project no longer shows is
   * cleared before any project lints, so a document that changes project is never left with
   * the old project's findings after the new one's.
   */
  const relayout = (change: (set: ProjectSet) => Promise<LayoutChange>, reloadAlso: (project: Project) => boolean = () => false): void => {
    layoutQueue = layoutQueue.then(async () => {
      await ready;
      const set = projects;
      if (!set || shuttingDown) return;
      const { added, removed, reshaped } = await change(set);
      for (const project of removed) project.diagnostics.clearAndDispose();
      for (const project of reshaped) {
        const { dropped, affected } = project.workspace.dropNested();
        for (const path of dropped) project.diagnostics.forget(path);
        project.diagnostics.invalidate(affected);
      }
      const work: Array<Promise<void>> = [];
      for (const project of added) work.push((project.ready = load(project)));
      for (const project of set.all()) {
        if (added.includes(project) || !(reshaped.includes(project) || reloadAlso(project))) continue;
        work.push((project.ready = reload(project)));
      }
      await Promise.all(work);
      // Open documents that changed project without being read by their new one (a folder was removed: the first folder's project takes them).
      for (const buffer of buffers.all()) {
        const owner = set.forUri(buffer.uri);
        const path = owner?.workspace.pathOf(buffer.uri);
        if (owner && path !== undefined && !owner.workspace.index.get(path)) owner.diagnostics.changed(path);
      }
      for (const listener of [...layoutListeners]) listener();
    }).catch((error: unknown) => log(`updating the workspace folders failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  };

  connection.onInitialized(async () => {
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    }
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govlint' }).catch(() => undefined);
    const set = projects;
    if (set) {
      try {
        const { added } = await set.setFolders(initialFolders);
        await Promise.all(added.map((project) => (project.ready = load(project))));
      } catch (error) {
        log(`loading the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    resolveReady();
  });

  connection.onDidChangeConfiguration(async (change) => {
    await ready;
    if (!configurationRequests) initialSettings = (change.settings as { govlint?: unknown } | undefined)?.govlint ?? initialSettings;
    for (const project of projects?.all() ?? []) {
      const previous = project.workspace.settings;
      await readSettings(project);
      const next = project.workspace.settings;
      if (previous.lang !== next.lang || previous.enable !== next.enable || previous.workspaceDiagnostics !== next.workspaceDiagnostics) {
        // Re-lint everything: what is shown, and in which language, changed (hidden paths are cleared by the pass).
        project.diagnostics.invalidateAll();
      } else {
        project.diagnostics.invalidate([]); // e.g. onSave → onType: what waited for a save is linted now
      }
    }
  });

  /** The project and path of an open document, when it has both. */
  const locate = (uri: string): { project: Project; path: string } | undefined => {
    const project = projects?.forUri(uri);
    const path = project?.workspace.pathOf(uri);
    return project && path !== undefined ? { project, path } : undefined;
  };

  buffers.onDidChangeContent((change) => {
    const found = locate(change.document.uri);
    if (found && !shuttingDown) found.project.diagnostics.changed(found.path);
  });
  buffers.onDidSave((change) => {
    const found = locate(change.document.uri);
    if (found) found.project.diagnostics.saved(found.path);
  });
  buffers.onDidClose((change) => {
    memory.closed(change.document.getText().length);
    const found = locate(change.document.uri);
    if (!found) return;
    const { project, path } = found;
    const { workspace, diagnostics } = project;
    // The file on disk is the truth again (unsaved changes are dropped).
    const affected = workspace.isIncluded(path) ? workspace.updateFromDisk(path) : workspace.remove(path);
    if (!workspace.settings.workspaceDiagnostics || !workspace.index.get(path)) diagnostics.forget(path);
    diagnostics.invalidate(affected);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    const set = projects;
    if (!set) return;
    const configFiles: string[] = [];
    for (const change of params.changes) {
      if (isConfigUri(change.uri)) {
        const file = folderFromUri(change.uri)?.root;
        if (file) configFiles.push(file);
        continue;
      }
      const found = locate(change.uri);
      if (!found) continue;
      const { project, path } = found;
      const { workspace, diagnostics } = project;
      if (!path.toLowerCase().endsWith('.md') || workspace.isOpen(path)) continue;
      await project.ready;
      if (change.type === FileChangeType.Deleted) {
        diagnostics.invalidate(workspace.remove(path));
        diagnostics.forget(path);
      } else if (workspace.isIncluded(path)) {
        diagnostics.invalidate(workspace.updateFromDisk(path));
        // Not read (now a symbolic link, or behind one): nothing is shown for it.
        if (!workspace.index.get(path)) diagnostics.forget(path);
      }
    }
    if (configFiles.length > 0) {
      // A configuration file may also have made (or unmade) a project of its folder.
      const folders = new Set(configFiles.map((file) => dirname(file)));
      relayout(
        (current) => current.relayout(),
        (project) => folders.has(project.root) || (project.workspace.config.file !== undefined && configFiles.includes(resolve(project.workspace.config.file))),
      );
    }
  });

  // Pull diagnostics.
  connection.languages.diagnostics.on(
    guarded<DocumentDiagnosticParams, DocumentDiagnosticReport, DiagnosticServerCancellationData>(connection, 'textDocument/diagnostic', BUDGET_MS.workspace, { kind: 'full', items: [] }, async (params) => {
      const project = await routed(params.textDocument.uri);
      const path = project?.workspace.pathOf(params.textDocument.uri);
      if (!project || !path || !project.diagnostics.reports(path)) return { kind: 'full', items: [] };
      const result = project.diagnostics.fresh(path);
      if (!result) return { kind: 'full', items: [] };
      if (params.previousResultId === result.resultId) return { kind: 'unchanged', resultId: result.resultId };
      return { kind: 'full', resultId: result.resultId, items: project.diagnostics.lspDiagnostics(result) };
    }),
  );
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    await ready;
    const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
    for (;;) {
      await layoutQueue;
      const all = projects?.all() ?? [];
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      const seen = new Set<string>();
      for (const { workspace, diagnostics } of all) {
        for (const [path, result] of diagnostics.allResults()) {
          const uri = workspace.uriOf(path);
          seen.add(uri);
          if (previous.get(uri) === result.resultId) continue;
          items.push({ kind: 'full', uri, version: workspace.buffer(path)?.version ?? null, resultId: result.resultId, items: diagnostics.lspDiagnostics(result) });
        }
      }
      for (const uri of previous.keys()) if (!seen.has(uri)) items.push({ kind: 'full', uri, version: null, items: [] });
      if (items.length > 0 || previous.size === 0 || token.isCancellationRequested || shuttingDown) return { items };
      // Nothing new: hold the request until something changes (long poll), so the client does not spin.
      await new Promise<void>((resolve) => {
        const stops: Array<() => void> = [];
        const done = (): void => {
          for (const stop of stops) stop();
          resolve();
        };
        const subscription = token.onCancellationRequested(done);
        stops.push(() => subscription.dispose(), () => layoutListeners.delete(done));
        layoutListeners.add(done);
        for (const { diagnostics } of all) stops.push(diagnostics.onNextChange(done));
      });
    }
  });

  connection.onCodeAction(guarded(connection, 'codeAction', BUDGET_MS.fast, [], async (params, budget) => codeActions(need(await routed(params.textDocument.uri)), params, budget)));
  connection.onHover(guarded(connection, 'hover', BUDGET_MS.fast, null, async (params, budget) => hover(need(await routed(params.textDocument.uri)), params.textDocument.uri, params.position, budget)));
  connection.onDefinition(
    guarded(connection, 'definition', BUDGET_MS.navigation, [], async (params, budget) => definition(need(await routed(params.textDocument.uri)), params.textDocument.uri, params.position, budget)),
  );
  connection.onReferences(
    guarded(connection, 'references', BUDGET_MS.workspace, [], async (params, budget) =>
      references(need(await routed(params.textDocument.uri)), params.textDocument.uri, params.position, params.context.includeDeclaration, budget),
    ),
  );
  connection.onPrepareRename(guarded(connection, 'prepareRename', BUDGET_MS.fast, null, async (params) => prepareRename(need(await routed(params.textDocument.uri)), params.textDocument.uri, params.position)));
  connection.onRenameRequest(
    guarded(connection, 'rename', BUDGET_MS.workspace, null, async (params, budget) => rename(need(await routed(params.textDocument.uri)), params.textDocument.uri, params.position, params.newName, budget)),
  );
  connection.onCompletion(
    guarded(connection, 'completion', BUDGET_MS.fast, { isIncomplete: false, items: [] }, async (params, budget) =>
      completion(need(await routed(params.textDocument.uri)), params.textDocument.uri, params.position, budget),
    ),
  );
  connection.onDocumentSymbol(guarded(connection, 'documentSymbol', BUDGET_MS.navigation, [], async (params, budget) => documentSymbols(need(await routed(params.textDocument.uri)), params.textDocument.uri, budget)));
  connection.onWorkspaceSymbol(
    guarded(connection, 'workspaceSymbol', BUDGET_MS.navigation, [], async (params, budget) => {
      await ready;
      await layoutQueue;
      return workspaceSymbols(
        (projects?.all() ?? []).map((project) => project.context),
        params.query,
        budget,
      );
    }),
  );
  connection.onCodeLens(guarded(connection, 'codeLens', BUDGET_MS.navigation, [], async (params, budget) => codeLenses(need(await routed(params.textDocument.uri)), params.textDocument.uri, budget)));
  // govlint/hierarchy (custom, used by the VS Code extension's tree view): the document tree of
  // every project with each document's findings, or of the project of `params.uri` alone.
  connection.onRequest(HIERARCHY_REQUEST, async (params: HierarchyParams | null | undefined): Promise<HierarchyTree> => {
    await ready;
    await layoutQueue;
    const uri = params && typeof params.uri === 'string' ? params.uri : undefined;
    const selected = uri !== undefined ? [projects?.forUri(uri)].filter((project): project is Project => project !== undefined) : (projects?.all() ?? []);
    const trees: HierarchyProject[] = [];
    for (const project of selected) {
      await project.ready;
      const { workspace, diagnostics } = project;
      const tree = buildHierarchyTree({
        index: workspace.index,
        findings: diagnostics.allResults().map(([path, result]) => [path, result.diagnostics] as const),
        uriOf: (path) => workspace.uriOf(path),
        // The project's language, which the extension's UI follows: only a configuration file sets it (the built-in default is no choice).
        ...(workspace.config.file !== undefined ? { lang: workspace.config.lang } : {}),
      });
      trees.push({ ...tree, uri: workspace.uriOf(''), name: project.name });
    }
    return mergeHierarchyTrees(trees);
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    memory.dispose();
    for (const project of projects?.all() ?? []) project.diagnostics.dispose();
  });

  buffers.listen(connection);
  connection.listen();
}

declare const __GOVLINT_VERSION__: string | undefined;
