// The VS Code extension: starts govlint's language server (dist/server.js, node IPC) where the
// workspace holds governance documents, and adds what the protocol does not carry: commands,
// the "Governance hierarchy" view, a status-bar item. Decisions live in vscode-free modules
// (settings.ts, activation.ts, hierarchy-view.ts, templates.ts) that have unit tests.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { HIERARCHY_REQUEST, type HierarchyNode, type HierarchyParams, type HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';
import { dirname } from 'node:path';
import { findConfigFile } from '../engine/config/find.ts';
import { CONFIG_GLOB, EXCLUDE_GLOB, MARKDOWN_GLOB, anyGovernanceFile, decideStart, isGovernanceText, levelsFor } from './activation.ts';
import { childrenOf, countDiagnostics, isProjectNode, parentOf, projectTreeItem, statusText, statusTooltip, topLevel, toTreeItem, typeLabel, type UiLang, type ViewNode } from './hierarchy-view.ts';
import { childKind, documentsLang, folderNeighbour, frontMatterLang, PARENT_KIND, parentItems, resolveUiLang, skeletonLang, type ParentItem } from './new-document.ts';
import { reactionToChange, readSettings, type ClientSettings } from './settings.ts';
import { KIND_LABELS, TEMPLATE_KINDS, renderTemplate, templateFileName } from './templates.ts';
import { UI, VIEW_TITLE } from './ui-text.ts';

/** Whether an editor document is a governance document, by the levels of the configuration near it (else the default chain). */
function isGovernanceEditorDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const levels = document.uri.scheme === 'file' ? levelsFor(dirname(document.uri.fsPath)) : undefined;
  return isGovernanceText(document.getText(), levels);
}

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('govlint');
const VIEW_ID = 'govlint.hierarchy';

class GovlintExtension implements vscode.TreeDataProvider<ViewNode> {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private settings: ClientSettings;
  private tree: HierarchyTree | undefined;
  /** The language most of the tree's documents are in, computed once per answer (getTreeItem asks for every item). */
  private treeDocumentsLang: UiLang | undefined;
  private view: vscode.TreeView<ViewNode> | undefined;
  private readonly treeChanged = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly status: vscode.StatusBarItem;
  private readonly output: vscode.LogOutputChannel;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private waitingForDocument: vscode.Disposable | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.settings = this.readSettings();
    this.output = vscode.window.createOutputChannel('govlint', { log: true });
    this.status = vscode.window.createStatusBarItem('govlint.status', vscode.StatusBarAlignment.Left, 50);
    this.status.name = 'govlint';
    this.status.command = 'govlint.showHierarchy';
    context.subscriptions.push(this.output, this.status, this.treeChanged);
  }

  /** The language of the view and the status bar: the setting, then the workspace's `lang`, then its documents', then VS Code's. */
  private get lang(): UiLang {
    return this.langFor([this.treeDocumentsLang]);
  }

  /** The UI's language with documents to ask (in order) after the workspace. */
  private langFor(documents: ReadonlyArray<UiLang | undefined>): UiLang {
    return resolveUiLang({ setting: this.settings.lang, workspace: this.tree?.lang, documents, displayLanguage: vscode.env.language });
  }

  /** The language the open governance document declares in its front matter. */
  private activeDocumentLang(): UiLang | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'markdown' ? frontMatterLang(document.getText(new vscode.Range(0, 0, 60, 0))) : undefined;
  }

  private readSettings(): ClientSettings {
    const configuration = vscode.workspace.getConfiguration('govlint');
    return readSettings((key) => configuration.get(key));
  }

  register(): void {
    const { subscriptions } = this.context;
    subscriptions.push(
      (this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this })),
      vscode.commands.registerCommand('govlint.fixAll', () => this.fixAll()),
      vscode.commands.registerCommand('govlint.restartServer', () => this.restart()),
      vscode.commands.registerCommand('govlint.newDocument', (node?: ViewNode) => this.newDocument(node)),
      vscode.commands.registerCommand('govlint.showHierarchy', () => this.showHierarchy()),
      vscode.commands.registerCommand('govlint.refreshHierarchy', () => this.refreshHierarchy()),
      vscode.languages.onDidChangeDiagnostics(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('govlint')) return;
        const before = this.settings;
        this.settings = this.readSettings();
        const reaction = reactionToChange(before, this.settings);
        if (reaction === 'stop') void this.stop();
        else if (reaction === 'start') void this.startIfWanted();
        else if (before.lang !== this.settings.lang) this.redrawTree();
      }),
      { dispose: (): void => void this.waitingForDocument?.dispose() },
    );
  }

  /** Starts the server if the workspace has govlint work; otherwise waits for a governance document to be opened. */
  async startIfWanted(): Promise<void> {
    const started = Date.now();
    const decision = decideStart(this.settings, await this.workspaceFacts());
    this.output.appendLine(`govlint: ${decision.start ? 'starting' : 'not starting'} (${decision.reason}, decided in ${Date.now() - started} ms)`);
    if (decision.start) return this.start();
    this.updateStatus();
    if (decision.reason === 'no-governance' && !this.waitingForDocument) {
      this.waitingForDocument = vscode.workspace.onDidOpenTextDocument((document) => {
        if (isGovernanceEditorDocument(document)) {
          this.waitingForDocument?.dispose();
          this.waitingForDocument = undefined;
          void this.start();
        }
      });
    }
  }

  private async workspaceFacts(): Promise<{ hasConfigFile: boolean; hasGovernanceDocument: boolean }> {
    // An open governance document (usually the one whose opening activated the extension) settles it without a search.
    const open = vscode.workspace.textDocuments.some(isGovernanceEditorDocument);
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (open || folders.length === 0) return { hasConfigFile: false, hasGovernanceDocument: open };
    // A configuration above a folder (up to the git root) is the one the server uses there.
    const above = folders.some((folder) => folder.uri.scheme === 'file' && findConfigFile(folder.uri.fsPath) !== undefined);
    if (above || (await vscode.workspace.findFiles(CONFIG_GLOB, EXCLUDE_GLOB, 1)).length > 0) return { hasConfigFile: true, hasGovernanceDocument: false };
    // No configuration, so the default chain: every Markdown file is looked at until one is a governance document.
    const markdown = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB);
    const found = await anyGovernanceFile(markdown, (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)));
    return { hasConfigFile: false, hasGovernanceDocument: found };
  }

  private start(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'markdown' }],
      synchronize: {
        configurationSection: 'govlint',
        fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.md'), vscode.workspace.createFileSystemWatcher(CONFIG_GLOB)],
      },
      // VS Code shows pushed and pulled findings side by side: take the push only (the server pushes
      // for every document it reports, closed ones included when govlint.workspaceDiagnostics is on).
      initializationOptions: { diagnosticMode: 'push' },
      outputChannel: this.output,
      diagnosticCollectionName: 'govlint',
    };
    const client = new LanguageClient('govlint', 'govlint', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((event) => {
      void vscode.commands.executeCommand('setContext', 'govlint.running', event.newState === State.Running);
      this.updateStatus();
    });
    await vscode.commands.executeCommand('setContext', 'govlint.active', true);
    this.updateStatus();
    try {
      await client.start();
    } catch (error) {
      this.output.appendLine(`govlint: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      this.client = undefined;
      this.updateStatus();
      return;
    }
    this.scheduleRefresh(0);
  }

  private async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.tree = undefined;
    this.treeDocumentsLang = undefined;
    if (client) await client.stop().catch(() => undefined);
    await vscode.commands.executeCommand('setContext', 'govlint.running', false);
    this.redrawTree();
    this.updateStatus();
  }

  async restart(): Promise<void> {
    await this.stop();
    this.settings = this.readSettings();
    await this.startIfWanted();
  }

  async dispose(): Promise<void> {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    await this.stop();
  }

  // Status bar and hierarchy view.

  private updateStatus(): void {
    const state = !this.client ? 'stopped' : this.client.state === State.Running ? 'running' : 'starting';
    const counts = countDiagnostics(vscode.languages.getDiagnostics());
    this.status.text = statusText(counts, state);
    this.status.tooltip = state === 'stopped' && !this.settings.enable ? 'govlint: off (govlint.enable)' : statusTooltip(counts, counts.documents, this.lang);
    if (this.client || this.tree) this.status.show();
    else this.status.hide();
  }

  private scheduleRefresh(delay = 300): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.updateStatus();
      void this.refreshHierarchy();
    }, delay);
  }

  async refreshHierarchy(): Promise<void> {
    const client = this.client;
    if (!client || client.state !== State.Running) return;
    try {
      this.tree = await client.sendRequest<HierarchyTree>(HIERARCHY_REQUEST);
      this.treeDocumentsLang = documentsLang(this.tree);
    } catch (error) {
      this.output.appendLine(`govlint: ${HIERARCHY_REQUEST} failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.redrawTree();
  }

  /** Redraws the view; its title follows the UI language too (package.nls gives only VS Code's language). */
  private redrawTree(): void {
    if (this.view) this.view.title = VIEW_TITLE[this.lang];
    this.treeChanged.fire(undefined);
  }

  getChildren(element?: ViewNode): ViewNode[] {
    return element ? childrenOf(element) : topLevel(this.tree);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    if (isProjectNode(node)) {
      // A workspace folder (or a folder with its own configuration) of a multi-root workspace.
      const data = projectTreeItem(node, this.lang);
      const item = new vscode.TreeItem(data.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = data.id;
      item.description = data.description;
      item.tooltip = data.tooltip;
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.resourceUri = vscode.Uri.parse(data.uri);
      item.contextValue = data.contextValue;
      return item;
    }
    const data = toTreeItem(node, this.lang);
    const item = new vscode.TreeItem(data.label, data.collapsible ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = data.id;
    item.description = data.description;
    item.tooltip = new vscode.MarkdownString(data.tooltip.split('\n').join('  \n'));
    item.iconPath = new vscode.ThemeIcon(data.icon.id, data.icon.color ? new vscode.ThemeColor(data.icon.color) : undefined);
    item.resourceUri = vscode.Uri.parse(data.uri);
    item.contextValue = data.contextValue;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(data.uri)] };
    return item;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return parentOf(this.tree, node);
  }

  private async showHierarchy(): Promise<void> {
    if (!this.client) {
      await this.startIfWanted();
      if (!this.client) {
        void vscode.window.showInformationMessage(UI[this.lang].notRunning);
        return;
      }
    }
    await vscode.commands.executeCommand('setContext', 'govlint.active', true);
    await this.refreshHierarchy();
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  }

  // Commands.

  private async fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const ui = UI[this.lang];
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(ui.noEditor);
      return;
    }
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value)) ?? [];
    let applied = 0;
    for (const action of actions) {
      if (!action.kind || !FIX_ALL_KIND.contains(action.kind) || !action.edit) continue;
      if (await vscode.workspace.applyEdit(action.edit)) applied += action.edit.size || 1;
    }
    void vscode.window.showInformationMessage(applied > 0 ? ui.fixed(applied) : ui.noFixes);
  }

  /**
   * The workspace folder a new document goes into: the one of the item the command was started
   * from, else the one of the open document, else the only one, else the one the user picks.
   */
  private async folderForNewDocument(node: ViewNode | undefined): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const from = node?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
    const found = from ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(from)) : undefined;
    if (found) return found;
    if (folders.length <= 1) return folders[0];
    return vscode.window.showWorkspaceFolderPick({ placeHolder: UI[this.lang].pickFolder });
  }

  /** The hierarchy of the project a URI (a document or a folder) belongs to; the whole tree when the server is not running. */
  private async projectTree(uri: string): Promise<HierarchyTree | undefined> {
    const client = this.client;
    if (!client || client.state !== State.Running) return this.tree;
    try {
      return await client.sendRequest<HierarchyTree>(HIERARCHY_REQUEST, { uri } satisfies HierarchyParams);
    } catch (error) {
      this.output.appendLine(`govlint: ${HIERARCHY_REQUEST} failed: ${error instanceof Error ? error.message : String(error)}`);
      return this.tree;
    }
  }

  private async newDocument(startNode?: ViewNode): Promise<void> {
    const folder = await this.folderForNewDocument(startNode);
    if (!folder) {
      if ((vscode.workspace.workspaceFolders ?? []).length === 0) void vscode.window.showInformationMessage(UI[this.lang].openFolder);
      return;
    }
    // Started from a project's item: that project, with no parent chosen yet.
    const parentNode = startNode && !isProjectNode(startNode) ? startNode : undefined;
    // The documents of the project (for the parent list), and with them its language and its folder.
    if (this.client && !this.tree) await this.refreshHierarchy();
    const scope =
      startNode?.uri ??
      (vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) === folder
        ? vscode.window.activeTextEditor.document.uri.toString()
        : folder.uri.toString());
    const tree = await this.projectTree(scope);
    const projectRoot = tree?.projects?.length === 1 ? vscode.Uri.parse(tree.projects[0]!.uri) : folder.uri;
    // The questions speak the project's language (its configuration's), else as the view does.
    const lang = resolveUiLang({
      setting: this.settings.lang,
      workspace: tree?.lang ?? this.tree?.lang,
      documents: [parentNode?.lang, this.activeDocumentLang(), this.treeDocumentsLang],
      displayLanguage: vscode.env.language,
    });
    const ui = UI[lang];
    const suggestedKind = childKind(parentNode?.type);
    const kindPick = await vscode.window.showQuickPick(
      TEMPLATE_KINDS.map((kind) => ({ label: KIND_LABELS[kind][lang], description: kind, templateKind: kind, picked: kind === suggestedKind })).sort(
        (a, b) => Number(b.templateKind === suggestedKind) - Number(a.templateKind === suggestedKind),
      ),
      { placeHolder: ui.pickKind },
    );
    if (!kindPick) return;
    const kind = kindPick.templateKind;

    // The parent: the document the command was started from, else one of the level above, picked from a list.
    // (A document of another kind than the one below the node needs another parent.)
    const fromNode = kind === suggestedKind ? parentNode : undefined;
    let parent: string | undefined = fromNode?.id;
    let parentChosen: HierarchyNode | undefined = fromNode;
    const above = PARENT_KIND[kind];
    if (above && !parent) {
      const items = parentItems(tree, kind, lang);
      const kindAbove = typeLabel(above, lang);
      let picked: ParentItem | undefined;
      if (items.length > 1) {
        picked = await vscode.window.showQuickPick(items, { placeHolder: ui.pickParent(kindAbove), matchOnDescription: true, matchOnDetail: true });
        if (!picked) return;
      }
      if (picked?.parentId) {
        parent = picked.parentId;
        parentChosen = picked.node;
      } else {
        const typed = await vscode.window.showInputBox({ prompt: items.length > 1 ? ui.parent : ui.noParents(kindAbove) });
        if (typed === undefined) return;
        parent = typed.trim() || undefined;
      }
    }

    const suggestedLang = skeletonLang({
      workspace: tree?.lang,
      documents: [parentChosen?.lang, this.activeDocumentLang(), this.treeDocumentsLang],
      displayLanguage: vscode.env.language,
    });
    const langPick = await vscode.window.showQuickPick(
      [
        { label: 'Dansk', lang: 'da' as const },
        { label: 'English', lang: 'en' as const },
      ]
        .sort((a) => (a.lang === suggestedLang ? -1 : 1))
        .map((item) => ({ ...item, ...(item.lang === suggestedLang ? { description: ui.langDefault } : {}) })),
      { placeHolder: ui.pickLang },
    );
    if (!langPick) return;
    const title = await vscode.window.showInputBox({ prompt: ui.title, value: KIND_LABELS[kind][langPick.lang] });
    if (!title) return;

    const text = renderTemplate({ kind, lang: langPick.lang, title, today: new Date().toISOString().slice(0, 10), ...(parent ? { parent } : {}) });
    const neighbour = folderNeighbour(tree, kind, parentChosen);
    const base = neighbour ? vscode.Uri.joinPath(vscode.Uri.parse(neighbour.uri), '..') : projectRoot;
    const target = vscode.Uri.joinPath(base, templateFileName({ title }));
    try {
      await vscode.workspace.fs.stat(target);
      void vscode.window.showWarningMessage(`${ui.exists} ${vscode.workspace.asRelativePath(target)}`);
      return;
    } catch {
      // Does not exist: create it.
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(target);
    if (!this.client) await this.startIfWanted();
  }
}

let extension: GovlintExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extension = new GovlintExtension(context);
  extension.register();
  await extension.startIfWanted();
}

export async function deactivate(): Promise<void> {
  await extension?.dispose();
  extension = undefined;
}
