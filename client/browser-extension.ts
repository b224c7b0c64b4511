// The VS Code web extension (vscode.dev, github.dev; package.json `browser`): starts govlint's
// language server in a Web Worker (dist/web/server.js) and reads the workspace for it through
// VS Code's file system API, which serves virtual workspaces (a GitHub repository opened in the
// browser) as well as local folders. The server asks for the files (protocol/web-files.ts), so
// the hierarchy rules see the whole repository, not only the open documents.
import * as vscode from 'vscode';
import { LanguageClient, State, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { READ_FILE_REQUEST, WORKSPACE_FILES_REQUEST, type ReadFileParams, type ReadFileResult, type WorkspaceFile, type WorkspaceFilesParams, type WorkspaceFilesResult } from '../protocol/web-files.ts';

/** The extension host's Web Worker constructor (a DOM type this project does not compile with). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

const MARKDOWN_GLOB = '**/*.md';
const CONFIG_GLOB = '.govlint.{yaml,yml,json}';
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out}/**';
/** A file larger than this is not sent: the engine's default limit is 2 MiB, and what is over it is reported as too large from its first bytes anyway. */
const MAX_SENT_BYTES = 2 * 1024 * 1024 + 1;
/** Files read at a time. */
const READ_BATCH = 16;

const decoder = new TextDecoder('utf-8');

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return decoder.decode(bytes.length > MAX_SENT_BYTES ? bytes.subarray(0, MAX_SENT_BYTES) : bytes);
  } catch {
    return undefined;
  }
}

/** The Markdown files and the configuration of a workspace folder, with their texts. */
async function workspaceFiles(folderUri: string): Promise<WorkspaceFilesResult> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.find((candidate) => candidate.uri.toString() === folderUri) ?? folders[0];
  if (!folder) return { files: [] };
  const [markdown, configs] = await Promise.all([
    vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_GLOB), EXCLUDE_GLOB),
    vscode.workspace.findFiles(new vscode.RelativePattern(folder, CONFIG_GLOB), null, 3),
  ]);
  const uris = [...configs, ...markdown];
  const files: WorkspaceFile[] = [];
  for (let i = 0; i < uris.length; i += READ_BATCH) {
    const batch = uris.slice(i, i + READ_BATCH);
    const texts = await Promise.all(batch.map(readText));
    batch.forEach((uri, j) => {
      const text = texts[j];
      if (text !== undefined) files.push({ uri: uri.toString(), text });
    });
  }
  return { files };
}

let client: LanguageClient | undefined;

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true);
  const clientOptions: LanguageClientOptions = {
    // Any scheme: a repository opened in vscode.dev is not `file:`.
    documentSelector: [{ language: 'markdown' }],
    synchronize: {
      configurationSection: 'govlint',
      fileEvents: [vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB), vscode.workspace.createFileSystemWatcher(`**/${CONFIG_GLOB}`)],
    },
    outputChannel: output,
    diagnosticCollectionName: 'govlint',
  };
  const started = new LanguageClient('govlint', 'govlint', clientOptions, new Worker(serverUrl, { name: 'govlint language server' }));
  started.onRequest(WORKSPACE_FILES_REQUEST, (params: WorkspaceFilesParams) => workspaceFiles(params.folder));
  started.onRequest(READ_FILE_REQUEST, async (params: ReadFileParams): Promise<ReadFileResult> => {
    const text = await readText(vscode.Uri.parse(params.uri));
    return text === undefined ? null : { text };
  });
  started.onDidChangeState((event) => void vscode.commands.executeCommand('setContext', 'govlint.running', event.newState === State.Running));
  client = started;
  await started.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop().catch(() => undefined);
  await vscode.commands.executeCommand('setContext', 'govlint.running', false);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('govlint', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('govlint.restartServer', async () => {
      await stop();
      await start(context, output);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('govlint.enable')) return;
      if (vscode.workspace.getConfiguration('govlint').get('enable') === false) await stop();
      else if (!client) await start(context, output);
    }),
  );
  if (vscode.workspace.getConfiguration('govlint').get('enable') === false) return;
  try {
    await start(context, output);
  } catch (error) {
    output.error(`govlint: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await stop();
}
