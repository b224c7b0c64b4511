// The server's workspace on Node: a project's files on disk. Its document state (index, parsed
// buffers, findings) is kept by `WorkspaceState` (workspace-state.ts); this class finds the
// configuration, the files and reads them (a large workspace on worker threads, as the CLI does),
// and maps paths to `file:` URIs.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { discoverFiles, isInside, lintFile, lintPhaseOne, loadFolderConfig, readDocumentFile, WorkspaceBoundary, type DiscoveredFile, type LintedFile, type LintOptions } from '../engine/api/index.ts';
import type { GovDocument } from '../engine/api/model.ts';
import { WorkspaceState } from './workspace-state.ts';

export { DEFAULT_SETTINGS, isConfigUri, isWholeDocument, parseSettings, type Logger, type Settings } from './workspace-shared.ts';

/**
 * One project of the server: a workspace folder, or a folder inside one that has a configuration
 * file of its own (SPEC §5: the nearest configuration decides the project, as in the CLI). The
 * server holds one per project (`server/projects.ts`), which routes each document to its project.
 */
export class ServerWorkspace extends WorkspaceState {
  override root: string = process.cwd();

  /** (Re-)reads the configuration file; a bad file leaves the defaults in place and is logged. */
  loadConfig(): void {
    const { config, error } = loadFolderConfig(this.root);
    this.configError = error;
    if (error) this.log(error);
    this.useConfig(config);
  }

  /**
   * Workspace-relative path with `/` separators, or undefined for a URI that is not a file. A file
   * opened from outside the workspace gets a `../` path: it is linted while open, never searched for.
   */
  pathOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let absolute: string;
    try {
      absolute = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    const rel = relative(this.root, absolute);
    if (rel === '' || isAbsolute(rel) || !this.claims(absolute)) return undefined;
    return rel.split(sep).join('/');
  }

  uriOf(path: string): string {
    return pathToFileURL(join(this.root, path)).href;
  }

  protected override inNestedProject(path: string): boolean {
    const absolute = join(this.root, path);
    return this.nestedRoots.some((root) => isInside(root, absolute));
  }

  /** Every file of the workspace: the closed ones are read and checked, a large workspace on worker threads (as the CLI does). */
  protected async readFiles(isOpen: (path: string) => boolean, options: LintOptions): Promise<LintedFile[]> {
    const found = await discoverFiles([this.root], { cwd: this.root, root: this.root, include: this.config.include, ignore: this.config.ignore });
    const files = this.nestedRoots.length > 0 ? found.filter((file) => !this.inNestedProject(file.relative)) : found;
    return this.lintClosedFiles(
      files.filter((file) => !isOpen(file.relative)),
      options,
    );
  }

  private lintClosedFiles(files: readonly DiscoveredFile[], options: LintOptions): Promise<LintedFile[]> {
    // Workers only: the server's own heap, which lives on, never holds the garbage of parsing.
    return lintPhaseOne(files, options, { workersOnly: true, onWorkerFailure: (detail) => this.log(`reading the workspace on worker threads failed, reading it here: ${detail}`) });
  }

  /**
   * True when the file at a workspace path may be read: it exists, inside the workspace folder and
   * not reached through a symbolic link — the rule discovery applies when the workspace is loaded.
   * Asked afresh each time: a folder may have become a link since.
   */
  private readable(absolute: string): boolean {
    return existsSync(absolute) && new WorkspaceBoundary(this.root).contains(absolute);
  }

  protected readFile(path: string, options: LintOptions): LintedFile | undefined {
    const absolute = join(this.root, path);
    return this.readable(absolute) ? lintFile({ absolute, relative: path }, options) : undefined;
  }

  protected readWhole(path: string): GovDocument | undefined {
    const absolute = join(this.root, path);
    return this.readable(absolute) ? readDocumentFile({ absolute, relative: path }, this.config) : undefined;
  }
}
