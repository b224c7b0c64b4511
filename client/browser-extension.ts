// The VS Code web extension (vscode.dev, github.dev; package.json `browser`): starts govlint's
// language server in a Web Worker (dist/web/server.js) and reads the workspace for it through
// VS Code's file system API, which serves virtual workspaces (a GitHub repository opened in the
// browser) as well as local folders. The server asks for the files (protocol/web-files.ts), so
// the hierarchy rules see the whole repository, not only the open documents.
import * as vscode from 'vscode';
import { LanguageClient, State, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { READ_FILE_REQUEST, WORKSPACE_FILES_REQUEST, type ReadFileParams, type ReadFileResult, type WorkspaceFilesParams, type WorkspaceFilesResult } from '../protocol/web-files.ts';
import { resolveUiLang, type UiLang } from './new-document.ts';
import { UI } from './ui-text.ts';
import { CONFIG_GLOB, MARKDOWN_GLOB, readSent, readWorkspaceFiles, type FileAccess } from './web-files.ts';

/** The extension host's Web Worker constructor (a DOM type this project does not compile with). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('govlint');

/** VS Code's file system API, which serves virtual workspaces too, for the vscode-free reader (web-files.ts). */
function fileAccess(folder: vscode.WorkspaceFolder): FileAccess<vscode.Uri> {
  return {
    find: (glob, exclude) => Promise.resolve(vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude)),
    read: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
    uriString: (uri) => uri.toString(),
  };
}

/** The Markdown files and the configuration of a workspace folder, with their texts. */
async function workspaceFiles(folderUri: string): Promise<WorkspaceFilesResult> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.find((candidate) => candidate.uri.toString() === folderUri) ?? folders[0];
  return folder ? readWorkspaceFiles(fileAccess(folder)) : { files: [] };
}

/** The language of the extension's own messages: the setting, else VS Code's. */
function lang(): UiLang {
  return resolveUiLang({ setting: uiLangSetting(), displayLanguage: vscode.env.language });
}

function uiLangSetting(): 'auto' | UiLang {
  const value = vscode.workspace.getConfiguration('govlint').get('lang');
  return value === 'da' || value === 'en' ? value : 'auto';
}

/** What the desktop extension's commands for templates and the hierarchy view say here, where they are not yet. */
const NOT_IN_BROWSER: Record<UiLang, string> = {
  da: 'Denne govlint-kommando findes endnu kun i VS Code på skrivebordet. Diagnostik, hover og hurtige rettelser virker her.',
  en: 'This govlint command is only in desktop VS Code so far. Diagnostics, hovers and quick fixes work here.',
};

/** Applies the document's safe fixes (the server's fix-all code action), as the desktop command does. */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const ui = UI[lang()];
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(ui.noEditor);
    return;
  }
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', editor.document.uri, whole, FIX_ALL_KIND.value)) ?? [];
  let applied = 0;
  for (const action of actions) {
    if (!action.kind || !FIX_ALL_KIND.contains(action.kind) || !action.edit) continue;
    if (await vscode.workspace.applyEdit(action.edit)) applied += action.edit.size || 1;
  }
  void vscode.window.showInformationMessage(applied > 0 ? ui.fixed(applied) : ui.noFixes);
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
    const uri = vscode.Uri.parse(params.uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const text = folder ? await readSent(fileAccess(folder), uri) : undefined;
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
    vscode.commands.registerCommand('govlint.fixAll', () => fixAll()),
    ...['govlint.newDocument', 'govlint.showHierarchy', 'govlint.refreshHierarchy'].map((command) =>
      vscode.commands.registerCommand(command, () => void vscode.window.showInformationMessage(NOT_IN_BROWSER[lang()])),
    ),
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
