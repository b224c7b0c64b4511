// `--cache`: a content-hash cache of per-document diagnostics.
//
// A document's cached diagnostics are reused when its *dependency hash* is unchanged: the hash of
// its own bytes and of the bytes of every document its diagnostics were computed from (see
// WorkspaceIndex.dependenciesOf: documents sharing its id, the parent chain, referenced and
// referencing documents, …, plus its children), together with their paths. The whole cache is
// dropped when govlint (version, code, data), the configuration, `--today`, `--lang`, the working
// directory or the set of rules changes.
//
// Parsing is skipped for unchanged files: the cache keeps what the workspace index needs of each
// document (id, type, parent, status, goal references), so the index — and with it every dependency
// hash — is built from these summaries; only changed documents, and documents that a stale document's
// rules read, are parsed.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../engine/data/files.ts';
import { lintDocument, type LintOptions } from '../engine/lint/runner.ts';
import type { DocumentMeta, Goal, GoalRef, GovDocument } from '../engine/model/document.ts';
import { documentFromBytes, unreadableDocument } from '../engine/parse/from-bytes.ts';
import type { Diagnostic } from '../engine/types.ts';
import type { DiscoveredFile } from '../engine/workspace/discover.ts';
import { WorkspaceIndex } from '../engine/workspace/index.ts';
import { GOVLINT_VERSION } from './version.ts';

/** Bumped when the layout of the cache file changes. */
const CACHE_FORMAT = 1;

export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'govlint');

/** What the workspace index reads of a document, kept so an unchanged file need not be parsed. */
interface DocumentSummary {
  meta: DocumentMeta;
  goals: Array<{ id?: string; implements: GoalRef[] }>;
  governance: boolean;
}

interface CacheEntry {
  /** Hash of the file's bytes (or of why it could not be read). */
  hash: string;
  summary: DocumentSummary;
  /** Hash of the file and every document its diagnostics depend on. */
  dependencyHash: string;
  diagnostics: Diagnostic[];
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
}

export interface CacheStats {
  /** Paths of the documents parsed in this run (the rest were built from the cache's summaries). */
  parsed: string[];
  /** Paths of the documents linted in this run (the rest took their diagnostics from the cache). */
  linted: string[];
  /** Documents in the workspace. */
  documents: number;
}

export interface CachedLintResult {
  diagnostics: Diagnostic[];
  /** Governance documents (with front matter). */
  documents: number;
  stats: CacheStats;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with sorted keys, so equal configurations hash equally whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Map) return Object.fromEntries([...inner].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
    if (inner instanceof Set) return [...inner].sort();
    if (inner instanceof RegExp) return inner.toString();
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return inner;
  });
}

function filesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

let toolHash: string | undefined;

/** govlint itself: its version, the code of this build and its data files (a rebuild invalidates the cache). */
export function toolFingerprint(): string {
  if (toolHash) return toolHash;
  const hash = createHash('sha256').update(GOVLINT_VERSION);
  try {
    hash.update(readFileSync(fileURLToPath(import.meta.url)));
  } catch {
    hash.update('no-code');
  }
  try {
    const data = join(findPackageRoot(), 'data');
    for (const file of filesBelow(data)) hash.update(file.slice(data.length)).update(readFileSync(file));
  } catch {
    hash.update('no-data');
  }
  return (toolHash = hash.digest('hex'));
}

/** Everything besides the documents that the diagnostics depend on. */
export function cacheKey(options: LintOptions, cwd: string): string {
  return sha256(
    stableJson({
      format: CACHE_FORMAT,
      tool: toolFingerprint(),
      config: options.config,
      rules: options.rules.map((rule) => rule.meta.id),
      today: options.today,
      lang: options.lang ?? null,
      cwd,
    }),
  );
}

/** The cache file for one working directory and set of paths, inside the cache location. */
export function cacheFilePath(location: string, cwd: string, paths: readonly string[]): string {
  return join(location, `lint-${sha256(stableJson({ cwd, paths: [...paths].sort() })).slice(0, 16)}.json`);
}

function summarize(document: GovDocument): DocumentSummary {
  return {
    meta: document.meta,
    goals: document.goals.map((goal) => (goal.id === undefined ? { implements: goal.implements } : { id: goal.id, implements: goal.implements })),
    governance: document.frontmatter !== undefined,
  };
}

const EMPTY_RANGE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** A stand-in for an unchanged, unparsed document: enough for the workspace index, nothing for rules. */
function stubDocument(path: string, summary: DocumentSummary): GovDocument {
  const goals: Goal[] = summary.goals.map((goal) => ({
    ...(goal.id !== undefined ? { id: goal.id } : {}),
    title: '',
    titleRange: EMPTY_RANGE,
    statement: '',
    statementSpans: [],
    fields: [],
    implements: goal.implements,
    range: EMPTY_RANGE,
    kind: 'heading',
    sectionPath: [],
    insertFieldAt: 0,
    hasFieldList: false,
    fieldIndent: '',
  }));
  const stub: GovDocument = {
    path,
    text: '',
    hasBom: false,
    eol: '\n',
    meta: summary.meta,
    sections: [],
    allSections: [],
    goals,
    textBlocks: [],
    comments: [],
    parseProblems: [],
    lineStarts: [0],
  };
  if (summary.governance) stub.frontmatter = { range: EMPTY_RANGE, bodyRange: EMPTY_RANGE, entries: new Map(), duplicateKeys: [], errors: [] };
  return stub;
}

function readCache(file: string, key: string): Record<string, CacheEntry> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.format === CACHE_FORMAT && parsed.key === key && parsed.entries && typeof parsed.entries === 'object') return parsed.entries;
  } catch {
    // No cache yet, or an unreadable one: start cold.
  }
  return {};
}

function writeCache(file: string, content: CacheFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(content));
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
    try {
      unlinkSync(temp);
    } catch {
      // nothing to clean up
    }
  }
}

interface Loaded {
  file: DiscoveredFile;
  hash: string;
  bytes?: Uint8Array;
  readProblem?: string;
  document: GovDocument;
  parsed: boolean;
}

/** The paths whose content the diagnostics of `path` depend on: the index's dependencies and the children. */
function dependencyPaths(index: WorkspaceIndex, document: GovDocument): string[] {
  const paths = index.dependenciesOf(document.path);
  if (document.meta.id !== undefined) for (const child of index.childrenOf(document.meta.id)) paths.add(child.path);
  paths.delete(document.path);
  return [...paths].sort();
}

/**
 * Lints the files like `lintWorkspace`, reusing cached per-document diagnostics whose dependency
 * hash is unchanged, and writes the cache back. Returns the diagnostics sorted as `lintWorkspace` does.
 */
export function lintWithCache(files: readonly DiscoveredFile[], options: LintOptions, cacheFile: string, cwd: string): CachedLintResult {
  const key = cacheKey(options, resolve(cwd));
  const entries = readCache(cacheFile, key);
  const stats: CacheStats = { parsed: [], linted: [], documents: files.length };

  const parse = (item: Loaded): void => {
    if (item.parsed) return;
    item.document = item.bytes ? documentFromBytes(item.file.relative, item.bytes, options.config) : unreadableDocument(item.file.relative, item.readProblem!);
    item.parsed = true;
    stats.parsed.push(item.file.relative);
  };

  const loaded: Loaded[] = files.map((file) => {
    let bytes: Uint8Array | undefined;
    let readProblem: string | undefined;
    try {
      bytes = readFileSync(file.absolute);
    } catch (error) {
      readProblem = `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    }
    const hash = bytes ? sha256(bytes) : `!${readProblem}`;
    const entry = entries[file.relative];
    const item: Loaded = { file, hash, document: undefined as unknown as GovDocument, parsed: false };
    if (bytes) item.bytes = bytes;
    if (readProblem !== undefined) item.readProblem = readProblem;
    if (entry && entry.hash === hash) item.document = stubDocument(file.relative, entry.summary);
    else parse(item);
    return item;
  });
  const byPath = new Map(loaded.map((item) => [item.file.relative, item]));

  // Dependency hashes, from an index of parsed documents and stubs (the index reads the same of both).
  const index = new WorkspaceIndex(loaded.map((item) => item.document));
  const dependencies = new Map<string, string[]>();
  const dependencyHashes = new Map<string, string>();
  for (const item of loaded) {
    const paths = dependencyPaths(index, item.document);
    dependencies.set(item.file.relative, paths);
    const parts = [item.file.relative, item.hash, ...paths.map((path) => `${path}\u0000${byPath.get(path)?.hash ?? ''}`)];
    dependencyHashes.set(item.file.relative, sha256(parts.join('\u0001')));
  }
  const stale = loaded.filter((item) => {
    const entry = entries[item.file.relative];
    return !entry || entry.hash !== item.hash || entry.dependencyHash !== dependencyHashes.get(item.file.relative);
  });

  // The rules of a stale document read it and its dependencies: those must be real documents.
  let lintIndex = index;
  if (stale.length > 0) {
    let replaced = false;
    for (const item of stale) {
      for (const path of [item.file.relative, ...dependencies.get(item.file.relative)!]) {
        const needed = byPath.get(path);
        if (needed && !needed.parsed) {
          parse(needed);
          replaced = true;
        }
      }
    }
    if (replaced) lintIndex = new WorkspaceIndex(loaded.map((item) => item.document));
  }

  const fresh = new Map<string, Diagnostic[]>();
  for (const item of stale) {
    fresh.set(item.file.relative, lintDocument(item.document, lintIndex, options));
    stats.linted.push(item.file.relative);
  }

  const next: CacheFile = { format: CACHE_FORMAT, key, entries: {} };
  const diagnostics: Diagnostic[] = [];
  let documents = 0;
  for (const document of index.documents()) {
    const item = byPath.get(document.path)!;
    const previous = entries[document.path];
    const own = fresh.get(document.path) ?? previous!.diagnostics;
    const summary = item.parsed ? summarize(item.document) : previous!.summary;
    if (summary.governance) documents++;
    diagnostics.push(...own);
    next.entries[document.path] = { hash: item.hash, summary, dependencyHash: dependencyHashes.get(document.path)!, diagnostics: own };
  }
  writeCache(cacheFile, next);
  return { diagnostics, documents, stats };
}

/** Where the cache lives: `--cache-location` (a folder, or a `.json` file), or the default under node_modules. */
export function resolveCacheFile(cwd: string, location: string | undefined, paths: readonly string[]): string {
  if (location !== undefined) {
    const absolute = resolve(cwd, location);
    let isDirectory = !absolute.endsWith('.json');
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      // Does not exist yet: a `.json` name is a file, anything else a folder.
    }
    if (!isDirectory) return absolute;
    return cacheFilePath(absolute, resolve(cwd), paths);
  }
  return cacheFilePath(resolve(cwd, DEFAULT_CACHE_LOCATION), resolve(cwd), paths);
}
