// The server's view of the workspace: configuration, settings, the incremental index of every
// governance document (open buffers and closed files), and the path ↔ URI mapping.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { findConfigFile, loadConfigFile } from '../engine/config/load.ts';
import { documentLang, type LintOptions } from '../engine/lint/runner.ts';
import type { GovDocument } from '../engine/model/document.ts';
import { documentFromText } from '../engine/parse/from-bytes.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Lang } from '../engine/types.ts';
import { discoverFiles } from '../engine/workspace/discover.ts';
import { WorkspaceIndex } from '../engine/workspace/index.ts';
import { readDocumentFile } from '../engine/workspace/load.ts';
import { allRules } from '../rules/index.ts';

export interface Settings {
  enable: boolean;
  /** Message language: `auto` = each document's own `lang`, then the configuration's. */
  lang: 'auto' | Lang;
  run: 'onType' | 'onSave';
  /** Report closed files too (the whole workspace). */
  workspaceDiagnostics: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, lang: 'auto', run: 'onType', workspaceDiagnostics: true };

/** Reads the `govlint` section of workspace/configuration, ignoring values of the wrong shape. */
export function parseSettings(value: unknown): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (!value || typeof value !== 'object') return settings;
  const raw = value as Record<string, unknown>;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.lang === 'auto' || raw.lang === 'da' || raw.lang === 'en') settings.lang = raw.lang;
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (typeof raw.workspaceDiagnostics === 'boolean') settings.workspaceDiagnostics = raw.workspaceDiagnostics;
  return settings;
}

export type Logger = (message: string) => void;

export class ServerWorkspace {
  root: string = process.cwd();
  config: ResolvedConfig = defaultConfig(process.cwd());
  /** One line describing why the configuration file could not be used, if so. */
  configError: string | undefined;
  settings: Settings = { ...DEFAULT_SETTINGS };
  index = new WorkspaceIndex();
  /** Version of the open buffer each open path was last parsed from. */
  private readonly parsedVersion = new Map<string, number>();
  private includeMatcher: picomatch.Matcher | undefined;
  private ignoreMatcher: picomatch.Matcher | undefined;
  /** Fixed "today" for date rules (tests), otherwise the real date. */
  today: string | undefined;

  constructor(
    readonly buffers: TextDocuments<TextDocument>,
    private readonly log: Logger,
  ) {}

  setRoot(root: string): void {
    this.root = root;
    this.loadConfig();
  }

  /** (Re-)reads the configuration file; a bad file leaves the defaults in place and is logged. */
  loadConfig(): void {
    const file = findConfigFile(this.root);
    this.configError = undefined;
    if (file) {
      try {
        this.config = loadConfigFile(file, allRules.map((rule) => rule.meta.id));
      } catch (error) {
        this.configError = error instanceof Error ? error.message : String(error);
        this.log(this.configError);
        this.config = defaultConfig(this.root);
      }
    } else this.config = defaultConfig(this.root);
    this.includeMatcher = picomatch(this.config.include, { dot: false });
    this.ignoreMatcher = this.config.ignore.length > 0 ? picomatch(this.config.ignore, { dot: true }) : undefined;
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
    if (rel === '' || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  uriOf(path: string): string {
    return pathToFileURL(join(this.root, path)).href;
  }

  isConfigUri(uri: string): boolean {
    return /\/\.govlint\.(ya?ml|json)$/.test(uri);
  }

  /** True when a path found on disk belongs to the workspace (include and ignore globs). */
  isIncluded(path: string): boolean {
    if (!path.toLowerCase().endsWith('.md') || path.startsWith('../')) return false;
    if (path.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    if (this.includeMatcher && !this.includeMatcher(path)) return false;
    return !this.ignoreMatcher?.(path);
  }

  buffer(path: string): TextDocument | undefined {
    return this.buffers.get(this.uriOf(path));
  }

  isOpen(path: string): boolean {
    return this.buffer(path) !== undefined;
  }

  lintOptions(): LintOptions {
    return {
      config: this.config,
      rules: allRules,
      today: this.today ?? todayIso(),
      ...(this.settings.lang !== 'auto' ? { lang: this.settings.lang } : {}),
    };
  }

  langOf(document: GovDocument): Lang {
    return documentLang(document, this.lintOptions());
  }

  /** Reads every file of the workspace from disk into a fresh index; open buffers take precedence. */
  async loadAll(): Promise<void> {
    const files = await discoverFiles([this.root], { cwd: this.root, root: this.root, include: this.config.include, ignore: this.config.ignore });
    const documents = new Map<string, GovDocument>();
    for (const file of files) {
      const buffer = this.buffer(file.relative);
      documents.set(file.relative, buffer ? this.parseBuffer(file.relative, buffer) : readDocumentFile(file, this.config));
    }
    for (const buffer of this.buffers.all()) {
      const path = this.pathOf(buffer.uri);
      if (path && !documents.has(path)) documents.set(path, this.parseBuffer(path, buffer));
    }
    this.index = new WorkspaceIndex(documents.values());
  }

  private parseBuffer(path: string, buffer: TextDocument): GovDocument {
    this.parsedVersion.set(path, buffer.version);
    return documentFromText(path, buffer.getText(), this.config);
  }

  /** True when the index holds an older text than the open buffer. */
  isStale(path: string): boolean {
    const buffer = this.buffer(path);
    return buffer !== undefined && this.parsedVersion.get(path) !== buffer.version;
  }

  /** Parses the open buffer into the index; returns the affected paths. */
  updateFromBuffer(path: string): Set<string> {
    const buffer = this.buffer(path);
    if (!buffer) return new Set();
    return this.index.set(this.parseBuffer(path, buffer));
  }

  /** Re-reads a (closed) file from disk; a file that no longer exists is removed. */
  updateFromDisk(path: string): Set<string> {
    this.parsedVersion.delete(path);
    const absolute = join(this.root, path);
    if (!existsSync(absolute)) return this.index.remove(path);
    return this.index.set(readDocumentFile({ absolute, relative: path }, this.config));
  }

  remove(path: string): Set<string> {
    this.parsedVersion.delete(path);
    return this.index.remove(path);
  }

  /** The current document at a path: the open buffer's text (parsed now if the index lags behind), else the indexed file. */
  current(path: string): GovDocument | undefined {
    if (this.isStale(path)) return undefined;
    return this.index.get(path);
  }
}
