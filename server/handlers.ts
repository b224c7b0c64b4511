// The request and notification handlers both language servers share — the Node server
// (server.ts: projects per folder, files on disk) and the web extension's (browser-server.ts: one
// project, files read through the client). Each server says how documents map to projects (a
// `ServerHost`); this module wires buffers, settings, diagnostics and every feature to them, once.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildHierarchyTree, HIERARCHY_REQUEST, mergeHierarchyTrees, type HierarchyParams, type HierarchyProject, type HierarchyTree } from '../engine/api/model.ts';
import { BUDGET_MS, guarded } from './budget.ts';
import type { DiagnosticsManager } from './diagnostics.ts';
import { codeActions } from './features/code-actions.ts';
import { completion } from './features/completion.ts';
import type { ClientFeatures, FeatureContext } from './features/context.ts';
import { codeLenses, hover } from './features/insight.ts';
import { definition, prepareRename, references, rename } from './features/navigation.ts';
import { documentSymbols, workspaceSymbols } from './features/symbols.ts';
import type { WorkspaceState } from './workspace-state.ts';
import { parseSettings } from './workspace-shared.ts';

export const WATCH_GLOBS = ['**/*.md', '**/.govlint.{yaml,yml,json}'];

/** A project as the handlers see it: its state and the scheduler that publishes its findings. */
export interface ServedProject {
  readonly name: string;
  readonly workspace: WorkspaceState;
  readonly diagnostics: DiagnosticsManager;
}

/** How a server maps documents to its projects. */
export interface ServerHost {
  /** The project and path of a document now, without waiting (notifications). */
  locate(uri: string): { project: ServedProject; path: string } | undefined;
  /** The project of a document or folder, once it is loaded (requests). */
  projectOf(uri: string): Promise<ServedProject | undefined>;
  /** Every project, once loaded and laid out. */
  projects(): Promise<readonly ServedProject[]>;
  /** Calls `listener` once when the projects are laid out again; returns a function that stops waiting. */
  onNextLayout(listener: () => void): () => void;
  /** What the client can do (known once initialized). */
  readonly client: ClientFeatures;
  readonly shuttingDown: boolean;
}

/** The date date rules take as today, when `initializationOptions.today` fixes one (tests). */
export function fixedToday(params: InitializeParams): string | undefined {
  const today = (params.initializationOptions as { today?: unknown } | null | undefined)?.today;
  return typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined;
}

/** Registers the watched files and the settings section with a client that registers them dynamically. */
export function registerDynamically(connection: Connection, capabilities: ClientCapabilities): void {
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
  }
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govlint' }).catch(() => undefined);
  }
}

/** The `govlint` settings of each project: asked with its folder as scope, or as the client sent them. */
export class SettingsReader {
  private configurationRequests = false;
  private initial: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly log: (message: string) => void,
  ) {}

  initialize(params: InitializeParams): void {
    this.configurationRequests = params.capabilities.workspace?.configuration === true;
    this.initial = (params.initializationOptions as { settings?: unknown } | null | undefined)?.settings;
  }

  /** Reads the settings of a project's folder (they may differ per folder). */
  async read(workspace: WorkspaceState): Promise<void> {
    let value: unknown = this.initial;
    if (this.configurationRequests) {
      try {
        value = await this.connection.workspace.getConfiguration({ section: 'govlint', scopeUri: workspace.uriOf('') });
      } catch (error) {
        this.log(`cannot read settings: ${String(error)}`);
      }
    }
    workspace.settings = parseSettings(value);
  }

  /** Settings sent with `workspace/didChangeConfiguration` (clients without workspace/configuration). */
  changed(settings: unknown): void {
    if (!this.configurationRequests) this.initial = (settings as { govlint?: unknown } | undefined)?.govlint ?? this.initial;
  }
}

/** Wires the buffers, the settings, the diagnostics and every feature of both servers. */
export function registerHandlers(connection: Connection, buffers: TextDocuments<TextDocument>, host: ServerHost, settings: SettingsReader): void {
  const context = (project: ServedProject | undefined): FeatureContext => {
    if (!project) throw new Error('not initialized');
    return { snapshot: project.workspace.snapshot(), client: host.client };
  };
  const contextOf = async (uri: string): Promise<FeatureContext> => context(await host.projectOf(uri));

  // The state reads the buffers itself (workspace-state.ts): the scheduler only learns that something happened.
  buffers.onDidChangeContent((change) => {
    const found = host.locate(change.document.uri);
    if (found && !host.shuttingDown) found.project.diagnostics.edited(found.path);
  });
  buffers.onDidSave((change) => {
    const found = host.locate(change.document.uri);
    if (found) found.project.diagnostics.saved(found.path);
  });
  buffers.onDidClose((change) => host.locate(change.document.uri)?.project.diagnostics.poke());

  connection.onDidChangeConfiguration(async (change) => {
    settings.changed(change.settings);
    for (const project of await host.projects()) {
      const previous = project.workspace.settings;
      await settings.read(project.workspace);
      const next = project.workspace.settings;
      if (previous.lang !== next.lang || previous.enable !== next.enable || previous.workspaceDiagnostics !== next.workspaceDiagnostics) {
        // Re-lint everything: what is shown, and in which language, changed (hidden paths are cleared by the pass).
        project.workspace.outdateAll();
      } else {
        project.diagnostics.poke(); // e.g. onSave → onType: what waited for a save is linted now
      }
    }
  });

  // Pull diagnostics.
  connection.languages.diagnostics.on(
    guarded<DocumentDiagnosticParams, DocumentDiagnosticReport, DiagnosticServerCancellationData>(
      connection,
      'textDocument/diagnostic',
      BUDGET_MS.workspace,
      { kind: 'full', items: [] },
      async (params) => {
        const project = await host.projectOf(params.textDocument.uri);
        const snapshot = project?.workspace.snapshot();
        const path = snapshot?.pathOf(params.textDocument.uri);
        if (!project || !snapshot || !path || !project.workspace.reports(path)) return { kind: 'full', items: [] };
        const result = snapshot.findings(path);
        if (!result) return { kind: 'full', items: [] };
        if (params.previousResultId === result.resultId) return { kind: 'unchanged', resultId: result.resultId };
        return { kind: 'full', resultId: result.resultId, items: snapshot.lspDiagnostics(result) };
      },
    ),
  );
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
    for (;;) {
      const all = await host.projects();
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      const seen = new Set<string>();
      for (const { workspace } of all) {
        for (const [path, result] of workspace.reportedResults()) {
          const uri = workspace.uriOf(path);
          seen.add(uri);
          if (previous.get(uri) === result.resultId) continue;
          items.push({ kind: 'full', uri, version: workspace.buffer(path)?.version ?? null, resultId: result.resultId, items: workspace.lspDiagnostics(result) });
        }
      }
      for (const uri of previous.keys()) if (!seen.has(uri)) items.push({ kind: 'full', uri, version: null, items: [] });
      if (items.length > 0 || previous.size === 0 || token.isCancellationRequested || host.shuttingDown) return { items };
      // Nothing new: hold the request until something changes (long poll), so the client does not spin.
      await new Promise<void>((resolve) => {
        const stops: Array<() => void> = [];
        const done = (): void => {
          for (const stop of stops) stop();
          resolve();
        };
        const subscription = token.onCancellationRequested(done);
        stops.push(() => subscription.dispose(), host.onNextLayout(done));
        for (const { diagnostics } of all) stops.push(diagnostics.onNextChange(done));
      });
    }
  });

  connection.onCodeAction(guarded(connection, 'codeAction', BUDGET_MS.fast, [], async (params, budget) => codeActions(await contextOf(params.textDocument.uri), params, budget)));
  connection.onHover(guarded(connection, 'hover', BUDGET_MS.fast, null, async (params, budget) => hover(await contextOf(params.textDocument.uri), params.textDocument.uri, params.position, budget)));
  connection.onDefinition(
    guarded(connection, 'definition', BUDGET_MS.navigation, [], async (params, budget) => definition(await contextOf(params.textDocument.uri), params.textDocument.uri, params.position, budget)),
  );
  connection.onReferences(
    guarded(connection, 'references', BUDGET_MS.workspace, [], async (params, budget) =>
      references(await contextOf(params.textDocument.uri), params.textDocument.uri, params.position, params.context.includeDeclaration, budget),
    ),
  );
  connection.onPrepareRename(
    guarded(connection, 'prepareRename', BUDGET_MS.fast, null, async (params) => prepareRename(await contextOf(params.textDocument.uri), params.textDocument.uri, params.position)),
  );
  connection.onRenameRequest(
    guarded(connection, 'rename', BUDGET_MS.workspace, null, async (params, budget) =>
      rename(await contextOf(params.textDocument.uri), params.textDocument.uri, params.position, params.newName, budget),
    ),
  );
  connection.onCompletion(
    guarded(connection, 'completion', BUDGET_MS.fast, { isIncomplete: false, items: [] }, async (params, budget) =>
      completion(await contextOf(params.textDocument.uri), params.textDocument.uri, params.position, budget),
    ),
  );
  connection.onDocumentSymbol(
    guarded(connection, 'documentSymbol', BUDGET_MS.navigation, [], async (params, budget) => documentSymbols(await contextOf(params.textDocument.uri), params.textDocument.uri, budget)),
  );
  connection.onWorkspaceSymbol(
    guarded(connection, 'workspaceSymbol', BUDGET_MS.navigation, [], async (params, budget) => workspaceSymbols((await host.projects()).map(context), params.query, budget)),
  );
  connection.onCodeLens(guarded(connection, 'codeLens', BUDGET_MS.navigation, [], async (params, budget) => codeLenses(await contextOf(params.textDocument.uri), params.textDocument.uri, budget)));

  // govlint/hierarchy (custom, used by the VS Code extension's tree view): the document tree of
  // every project with each document's findings, or of the project of `params.uri` alone.
  connection.onRequest(HIERARCHY_REQUEST, async (params: HierarchyParams | null | undefined): Promise<HierarchyTree> => {
    const uri = params && typeof params.uri === 'string' ? params.uri : undefined;
    const selected = uri !== undefined ? [await host.projectOf(uri)].filter((project): project is ServedProject => project !== undefined) : await host.projects();
    const trees: HierarchyProject[] = [];
    for (const project of selected) {
      const { workspace } = project;
      const tree = buildHierarchyTree({
        index: workspace.index,
        findings: workspace.reportedResults().map(([path, result]) => [path, result.diagnostics] as const),
        uriOf: (path) => workspace.uriOf(path),
        // The project's language, which the extension's UI follows: only a configuration file sets it (the built-in default is no choice).
        ...(workspace.config.file !== undefined ? { lang: workspace.config.lang } : {}),
      });
      trees.push({ ...tree, uri: workspace.uriOf(''), name: project.name });
    }
    return mergeHierarchyTrees(trees);
  });
}
