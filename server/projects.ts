// The projects of a multi-root workspace. Each workspace folder is a project with its own
// configuration, index and findings; so is every folder inside one that holds a configuration
// file of its own (the nearest configuration decides the project, as `govlint FILE` does, SPEC §5).
// One server process serves them all: each document goes to the deepest project that contains it,
// a file outside every folder to the first folder's (it is linted while open, never searched for).
import { basename, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside, nestedProjectRoots } from '../engine/api/index.ts';
import type { DiagnosticsManager } from './diagnostics.ts';
import type { ServerWorkspace } from './workspace.ts';

/** A workspace folder as the client names it. */
export interface ProjectFolder {
  /** Absolute path. */
  root: string;
  name: string;
}

export interface Project {
  /** Absolute path of the project folder. */
  readonly root: string;
  /** The workspace folder's name, with the path inside it for a nested project (`docs/aeldre`). */
  readonly name: string;
  readonly workspace: ServerWorkspace;
  readonly diagnostics: DiagnosticsManager;
  /** Settled once the project's files are read and its first pass is scheduled. */
  ready: Promise<void>;
}

/** What a new layout changed. */
export interface LayoutChange {
  added: Project[];
  removed: Project[];
  /** Kept projects that gained or lost a project inside them (their files changed). */
  reshaped: Project[];
}

/** The folder of a `file:` URI, or undefined for another scheme or a malformed URI. */
export function folderFromUri(uri: string, name?: string): ProjectFolder | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const root = resolve(fileURLToPath(uri));
    return { root, name: name ?? (basename(root) || root) };
  } catch {
    return undefined;
  }
}

export class ProjectSet {
  private folderList: ProjectFolder[] = [];
  private readonly projects = new Map<string, Project>();

  constructor(
    private readonly create: (root: string, name: string) => Project,
    /** The project folder when the client names none (the working directory). */
    private readonly fallbackRoot: string,
  ) {}

  /** Every project: the workspace folders in the client's order, each followed by the projects inside it. */
  all(): Project[] {
    return [...this.projects.values()];
  }

  /** The workspace folders the client named. */
  get folders(): readonly ProjectFolder[] {
    return this.folderList;
  }

  get size(): number {
    return this.projects.size;
  }

  /** The project a file belongs to: the deepest one containing it, else the first folder's. */
  ownerOf(absolute: string): Project | undefined {
    let owner: Project | undefined;
    for (const project of this.projects.values()) {
      if (isInside(project.root, absolute) && (!owner || project.root.length > owner.root.length)) owner = project;
    }
    return owner ?? this.projects.get(this.folderList[0]?.root ?? this.fallbackRoot);
  }

  /** The project of a document or folder URI; undefined for a URI that is not a file. */
  forUri(uri: string): Project | undefined {
    const folder = folderFromUri(uri);
    return folder ? this.ownerOf(folder.root) : undefined;
  }

  /** Replaces the workspace folders and lays the projects out again. */
  setFolders(folders: readonly ProjectFolder[]): Promise<LayoutChange> {
    const seen = new Set<string>();
    this.folderList = folders.filter((folder) => !seen.has(folder.root) && (seen.add(folder.root), true));
    return this.relayout();
  }

  /** The folders the client named (the working directory when it named none). */
  private effectiveFolders(): ProjectFolder[] {
    return this.folderList.length > 0 ? this.folderList : [{ root: this.fallbackRoot, name: basename(this.fallbackRoot) || this.fallbackRoot }];
  }

  /**
   * Looks for configuration files again (one may have been created or deleted) and brings the
   * projects in line: new ones are created (not loaded), gone ones are taken out (not disposed),
   * and each project learns which projects lie inside it.
   */
  async relayout(): Promise<LayoutChange> {
    const wanted = new Map<string, string>();
    for (const folder of this.effectiveFolders()) {
      if (!wanted.has(folder.root)) wanted.set(folder.root, folder.name);
      let nested: string[] = [];
      try {
        nested = await nestedProjectRoots(folder.root);
      } catch {
        // An unreadable folder has no nested projects.
      }
      for (const root of nested) if (!wanted.has(root)) wanted.set(root, `${folder.name}/${relative(folder.root, root).split(sep).join('/')}`);
    }
    const change: LayoutChange = { added: [], removed: [], reshaped: [] };
    for (const [root, project] of this.projects) {
      if (!wanted.has(root)) {
        this.projects.delete(root);
        change.removed.push(project);
      }
    }
    const before = new Map([...this.projects].map(([root, project]) => [root, project.workspace.nestedRoots.join('\n')]));
    // Rebuilt in the wanted order, so `all()` lists folders first.
    const kept = new Map(this.projects);
    this.projects.clear();
    for (const [root, name] of wanted) {
      let project = kept.get(root);
      if (!project) {
        project = this.create(root, name);
        const self = project;
        project.workspace.claims = (absolute) => this.ownerOf(absolute) === self;
        change.added.push(project);
      }
      this.projects.set(root, project);
    }
    const roots = [...this.projects.keys()];
    for (const project of this.projects.values()) {
      project.workspace.nestedRoots = roots.filter((root) => root !== project.root && isInside(project.root, root));
      const previous = before.get(project.root);
      if (previous !== undefined && previous !== project.workspace.nestedRoots.join('\n')) change.reshaped.push(project);
    }
    return change;
  }
}
