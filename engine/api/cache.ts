// `--cache`: a content-hash cache of per-document diagnostics.
//
// A document's cached diagnostics are reused when its *dependency hash* is unchanged: the hash of
// its own bytes and of the bytes of every document its diagnostics were computed from (see
// WorkspaceIndex.dependenciesOf: documents sharing its id, the parent chain, referenced and
// referencing documents, …, plus its children), together with their paths. The whole cache is
// dropped when govlint (version, code, data), the configuration, `--today`, `--lang`, the working
// directory or the set of rules changes.
//
// Parsing is skipped for unchanged files: beside the findings, the cache keeps each file's outline
// (what the workspace rules read, see DocumentOutline) and the findings of its document rules. An
// unchanged file whose dependencies changed is re-checked by the workspace rules alone, on its
// revived outline; only changed files are parsed (on worker threads when there are many). When
// no file changed at all, not even the outlines are read.
//
// Nothing but a cache is ever replaced: every cache file starts with CACHE_MARKER, and an existing
// file that does not (NOTES.md, package.json given as `--cache-location`) is left alone and the
// run goes uncached. A cache that cannot be written (a read-only folder, a file in the way) costs
// only time: the run warns in one line and goes on.
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../data/files.ts';
import { lintFile, type LintedFile } from '../lint/files.ts';
import { isGovernanceDocument, lintWorkspaceRules, sortDiagnostics, type LintOptions } from '../lint/runner.ts';
import type { DocumentOutline } from '../model/document.ts';
import type { Diagnostic } from '../types.ts';
import type { DiscoveredFile } from '../workspace/discover.ts';
import { WorkspaceIndex } from '../workspace/index.ts';
import type { Lang } from '../types.ts';
import { errorCode, pathKind, readHead, replaceFile } from './safe-write.ts';
import { GOVLINT_VERSION } from './version.ts';

/** Bumped when the layout of the cache file changes (written as ASCII since format 6 or as UTF-8, it reads alike: see `asciiJson`). */
const CACHE_FORMAT = 6;

/** How every cache file begins (its first key): what makes a file recognisably a govlint cache. */
const CACHE_MARKER = '{"govlint":"cache",';
/** A cache of formats 1 to 5 (before the marker): `{"format":5,"key":"<sha-256>",`. */
const OLD_CACHE_START = /^\{"format":[1-5],"key":"[0-9a-f]{64}",/;

export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'govlint');

interface CacheEntry {
  /** Hash of the file's bytes (or of why it could not be read). */
  hash: string;
  /** Whether the file is a governance document (has front matter). */
  governance: boolean;
  /** Hash of the file and every document its diagnostics depend on. */
  dependencyHash: string;
  /** As stored, without what `storedDiagnostic` leaves out; whole again once read (`reviveDiagnostics`). */
  diagnostics: Diagnostic[];
}

/**
 * A diagnostic as the cache stores it: without its file when it is the entry's, and without its
 * message when that is its `messages` in its `lang` (3,000 documents: 18 → 14 MB to read). The
 * order of keys is not kept: no reader of a diagnostic depends on it.
 */
type StoredDiagnostic = Omit<Diagnostic, 'file' | 'message'> & Partial<Pick<Diagnostic, 'file' | 'message'>>;

function storedDiagnostic(diagnostic: Diagnostic, path: string): StoredDiagnostic {
  const { file, message, ...rest } = diagnostic;
  return { ...rest, ...(file !== path ? { file } : {}), ...(diagnostic.lang === undefined || message !== diagnostic.messages[diagnostic.lang] ? { message } : {}) };
}

/** The stored diagnostics of `path` whole again, in place: the file is the entry's, the message its `messages` in its `lang`. */
function reviveDiagnostics(stored: StoredDiagnostic[], path: string): Diagnostic[] {
  for (const diagnostic of stored) {
    diagnostic.file ??= path;
    if (diagnostic.lang !== undefined) diagnostic.message ??= diagnostic.messages[diagnostic.lang];
  }
  return stored as Diagnostic[];
}

interface CacheFile {
  govlint: 'cache';
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
}

/** Per file what phase 1 of a lint found, kept beside the cache file: read only when some file changed. */
interface DocumentsFile {
  govlint: 'cache';
  format: number;
  key: string;
  /** By path: the hash of the bytes, the outline (front-matter Map tagged, see `reviveOutline`) and the document rules' findings. */
  documents: Record<string, { hash: string; outline: unknown; own: Diagnostic[] }>;
}

export interface CacheStats {
  /** Paths of the documents parsed in this run (the rest were revived from the cache, or not needed). */
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
  /** Paths of the governance documents. */
  governance: string[];
  stats: CacheStats;
  /** Set when the cache could not be written (the findings are complete; the next run is slower). */
  writeProblem?: CacheProblem;
}

/** Why a cache file is not used: it is not govlint's, or it could not be written (with the error code). */
export interface CacheProblem {
  file: string;
  kind: 'not-a-cache' | 'unwritable';
  code?: string;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with sorted keys, so equal configurations hash equally whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Map) return Object.fromEntries([...(inner as Map<PropertyKey, unknown>)].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
    if (inner instanceof Set) return [...(inner as Set<unknown>)].sort();
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

const MAP_TAG = '\u0000map';

/** A cached outline back as a DocumentOutline: plain data, with the front matter's entries a Map again. */
function reviveOutline(stored: unknown): DocumentOutline {
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record[MAP_TAG])) return new Map((record[MAP_TAG] as Array<[string, unknown]>).map(([key, inner]) => [key, revive(inner)]));
      return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, revive(inner)]));
    }
    return value;
  };
  return revive(stored) as DocumentOutline;
}

function readJson<T extends { format: number; key: string }>(file: string, key: string): T | undefined {
  if (pathKind(file) !== 'file') return undefined;
  try {
    const bytes = readFileSync(file);
    // Written as ASCII (`asciiJson`): decoded a byte a character, V8 holds and parses it as a one-byte string (a UTF-8 file of an older build is decoded as such).
    const parsed = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as Partial<T>;
    if (parsed.format === CACHE_FORMAT && parsed.key === key) return parsed as T;
  } catch {
    // No cache yet, or an unreadable one: start cold.
  }
  return undefined;
}

/** Whether `file` may be written as a cache: nothing is there yet, or a govlint cache (or an empty file) is. */
function mayReplace(file: string): boolean {
  const kind = pathKind(file);
  if (kind === 'missing') return true;
  if (kind !== 'file') return false;
  const head = readHead(file, 96);
  return head !== undefined && (head === '' || head.startsWith(CACHE_MARKER) || OLD_CACHE_START.test(head));
}

/** The documents file kept beside a cache file. */
function documentsFileOf(cacheFile: string): string {
  return `${cacheFile.replace(/\.json$/, '')}.documents.json`;
}

/** Why the cache at `cacheFile` must not be used (a file there, or beside it, that is not a govlint cache), or undefined. */
export function cacheRefusal(cacheFile: string): CacheProblem | undefined {
  for (const file of [cacheFile, documentsFileOf(cacheFile)]) if (!mayReplace(file)) return { file, kind: 'not-a-cache' };
  return undefined;
}

/**
 * JSON with every character beyond ASCII written as a `\u` escape. The cache is mostly Danish
 * messages: as UTF-8, a few letters each would make the whole file a two-byte string when read;
 * as ASCII it is read and parsed in about half the time (3,000 documents, 18 MB: 0.5 → 0.27 s).
 */
function asciiJson(value: unknown): string {
  const json = JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Map ? { [MAP_TAG]: [...inner] } : inner));
  return json.replace(/[^\u0000-\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes a cache file, unless what is there is not a cache; returns why it could not, or undefined. */
function writeJson(file: string, content: CacheFile | DocumentsFile): CacheProblem | undefined {
  if (!mayReplace(file)) return { file, kind: 'not-a-cache' };
  try {
    replaceFile(file, asciiJson(content));
    return undefined;
  } catch (error) {
    return { file, kind: 'unwritable', code: errorCode(error) };
  }
}

const CACHE_WORDS: Record<Lang, Record<CacheProblem['kind'], string>> = {
  da: {
    'not-a-cache': '{file} er ikke en govlint-cache og overskrives ikke; kørslen bruger ingen cache',
    unwritable: 'cachen kunne ikke gemmes i {file} ({code}); resultatet er fuldstændigt, men næste kørsel tjekker alt igen',
  },
  en: {
    'not-a-cache': '{file} is not a govlint cache and is not overwritten; this run is not cached',
    unwritable: 'the cache could not be written to {file} ({code}); the findings are complete, but the next run checks everything again',
  },
};

/** The one-line warning for a cache problem (stderr), with the file relative to `cwd` when it is inside. */
export function describeCacheProblem(problem: CacheProblem, cwd: string, lang: Lang): string {
  const inside = relative(cwd, problem.file);
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : problem.file;
  return `govlint: ${CACHE_WORDS[lang][problem.kind].replace('{file}', shown).replace('{code}', problem.code ?? '')}\n`;
}

/** The paths whose content the diagnostics of `path` depend on: the index's dependencies and the children. */
function dependencyPaths(index: WorkspaceIndex<DocumentOutline>, document: DocumentOutline): string[] {
  const paths = index.dependenciesOf(document.path);
  if (document.meta.id !== undefined) for (const child of index.childrenOf(document.meta.id)) paths.add(child.path);
  paths.delete(document.path);
  return [...paths].sort();
}

function hashFile(file: DiscoveredFile): string {
  try {
    return sha256(readFileSync(file.absolute));
  } catch (error) {
    return `!unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}

/** Phase 1 (read, parse, document rules) of the files that changed: here, or on worker threads. */
export type LintChangedFiles = (files: readonly DiscoveredFile[]) => Promise<LintedFile[]>;

/**
 * Lints the files like `lintWorkspace`, reusing what the cache holds for unchanged files, and
 * writes the cache back. Returns the diagnostics sorted as `lintWorkspace` does.
 */
export async function lintWithCache(
  files: readonly DiscoveredFile[],
  options: LintOptions,
  cacheFile: string,
  cwd: string,
  lintChanged: LintChangedFiles = (changed) => Promise.resolve(changed.map((file) => lintFile(file, options))),
): Promise<CachedLintResult> {
  const key = cacheKey(options, resolve(cwd));
  const entries = readJson<CacheFile>(cacheFile, key)?.entries ?? {};
  for (const [path, entry] of Object.entries(entries)) reviveDiagnostics(entry.diagnostics, path);
  const documentsFile = documentsFileOf(cacheFile);
  const stats: CacheStats = { parsed: [], linted: [], documents: files.length };
  const hashes = new Map(files.map((file) => [file.relative, hashFile(file)]));

  // Nothing changed (same files, same bytes): every dependency hash is as stored.
  const cachedPaths = Object.keys(entries);
  if (cachedPaths.length === files.length && files.every((file) => entries[file.relative]?.hash === hashes.get(file.relative))) {
    const sorted = [...files].map((file) => file.relative).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const governance = sorted.filter((path) => entries[path]!.governance);
    return { diagnostics: sorted.flatMap((path) => entries[path]!.diagnostics), documents: governance.length, governance, stats };
  }

  // An unchanged file's outline and document-rule findings come from the cache; a changed or new file is linted.
  const stored = readJson<DocumentsFile>(documentsFile, key)?.documents ?? {};
  for (const [path, entry] of Object.entries(stored)) reviveDiagnostics(entry.own, path);
  const phaseOne = new Map<string, { outline: DocumentOutline; own: Diagnostic[]; stored?: unknown }>();
  const changed: DiscoveredFile[] = [];
  for (const file of files) {
    const entry = stored[file.relative];
    if (entry && entry.hash === hashes.get(file.relative)) phaseOne.set(file.relative, { outline: reviveOutline(entry.outline), own: entry.own, stored: entry.outline });
    else changed.push(file);
  }
  for (const linted of await lintChanged(changed)) {
    stats.parsed.push(linted.outline.path);
    phaseOne.set(linted.outline.path, { outline: linted.outline, own: linted.diagnostics });
  }
  const index = new WorkspaceIndex<DocumentOutline>([...phaseOne.values()].map((item) => item.outline));

  const next: CacheFile = { govlint: 'cache', format: CACHE_FORMAT, key, entries: {} };
  const nextDocuments: DocumentsFile = { govlint: 'cache', format: CACHE_FORMAT, key, documents: {} };
  const diagnostics: Diagnostic[] = [];
  const governancePaths: string[] = [];
  for (const document of index.documents()) {
    const item = phaseOne.get(document.path)!;
    const hash = hashes.get(document.path)!;
    const parts = [document.path, hash, ...dependencyPaths(index, document).map((path) => `${path}\u0000${hashes.get(path) ?? ''}`)];
    const dependencyHash = sha256(parts.join('\u0001'));
    const previous = entries[document.path];
    let found: Diagnostic[];
    if (previous && previous.hash === hash && previous.dependencyHash === dependencyHash) {
      found = previous.diagnostics;
    } else {
      found = sortDiagnostics([...item.own, ...lintWorkspaceRules(document, index, options)]);
      stats.linted.push(document.path);
    }
    const governance = isGovernanceDocument(document);
    if (governance) governancePaths.push(document.path);
    diagnostics.push(...found);
    next.entries[document.path] = { hash, governance, dependencyHash, diagnostics: found.map((diagnostic) => storedDiagnostic(diagnostic, document.path)) as Diagnostic[] };
    nextDocuments.documents[document.path] = { hash, outline: item.stored ?? document, own: item.own.map((diagnostic) => storedDiagnostic(diagnostic, document.path)) as Diagnostic[] };
  }
  const documentsProblem = writeJson(documentsFile, nextDocuments);
  const writeProblem = writeJson(cacheFile, next) ?? documentsProblem;
  return { diagnostics, documents: governancePaths.length, governance: governancePaths, stats, ...(writeProblem ? { writeProblem } : {}) };
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
