// The govlint language server on Node: the projects of the workspace (one per folder, see
// projects.ts and project-host.ts) on files on disk, wired to the LSP connection by the handlers
// it shares with the web extension's server (handlers.ts).
import { DidChangeWorkspaceFoldersNotification, FileChangeType, TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFeaturesOf, FEATURE_CAPABILITIES } from './capabilities.ts';
import { fixedToday, registerDynamically, registerHandlers, SettingsReader } from './handlers.ts';
import { MemoryReleaser } from './memory.ts';
import { ProjectHost } from './project-host.ts';
import { folderFromUri, type ProjectFolder } from './projects.ts';
import { isConfigUri } from './workspace-shared.ts';

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
  const settings = new SettingsReader(connection, log);
  const host = new ProjectHost(connection, buffers, settings, log);
  const memory = new MemoryReleaser();
  let initialFolders: ProjectFolder[] = [];
  let registerWithClient = (): void => undefined;

  connection.onInitialize((params): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((folder) => folderFromUri(folder.uri, folder.name)).filter((folder): folder is ProjectFolder => folder !== undefined);
    if (folders.length === 0 && params.rootUri) {
      const root = folderFromUri(params.rootUri);
      if (root) folders.push(root);
    }
    initialFolders = folders;
    settings.initialize(params);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const capabilities = params.capabilities;
    const pullSupported = capabilities.textDocument?.diagnostic !== undefined;
    const mode = options.diagnosticMode ?? 'both';
    const pull = pullSupported && mode !== 'push';
    const push = mode !== 'pull' || !pullSupported;
    host.initialize({
      diagnostics: { push, refresh: pull && capabilities.workspace?.diagnostics?.refreshSupport === true },
      client: clientFeaturesOf(capabilities),
      today: fixedToday(params),
      progress: capabilities.window?.workDoneProgress === true,
    });
    registerWithClient = () => registerDynamically(connection, capabilities);
    // Folders added or removed later. Registered here, after the library's own handler for the
    // method (which it sets up only for clients that declare workspace folders), so every client's counts.
    connection.onNotification(DidChangeWorkspaceFoldersNotification.type, (change) => {
      const removed = new Set(change.event.removed.map((folder) => folderFromUri(folder.uri)?.root));
      const added = change.event.added.map((folder) => folderFromUri(folder.uri, folder.name)).filter((folder): folder is ProjectFolder => folder !== undefined);
      host.changeFolders(added, removed);
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

  connection.onInitialized(async () => {
    registerWithClient();
    await host.open(initialFolders);
  });

  buffers.onDidClose((change) => memory.closed(change.document.getText().length));

  connection.onDidChangeWatchedFiles(async (params) => {
    await host.projects();
    const configFiles: string[] = [];
    for (const change of params.changes) {
      if (isConfigUri(change.uri)) {
        const file = folderFromUri(change.uri)?.root;
        if (file) configFiles.push(file);
        continue;
      }
      const found = host.locate(change.uri);
      if (!found || !found.path.toLowerCase().endsWith('.md')) continue;
      await found.project.ready;
      if (change.type === FileChangeType.Deleted) found.project.workspace.fileDeleted(found.path);
      else found.project.workspace.fileChanged(found.path);
    }
    // A configuration file may also have made (or unmade) a project of its folder.
    if (configFiles.length > 0) host.configurationChanged(configFiles);
  });

  registerHandlers(connection, buffers, host, settings);

  connection.onShutdown(() => {
    memory.dispose();
    host.shutdown();
  });

  buffers.listen(connection);
  connection.listen();
}

declare const __GOVLINT_VERSION__: string | undefined;
