// Configuration text to a resolved configuration, with line-accurate errors. Pure: reading the
// file (load.ts) is the platform's part.
import { LineCounter, parseDocument, isNode } from 'yaml';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { readDataFile } from '../data/files.ts';
import { DEFAULT_TARGET_LAW, lawIdSchema, paragraphKeySchema, shippedLawIds } from '../data/legal-schemas.ts';
import { composeConfigSchema, perTypeEntry, resolveConfig, type ConfigInput, type ConfigRules, type ResolvedConfig } from './schema.ts';

/** A configuration that cannot be used; `message` is one line that names the file, line and key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

function describeIssue(issue: z.core.$ZodIssue, ruleIds: readonly string[]): string {
  const key = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const where = key ? ` in "${key}"` : '';
    if (key === 'rules') {
      const first = issue.keys[0] ?? '';
      const near = ruleIds.length > 0 ? closest(first, [...ruleIds]) : undefined;
      // Only a near miss is worth suggesting (a third of the name may differ), otherwise list nothing.
      const hint = near !== undefined && distance(first, near) <= Math.max(2, Math.floor(first.length / 3)) ? ` (did you mean "${near}"?)` : '';
      return `unknown rule "${first}"${where}${hint}`;
    }
    return `unknown key ${keys}${where}`;
  }
  if (issue.code === 'invalid_key') return `"${key}": ${issue.issues[0]?.message ?? issue.message}`;
  if (issue.code === 'invalid_value') return `"${key}": ${issue.message.replace(/^Invalid option: expected one of/, 'expected one of')}`;
  return `"${key}": ${issue.message}`;
}

/** Deeper than this, a configuration is refused (the deepest the schema knows is 4 levels). */
export const MAX_CONFIG_DEPTH = 32;

const TOO_DEEP = `the configuration is nested more than ${MAX_CONFIG_DEPTH} levels deep`;

/** Whether a parser ran out of stack: what a pathologically nested document does. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof Error && /Maximum call stack size exceeded/.test(error.message);
}

/** How deeply arrays and objects nest in `value` (0 for a scalar), without recursion. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const inner of Object.values(item)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

type YamlDocument = ReturnType<typeof parseDocument>;

/**
 * A ConfigError at the node of `path` (the nearest node that exists on the way there); with
 * `atKey`, at the last key itself rather than its value.
 */
function errorAt(document: YamlDocument, lineCounter: LineCounter, file: string, path: ReadonlyArray<string | number>, atKey: boolean, message: string): ConfigError {
  let line: number | undefined;
  let column: number | undefined;
  for (let depth = path.length; depth >= 0 && line === undefined; depth--) {
    const node: unknown = document.getIn(path.slice(0, depth), true);
    let offset: number | undefined = isNode(node) ? node.range?.[0] : undefined;
    if (atKey && depth === path.length) {
      // getIn returns the value; the key sits on the pair in the parent map.
      const parent: unknown = document.getIn(path.slice(0, -1), true);
      if (parent && typeof parent === 'object' && 'items' in parent) {
        const pair = (parent.items as Array<{ key: unknown }>).find(
          (item) => isNode(item.key) && 'value' in item.key && String((item.key as { value: unknown }).value) === String(path[path.length - 1]),
        );
        if (pair && isNode(pair.key)) offset = pair.key.range?.[0];
      }
    }
    if (offset !== undefined) {
      const position = lineCounter.linePos(offset);
      line = position.line;
      column = position.col;
    }
  }
  const where = line !== undefined ? `${file}:${line}:${column}` : file;
  return new ConfigError(`${where}: ${message}`, file, line, column);
}

/**
 * zod builds a record by assignment, so a `__proto__` key would become the record's prototype
 * without being checked: every key of the field-knowledge records is checked here as written.
 */
function checkFieldKnowledgeKeys(data: unknown, document: YamlDocument, lineCounter: LineCounter, file: string): void {
  const knowledge = ownValue(data, 'fieldKnowledge');
  for (const [name, keySchema] of [
    ['laws', lawIdSchema],
    ['legalReferences', paragraphKeySchema],
  ] as const) {
    const record = ownValue(knowledge, name);
    if (!record || typeof record !== 'object') continue;
    for (const key of Object.keys(record)) {
      const checked = keySchema.safeParse(key);
      if (checked.success) continue;
      const path = ['fieldKnowledge', name, key];
      throw errorAt(document, lineCounter, file, path, true, `"${path.join('.')}": ${checked.error.issues[0]?.message ?? 'invalid key'}`);
    }
  }
}

function ownValue(data: unknown, key: string): unknown {
  return data && typeof data === 'object' && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * Every moved paragraph of `fieldKnowledge` names a law the project defines or govlint ships
 * (read through the data seam, which the browser builds fill from the bundle).
 */
function checkLawKeys(input: ConfigInput, document: YamlDocument, lineCounter: LineCounter, file: string): void {
  const moves = input.fieldKnowledge?.legalReferences;
  if (!moves) return;
  const known = new Set([...shippedLawIds(readDataFile), ...Object.keys(input.fieldKnowledge?.laws ?? {})]);
  for (const [key, move] of Object.entries(moves)) {
    const law = move.law ?? DEFAULT_TARGET_LAW;
    if (known.has(law)) continue;
    const path = ['fieldKnowledge', 'legalReferences', key, 'law'];
    throw errorAt(document, lineCounter, file, path, false, `"${path.join('.')}": no law "${law}" in "fieldKnowledge.laws" (known: ${[...known].sort().join(', ')})`);
  }
}

/** Where a configuration sits: the project folder it governs, and its own path (both as the platform writes them). */
export interface ConfigPlace {
  root: string;
  file: string;
}

/**
 * Parses and validates configuration text (YAML or JSON — JSON is YAML) placed at `place`;
 * `file` names it in messages; `rules` are the rules whose IDs and options it may set. Throws
 * ConfigError. No file system: the browser build uses it too.
 */
export function parseConfigContent(text: string, file: string, rules: ConfigRules, place: ConfigPlace): ResolvedConfig {
  const { ruleIds, schema } = composeConfigSchema(rules);
  const lineCounter = new LineCounter();
  let document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (isStackOverflow(error)) throw new ConfigError(`${file}: ${TOO_DEEP}`, file);
    throw error;
  }
  const firstError = document.errors[0];
  if (firstError) {
    const position = lineCounter.linePos(firstError.pos[0]);
    const message = isStackOverflow(firstError) ? TOO_DEEP : firstError.message.split('\n')[0];
    throw new ConfigError(`${file}:${position.line}:${position.col}: ${message}`, file, position.line, position.col);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: ${isStackOverflow(error) ? TOO_DEEP : error instanceof Error ? error.message : String(error)}`, file);
  }
  if (nestingDepth(data, MAX_CONFIG_DEPTH) > MAX_CONFIG_DEPTH) throw new ConfigError(`${file}: ${TOO_DEEP}`, file);
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // Point at the offending key: for an unknown key, the key itself; otherwise the value at the path.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    // A key that fails its record's key schema is pointed at too, not at its value.
    const atKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
    throw errorAt(document, lineCounter, file, path as Array<string | number>, atKey, describeIssue(issue, ruleIds));
  }
  const input = result.data;
  checkFieldKnowledgeKeys(data, document, lineCounter, file);
  checkLawKeys(input, document, lineCounter, file);
  const written: Record<string, unknown> = { ...input };
  for (const [key, keySchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const entry = perTypeEntry(keySchema);
    if (entry) written[key] = ownEntries(data, key, entry, file) ?? written[key];
  }
  return resolveConfig(written, place.root, place.file);
}

/**
 * The entries of a per-type section (a `perTypeRecord`: `requiredSections`, `reviewIntervalMonths`) as written.
 * zod builds a record by assignment, which makes a `__proto__` key the record's prototype (and
 * skips its check); type names are data, so every key is kept as an own entry, checked alike.
 */
function ownEntries<T>(data: unknown, key: string, entry: z.ZodType<T>, file: string): Record<string, T> | undefined {
  const section = data && typeof data === 'object' ? (Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined) : undefined;
  if (!section || typeof section !== 'object') return undefined;
  const entries: Array<[string, T]> = [];
  for (const [type, value] of Object.entries(section)) {
    const checked = entry.safeParse(value);
    if (!checked.success) throw new ConfigError(`${file}: "${key}.${type}": ${checked.error.issues[0]?.message ?? 'invalid value'}`, file);
    entries.push([type, checked.data]);
  }
  // fromEntries defines each key as an own property, `__proto__` included.
  return Object.fromEntries(entries);
}

/**
 * The text of a configuration file: UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so
 * (Windows editors save that way). Anything else that is not UTF-8 text is refused clearly.
 */
export function decodeConfigBytes(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new ConfigError(`${file}: the configuration is not text (NUL bytes; UTF-16 needs a byte order mark): save it as UTF-8`, file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ConfigError(`${file}: the configuration is not valid UTF-8: save it as UTF-8`, file);
  }
}
