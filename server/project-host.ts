// The Node server's projects over time: created when the client names its folders, read and
// linted, laid out again when folders or configuration files come and go (one change at a time),
// and found for each document (the `ServerHost` the shared handlers ask).
import { dirname, resolve } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { DiagnosticsManager, type DiagnosticsOptions } from './diagnostics.ts';
import type { ClientFeatures } from './features/context.ts';
import type { ServerHost, SettingsReader } from './handlers.ts';
import { ProjectSet, type LayoutChange, type Project, type ProjectFolder } from './projects.ts';
import { ServerWorkspace } from './workspace.ts';

export interface ProjectHostOptions {
  diagnostics: DiagnosticsOptions;
  client: ClientFeatures;
  today: string | undefined;
  progress: boolean;
}

export class ProjectHost implements ServerHost {
  shuttingDown = false;
  client: ClientFeatures = { snippetEdits: false, markdownHover: false };
  private set: ProjectSet | undefined;
  private options: ProjectHostOptions | undefined;
  private resolveReady: () => void = () => undefined;
  /** Settled once the first folders are read. */
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  /** Layout changes (folders added or removed, configuration files created or deleted) one at a time. */
  private layoutQueue: Promise<void> = Promise.resolve();
  private readonly layoutListeners = new Set<() => void>();

  constructor(
    private readonly connection: Connection,
    private readonly buffers: ServerWorkspace['buffers'],
    private readonly settings: SettingsReader,
    private readonly log: (message: string) => void,
  ) {}

  /** Takes what `initialize` said; the folders are read by `open`. */
  initialize(options: ProjectHostOptions): void {
    this.options = options;
    this.client = options.client;
    this.set = new ProjectSet((root, name) => this.create(root, name), process.cwd());
  }

  /** Reads the first folders and lints them. */
  async open(folders: ProjectFolder[]): Promise<void> {
    const set = this.set;
    if (set) {
      try {
        const { added } = await set.setFolders(folders);
        await Promise.all(added.map((project) => (project.ready = this.load(project))));
      } catch (error) {
        this.log(`loading the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.resolveReady();
  }

  // ── ServerHost ────────────────────────────────────────────────────────────────────────────

  locate(uri: string): { project: Project; path: string } | undefined {
    const project = this.set?.forUri(uri);
    const path = project?.workspace.pathOf(uri);
    return project && path !== undefined ? { project, path } : undefined;
  }

  async projectOf(uri: string): Promise<Project | undefined> {
    await this.ready;
    const project = this.set?.forUri(uri);
    await project?.ready;
    return project;
  }

  async projects(): Promise<readonly Project[]> {
    await this.ready;
    await this.layoutQueue;
    const all = this.set?.all() ?? [];
    await Promise.all(all.map((project) => project.ready));
    return all;
  }

  onNextLayout(listener: () => void): () => void {
    const once = (): void => {
      this.layoutListeners.delete(once);
      listener();
    };
    this.layoutListeners.add(once);
    return () => this.layoutListeners.delete(once);
  }

  // ── Changes ───────────────────────────────────────────────────────────────────────────────

  /** Folders added to and removed from the workspace. */
  changeFolders(added: readonly ProjectFolder[], removed: ReadonlySet<string | undefined>): void {
    this.relayout((set) => set.setFolders([...set.folders.filter((folder) => !removed.has(folder.root)), ...added]));
  }

  /** Configuration files (absolute paths) created, changed or deleted: projects may have come or gone, and their configurations changed. */
  configurationChanged(files: readonly string[]): void {
    const folders = new Set(files.map((file) => dirname(file)));
    this.relayout(
      (current) => current.relayout(),
      (project) => folders.has(project.root) || (project.workspace.config.file !== undefined && files.includes(resolve(project.workspace.config.file))),
    );
  }

  /** The server shuts down: nothing is linted or published any more. */
  shutdown(): void {
    this.shuttingDown = true;
    for (const project of this.set?.all() ?? []) project.diagnostics.dispose();
  }

  private create(root: string, name: string): Project {
    const workspace = new ServerWorkspace(this.buffers, this.log);
    workspace.fixedToday = this.options?.today;
    workspace.setRoot(root);
    const diagnostics = new DiagnosticsManager(this.connection, workspace, this.options?.diagnostics ?? { push: true, refresh: false });
    return { root, name, workspace, diagnostics, ready: Promise.resolve() };
  }

  /** An error in a project's configuration file, shown to the user (with the project's name when there are several). */
  private showConfigError(project: Project): void {
    const error = project.workspace.configError;
    if (error) void this.connection.window.showErrorMessage(this.set && this.set.size > 1 ? `govlint (${project.name}): ${error}` : `govlint: ${error}`);
  }

  /** A progress bar over the pass that lints a whole project. */
  private async showProgress(project: Project): Promise<void> {
    if (!this.options?.progress || project.workspace.outdatedCount === 0) return;
    try {
      const reporter = await this.connection.window.createWorkDoneProgress();
      const total = project.workspace.outdatedCount;
      reporter.begin(this.set && this.set.size > 1 ? `govlint: ${project.name}` : 'govlint', 0, `0/${total}`);
      project.diagnostics.trackProgress(
        (done, all) => reporter.report(Math.round((done / Math.max(1, all)) * 100), `${done}/${all}`),
        () => reporter.done(),
      );
    } catch {
      // The client refused the progress token: no progress bar.
    }
  }

  /** Reads a new project's settings and files, then lints it. */
  private async load(project: Project): Promise<void> {
    try {
      await this.settings.read(project.workspace);
      await project.workspace.load();
    } catch (error) {
      this.log(`loading ${project.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.shuttingDown) return;
    this.showConfigError(project);
    project.diagnostics.start();
    void this.showProgress(project);
  }

  /** Reads a project's configuration and files again (its configuration changed, or a project inside it came or went). */
  private async reload(project: Project): Promise<void> {
    project.workspace.loadConfig();
    this.showConfigError(project);
    try {
      await project.workspace.load();
    } catch (error) {
      this.log(`loading ${project.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    void this.showProgress(project);
  }

  /**
   * Lays the projects out again and brings each up to date. What a project no longer shows is
   * cleared before any project lints, so a document that changes project is never left with
   * the old project's findings after the new one's.
   */
  private relayout(change: (set: ProjectSet) => Promise<LayoutChange>, reloadAlso: (project: Project) => boolean = () => false): void {
    this.layoutQueue = this.layoutQueue
      .then(async () => {
        await this.ready;
        const set = this.set;
        if (!set || this.shuttingDown) return;
        const { added, removed, reshaped } = await change(set);
        for (const project of removed) project.diagnostics.clearAndDispose();
        for (const project of reshaped) project.workspace.dropNested();
        const work: Array<Promise<void>> = [];
        for (const project of added) work.push((project.ready = this.load(project)));
        for (const project of set.all()) {
          if (added.includes(project) || !(reshaped.includes(project) || reloadAlso(project))) continue;
          work.push((project.ready = this.reload(project)));
        }
        await Promise.all(work);
        // Open documents that changed project without being read by their new one (a folder was
        // removed: the first folder's project takes them) are read by it on its next pass, as an edit.
        for (const buffer of this.buffers.all()) {
          const found = this.locate(buffer.uri);
          found?.project.diagnostics.edited(found.path);
        }
        for (const listener of [...this.layoutListeners]) listener();
      })
      .catch((error: unknown) => this.log(`updating the workspace folders failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  }
}
