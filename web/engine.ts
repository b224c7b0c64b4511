// govlint in a browser: the engine over files held in memory. The page (web/page/) and anyone who
// loads `dist/web/engine.js` call this; nothing here reads a disk, starts a thread or touches
// the network, and the browser bundle fails to build if anything on its path imports a Node
// builtin (esbuild.config.mjs). The rules, the parser, the goal analysis and the data are the
// ones the CLI runs, so the findings are the CLI's: `jsonReport` prints exactly what
// `govlint … --format json` prints for the same files.
import ignore from 'ignore';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAMES } from '../engine/config/names.ts';
import { ConfigError, decodeConfigBytes, parseConfigContent } from '../engine/config/parse.ts';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { isGovernanceDocument, lintDocumentRules, lintWorkspaceRules, sortDiagnostics, type LintOptions } from '../engine/lint/runner.ts';
import { documentFromDocx, isWordPath, wordAware } from '../engine/import/docx/document.ts';
import type { GovDocument } from '../engine/model/document.ts';
import type { SourceLocation } from '../engine/model/source.ts';
import { documentFromBytes, documentFromText } from '../engine/parse/from-bytes.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Diagnostic, Lang } from '../engine/types.ts';
import { WorkspaceIndex } from '../engine/workspace/index.ts';
import { formatJson } from '../cli/formatters/json.ts';
import { describeLocation, paragraphMark } from '../cli/formatters/location-text.ts';
import { suggestionText } from '../cli/formatters/suggestion-text.ts';
import { buildReportModel } from '../cli/report/model.ts';
import { renderReport } from '../cli/report/render.ts';
import { GOVLINT_VERSION } from '../cli/version.ts';
import { allRules } from '../rules/index.ts';
import { scorecard, type ScoreLine } from '../server/features/scorecard.ts';

export { GOVLINT_VERSION };
export type { Diagnostic, Lang, SourceLocation };
export { isWordPath };

/** A file in memory: its path with `/` separators (relative, as findings name it) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A file in memory as its bytes: read as the CLI reads a file (a file that is not UTF-8 text is reported so; a `.docx` is read as a Word document). */
export interface SourceBytes {
  path: string;
  bytes: Uint8Array;
}

export type Source = SourceFile | SourceBytes;

export interface LintSourcesOptions {
  /** ISO date date rules treat as today (default: the real date). */
  today?: string;
  /** Message language for every document (as `--lang`); otherwise each document's `lang`, then the configuration's. */
  lang?: Lang;
}

export interface SourcesResult {
  config: ResolvedConfig;
  /** The configuration file used, by its path among the sources. */
  configFile?: string;
  /** Why the configuration file could not be used (the defaults were): one line naming the line and key. */
  configError?: string;
  workspace: WorkspaceIndex<GovDocument>;
  /** Sorted by file and position, as every output of the CLI. */
  diagnostics: Diagnostic[];
  /** Files linted (Markdown and Word). */
  files: number;
  /** Of those, governance documents (with front matter). */
  documents: number;
  options: LintOptions;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function isConfigPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}

/** The configuration among the sources: the one nearest the top (a project's own), `.yaml` before `.yml` before `.json` in one folder. */
function chooseConfig(sources: readonly Source[]): Source | undefined {
  const depth = (path: string) => path.split('/').length;
  const rank = (path: string) => (CONFIG_FILE_NAMES as readonly string[]).indexOf(path.slice(path.lastIndexOf('/') + 1));
  return sources
    .filter((source) => isConfigPath(source.path))
    .sort((a, b) => depth(a.path) - depth(b.path) || (folderOf(a.path) < folderOf(b.path) ? -1 : folderOf(a.path) > folderOf(b.path) ? 1 : rank(a.path) - rank(b.path)))[0];
}

/** The path of `path` inside `root` ('' = the top), or undefined when it lies elsewhere. */
function insideRoot(root: string, path: string): string | undefined {
  if (root === '') return path;
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}

/**
 * The files the CLI would lint in the project: inside the configuration's folder, matched by its
 * `include` globs (each Markdown glob with its Word twin, as the CLI searches) and not by its
 * `ignore` globs nor Word's lock files, never under node_modules or .git.
 * (`.gitignore` files are not read here: a dropped folder rarely carries one that matters.)
 */
function projectFiles(sources: readonly Source[], config: ResolvedConfig, root: string): Source[] {
  const globs = wordAware(config);
  const included = picomatch(globs.include, { dot: false });
  const ignored = ignore().add(globs.ignore);
  return sources.filter((source) => {
    if (!source.path.toLowerCase().endsWith('.md') && !isWordPath(source.path)) return false;
    const inside = insideRoot(root, source.path);
    if (inside === undefined) return false;
    if (inside.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    return included(inside) && !ignored.ignores(inside);
  });
}

/** A path as findings write it: `/` separators, no leading `./` or `/`. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

/** A file parsed and checked by the document rules, kept while its content and the run's settings stay the same. */
interface CheckedFile {
  content: string | Uint8Array;
  document: GovDocument;
  findings: Diagnostic[];
}

function contentOf(source: Source): string | Uint8Array {
  return 'bytes' in source ? source.bytes : source.text;
}

/** A configuration's text; its bytes are decoded as the CLI decodes a configuration file (UTF-8, or UTF-16 with a byte order mark). */
function configText(source: Source): string {
  return 'bytes' in source ? decodeConfigBytes(source.bytes, source.path) : source.text;
}

/** A file's document, read as the CLI reads it: a `.docx` as a Word document (as if imported, each line knowing its paragraph), anything else as Markdown. */
function documentOf(path: string, content: string | Uint8Array, config: ResolvedConfig): GovDocument {
  if (isWordPath(path)) return documentFromDocx(path, typeof content === 'string' ? new TextEncoder().encode(content) : content, config);
  return typeof content === 'string' ? documentFromText(path, content, config) : documentFromBytes(path, content, config);
}

/**
 * Lints files held in memory as the CLI lints a project: a `.govlint.yaml`/`.yml`/`.json` among
 * them configures the run (its folder is the project), every other Markdown file in the project
 * is a document, and the hierarchy rules see them all.
 *
 * A session remembers each file's document and document-rule findings, so linting again after
 * one file changed parses and checks that file alone; the hierarchy rules, which read the other
 * documents, run on every file each time (they are cheap). A change of configuration, date or
 * message language starts afresh.
 */
export class LintSession {
  private readonly checked = new Map<string, CheckedFile>();
  private settings = '';

  lint(sources: readonly Source[], options: LintSourcesOptions = {}): SourcesResult {
    const normalized = sources.map((source): Source => ({ ...source, path: normalizePath(source.path) }));
    const configSource = chooseConfig(normalized);
    let config: ResolvedConfig;
    let configError: string | undefined;
    const root = configSource ? folderOf(configSource.path) : '';
    let configContent: string | undefined;
    if (configSource) {
      try {
        configContent = configText(configSource);
        config = parseConfigContent(configContent, configSource.path, allRules, { root, file: configSource.path });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        configError = error.message;
        config = defaultConfig(root);
      }
    } else config = defaultConfig(root);
    const lintOptions: LintOptions = { config, rules: allRules, today: options.today ?? todayIso(), ...(options.lang ? { lang: options.lang } : {}) };
    const settings = JSON.stringify([configSource?.path, configContent, lintOptions.today, lintOptions.lang]);
    if (settings !== this.settings) {
      this.checked.clear();
      this.settings = settings;
    }
    const files = projectFiles(normalized, config, root).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const current = new Set(files.map((file) => file.path));
    for (const path of this.checked.keys()) if (!current.has(path)) this.checked.delete(path);
    const checked = files.map((file) => {
      const content = contentOf(file);
      let entry = this.checked.get(file.path);
      if (entry?.content !== content) {
        const document = documentOf(file.path, content, config);
        entry = { content, document, findings: lintDocumentRules(document, lintOptions) };
        this.checked.set(file.path, entry);
      }
      return entry;
    });
    const workspace = new WorkspaceIndex<GovDocument>(checked.map((entry) => entry.document));
    const diagnostics: Diagnostic[] = [];
    for (const { document, findings } of checked) {
      diagnostics.push(...findings, ...lintWorkspaceRules(document, workspace, lintOptions));
    }
    return {
      config,
      ...(configSource ? { configFile: configSource.path } : {}),
      ...(configError !== undefined ? { configError } : {}),
      workspace,
      diagnostics: sortDiagnostics(diagnostics),
      files: files.length,
      documents: checked.filter((entry) => isGovernanceDocument(entry.document)).length,
      options: lintOptions,
    };
  }
}

/** Lints files held in memory once (see `LintSession`). */
export function lintSources(sources: readonly Source[], options: LintSourcesOptions = {}): SourcesResult {
  return new LintSession().lint(sources, options);
}

/** The report `govlint --format json` prints for these findings (SPEC §5), to the byte. */
export function jsonReport(result: SourcesResult): string {
  return formatJson(
    { diagnostics: result.diagnostics, files: result.files, documents: result.documents, rules: allRules },
    { lang: result.options.lang ?? result.config.lang, color: false, suggest: false, cwd: '' },
  );
}

/** The HTML management report (`govlint report`) of these findings, in `lang`: one self-contained page. */
export function htmlReport(result: SourcesResult, lang: Lang): string {
  const model = buildReportModel({ workspace: result.workspace, diagnostics: result.diagnostics, config: result.config, rules: allRules, today: result.options.today, lang });
  return renderReport(model, { version: GOVLINT_VERSION });
}

/** A rewrite the engine proposes: its title and the text it writes. */
export interface Rewrite {
  title: string;
  text: string;
  /** The text has `[…]` places for the author to fill in. */
  placeholders: boolean;
  /** Safe to apply without a human (`--fix`). */
  safe: boolean;
}

/** One finding as the page shows it, in one language. */
export interface FindingView {
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the document's text. */
  start: number;
  end: number;
  goal?: string;
  /** In a Word document: where the finding lies in the original (the CLI's JSON `location`). */
  location?: SourceLocation;
  /** In a Word document: the paragraph's mark (`¶14`, `¶-` for the front matter built from the document's properties) and the place in words (`afsnit 14 i Mål › M2 …: »…«`), as the CLI's stylish output shows them. */
  paragraph?: { mark: string; where: string };
  /** The goal's SMART scorecard, for a finding on a goal. */
  smart?: { lines: ScoreLine[]; score: number; assessed: number };
  rewrites: Rewrite[];
}

/** The findings of one file, in `lang`, each with the goal's SMART card and the rewrites the engine proposes. */
export function findingViews(result: SourcesResult, path: string, lang: Lang): FindingView[] {
  const own = result.diagnostics.filter((diagnostic) => diagnostic.file === path);
  const document = result.workspace.get(path);
  const cards = new Map<string, FindingView['smart']>();
  const cardOf = (goalId: string): FindingView['smart'] => {
    if (cards.has(goalId)) return cards.get(goalId);
    const goal = document?.goals.find((candidate) => candidate.id === goalId);
    const card = document && goal ? scorecard(document, goal, own, result.config, result.options.today, lang) : undefined;
    const view = card ? { lines: card.lines, score: card.score, assessed: card.assessed } : undefined;
    cards.set(goalId, view);
    return view;
  };
  return own.map((diagnostic) => {
    const fixes = [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])];
    const smart = diagnostic.goal !== undefined ? cardOf(diagnostic.goal) : undefined;
    return {
      rule: diagnostic.rule,
      severity: diagnostic.severity,
      message: diagnostic.messages[lang],
      line: diagnostic.range.start.line,
      column: diagnostic.range.start.column,
      endLine: diagnostic.range.end.line,
      endColumn: diagnostic.range.end.column,
      start: diagnostic.range.start.offset,
      end: diagnostic.range.end.offset,
      ...(diagnostic.goal !== undefined ? { goal: diagnostic.goal } : {}),
      ...(diagnostic.location ? { location: diagnostic.location, paragraph: { mark: paragraphMark(diagnostic.location), where: describeLocation(diagnostic.location, lang) } } : {}),
      ...(smart ? { smart } : {}),
      rewrites: fixes.map((fix) => ({ title: fix.title[lang], text: suggestionText(fix), placeholders: fix.placeholders === true, safe: fix.safe })).filter((rewrite) => rewrite.text !== ''),
    };
  });
}

/**
 * The text a file is linted as: a Word document's converted text (the Markdown `govlint import`
 * writes, which the findings' offsets point into), a Markdown file's own text; undefined for a
 * file the run did not lint.
 */
export function lintedText(result: SourcesResult, path: string): string | undefined {
  return result.workspace.get(path)?.text;
}
