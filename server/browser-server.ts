// The govlint language server in a Web Worker (the VS Code web extension): the same handlers,
// diagnostics manager and features as the Node server (handlers.ts), on one project whose files
// the client reads through VS Code's file system API (workspace.browser.ts). What the Node server
// does with the disk — finding the configuration, reading changed files, worker threads,
// releasing memory — is done here by asking the client.
import { FileChangeType, TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { READ_FILE_REQUEST, WORKSPACE_FILES_REQUEST, type ReadFileParams, type ReadFileResult, type WorkspaceFilesParams, type WorkspaceFilesResult } from '../protocol/web-files.ts';
import { clientFeaturesOf, FEATURE_CAPABILITIES } from './capabilities.ts';
import { DiagnosticsManager } from './diagnostics.ts';
import type { ClientFeatures } from './features/context.ts';
import { fixedToday, registerDynamically, registerHandlers, SettingsReader, type ServedProject, type ServerHost } from './handlers.ts';
import { ServerWorkspace } from './workspace.browser.ts';
import { isConfigUri } from './workspace-shared.ts';

/** The one project of the web server: the first workspace folder. */
class BrowserHost implements ServerHost {
  shuttingDown = false;
  client: ClientFeatures = { snippetEdits: false, markdownHover: false };
  project: (ServedProject & { workspace: ServerWorkspace }) | undefined;
  private resolveReady: () => void = () => undefined;
  readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  loaded(): void {
    this.resolveReady();
  }

  locate(uri: string): { project: ServedProject; path: string } | undefined {
    const path = this.project?.workspace.pathOf(uri);
    return this.project && path !== undefined ? { project: this.project, path } : undefined;
  }

  async projectOf(): Promise<ServedProject | undefined> {
    await this.ready;
    return this.project;
  }

  async projects(): Promise<readonly ServedProject[]> {
    await this.ready;
    return this.project ? [this.project] : [];
  }

  onNextLayout(): () => void {
    return () => undefined; // one folder, laid out once
  }
}

export function startBrowserServer(connection: Connection): void {
  const buffers = new TextDocuments(TextDocument);
  const log = (message: string): void => connection.console.error(`govlint: ${message}`);
  const workspace = new ServerWorkspace(buffers, log);
  const settings = new SettingsReader(connection, log);
  const host = new BrowserHost();
  let registerWithClient = (): void => undefined;

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? '';
    workspace.setRoot(folder);
    workspace.reader = async () => {
      if (!workspace.root) return [];
      const result = await connection.sendRequest<WorkspaceFilesResult>(WORKSPACE_FILES_REQUEST, { folder: workspace.root } satisfies WorkspaceFilesParams);
      return result.files;
    };
    workspace.fixedToday = fixedToday(params);
    settings.initialize(params);
    host.client = clientFeaturesOf(params.capabilities);
    // Pushed findings only: VS Code shows pushed and pulled ones side by side.
    host.project = { name: params.workspaceFolders?.[0]?.name ?? '', workspace, diagnostics: new DiagnosticsManager(connection, workspace, { push: true, refresh: false }) };
    registerWithClient = () => registerDynamically(connection, params.capabilities);
    return {
      capabilities: { ...FEATURE_CAPABILITIES },
      serverInfo: { name: 'govlint (web)', version: typeof __GOVLINT_VERSION__ === 'string' ? __GOVLINT_VERSION__ : 'dev' },
    };
  });

  const load = async (): Promise<void> => {
    try {
      await workspace.load();
    } catch (error) {
      log(`reading the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (workspace.configError) void connection.window.showErrorMessage(`govlint: ${workspace.configError}`);
  };

  connection.onInitialized(async () => {
    registerWithClient();
    await settings.read(workspace);
    await load();
    host.loaded();
    host.project?.diagnostics.start();
  });

  // What was saved is the file's text now (a closed document falls back to it).
  buffers.onDidSave((change) => {
    const path = workspace.pathOf(change.document.uri);
    if (path) workspace.setSource(path, change.document.getText());
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await host.ready;
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
        workspace.fileDeleted(path);
        continue;
      }
      let read: ReadFileResult = null;
      try {
        read = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri: change.uri } satisfies ReadFileParams);
      } catch (error) {
        log(`cannot read ${path}: ${String(error)}`);
      }
      workspace.setSource(path, read?.text);
      workspace.fileChanged(path);
    }
    if (configChanged) await load();
  });

  registerHandlers(connection, buffers, host, settings);

  connection.onShutdown(() => {
    host.shuttingDown = true;
    host.project?.diagnostics.dispose();
  });

  buffers.listen(connection);
  connection.listen();
}

declare const __GOVLINT_VERSION__: string | undefined;
