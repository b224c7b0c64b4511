import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Frontmatter, FrontmatterEntry } from '../model/document.ts';
import { lineRange, rangeAt } from '../text/positions.ts';
import type { Range } from '../types.ts';
import { FRONTMATTER_KEY_ALIASES } from './aliases.ts';
import { ownValue } from '../own-value.ts';

export interface FrontmatterBlock {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just after the closing fence line (or the end of text when unclosed). */
  end: number;
  /** Offsets of the YAML between the fences. */
  bodyStart: number;
  bodyEnd: number;
  closed: boolean;
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds a front-matter block at the very start of the text (no regex over the whole text: a line scan). */
export function findFrontmatterBlock(text: string): FrontmatterBlock | undefined {
  const opening = OPENING_FENCE.exec(text.slice(0, 16));
  if (!opening) return undefined;
  const bodyStart = opening[0].length;
  // Lines end in LF, CRLF or a lone CR (old Mac files): the next of each is searched only once passed.
  let nextLf = -1;
  let nextCr = -1;
  let lineStart = bodyStart;
  while (lineStart <= text.length) {
    if (nextLf !== text.length && nextLf < lineStart) nextLf = indexOrEnd(text, '\n', lineStart);
    if (nextCr !== text.length && nextCr < lineStart) nextCr = indexOrEnd(text, '\r', lineStart);
    const lineEnd = Math.min(nextLf, nextCr);
    const breakLength = lineEnd === nextCr && nextLf === lineEnd + 1 ? 2 : lineEnd < text.length ? 1 : 0;
    const line = text.slice(lineStart, lineEnd);
    if (CLOSING_FENCE.test(line)) {
      return { start: 0, end: lineEnd + breakLength, bodyStart, bodyEnd: lineStart, closed: true };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + breakLength;
  }
  return { start: 0, end: text.length, bodyStart, bodyEnd: text.length, closed: false };
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

/** YAML for the `yaml` parser, which knows LF and CRLF only: a lone CR becomes LF (same length, so offsets hold). */
function withYamlLineBreaks(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

function nodeRange(node: YamlNode | null | undefined, base: number, lineStarts: readonly number[], fallback: Range): Range {
  const range = node?.range;
  if (!range) return fallback;
  return rangeAt(lineStarts, base + range[0], base + range[1]);
}

export interface FrontmatterParseOptions {
  maxYamlAliases: number;
}

/** Parses the YAML of a front-matter block, keeping the position of every key and value. */
export function parseFrontmatter(text: string, block: FrontmatterBlock, lineStarts: readonly number[], options: FrontmatterParseOptions): Frontmatter {
  const blockRange = rangeAt(lineStarts, block.start, block.end);
  const bodyRange = rangeAt(lineStarts, block.bodyStart, block.bodyEnd);
  const entries = new Map<string, FrontmatterEntry>();
  const duplicateKeys: FrontmatterEntry[] = [];
  const errors: Frontmatter['errors'] = [];
  const openingFence = lineRange(text, lineStarts, blockRange.start.line);
  const frontmatter: Frontmatter = { range: blockRange, bodyRange, openingFence, entries, duplicateKeys, errors, danishKeys: false };

  if (!block.closed) {
    errors.push({ message: 'unclosed', range: rangeAt(lineStarts, 0, Math.min(3, text.length)) });
    return frontmatter;
  }

  const source = text.slice(block.bodyStart, block.bodyEnd);
  const base = block.bodyStart;
  const yamlDoc = parseDocument(withYamlLineBreaks(source), { uniqueKeys: false, prettyErrors: false, strict: true });
  for (const error of yamlDoc.errors) {
    let from = base + error.pos[0];
    let to = base + Math.max(error.pos[1], error.pos[0] + 1);
    // An error found at the end of the YAML (an unclosed bracket or quote) is shown on the last line written.
    if (from >= block.bodyEnd - 1) {
      let last = block.bodyEnd - 1;
      while (last > block.bodyStart && /\s/.test(text[last] ?? '')) last--;
      to = last + 1;
      from = Math.max(text.lastIndexOf('\n', last), text.lastIndexOf('\r', last)) + 1;
    }
    errors.push({ message: error.message.split('\n')[0] ?? error.message, range: rangeAt(lineStarts, from, Math.min(to, block.bodyEnd)) });
  }
  if (yamlDoc.errors.length > 0) return frontmatter;

  const contents = yamlDoc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return frontmatter; // empty front matter: every required key will be reported missing
  }
  if (!isMap(contents)) {
    errors.push({ message: 'not-a-map', range: nodeRange(contents, base, lineStarts, bodyRange) });
    return frontmatter;
  }

  for (const item of contents.items as Array<Pair<unknown, unknown>>) {
    const keyNode = item.key as YamlNode | null;
    const rawKey = isScalar(keyNode) ? String(keyNode.value) : '';
    const keyRange = nodeRange(keyNode, base, lineStarts, bodyRange);
    const valueNode = item.value as YamlNode | null;
    const valueRange = valueNode?.range ? nodeRange(valueNode, base, lineStarts, keyRange) : { start: keyRange.end, end: keyRange.end };
    let value: unknown;
    try {
      value = valueNode ? valueNode.toJS(yamlDoc, { maxAliasCount: options.maxYamlAliases }) : null;
    } catch (error) {
      // An alias bomb fails on every key that expands it: one report is enough.
      errors.push({ message: error instanceof Error ? error.message : String(error), range: valueRange });
      return frontmatter;
    }
    const canonical = ownValue(FRONTMATTER_KEY_ALIASES, rawKey.toLowerCase()) ?? rawKey;
    const entry: FrontmatterEntry = {
      key: canonical,
      rawKey,
      value,
      keyRange,
      valueRange,
      range: { start: keyRange.start, end: valueRange.end },
    };
    if (entries.has(canonical)) duplicateKeys.push(entry);
    else {
      entries.set(canonical, entry);
      if (canonical !== 'id' && rawKey.toLowerCase() !== canonical) frontmatter.danishKeys = true;
    }
  }
  return frontmatter;
}

/** Ranges of the items of a YAML sequence value, for per-reference diagnostics (`implements: [M1, M2]`). */
export function sequenceItemRanges(text: string, entry: FrontmatterEntry, lineStarts: readonly number[]): Array<{ value: string; range: Range }> {
  // Re-parse just the value: cheap, and keeps the parsed model free of YAML node objects.
  const start = entry.valueRange.start.offset;
  const source = withYamlLineBreaks(text.slice(start, entry.valueRange.end.offset));
  const doc = parseDocument(source, { prettyErrors: false });
  const contents = doc.contents;
  if (isSeq(contents)) {
    return contents.items.flatMap((item) => {
      const node = item as YamlNode;
      if (!isScalar(node) || !node.range) return [];
      return [{ value: String(node.value), range: rangeAt(lineStarts, start + node.range[0], start + node.range[1]) }];
    });
  }
  if (isScalar(contents) && contents.range) {
    // A comma-separated string: "M1, M2".
    const raw = String(contents.value);
    const results: Array<{ value: string; range: Range }> = [];
    let searchFrom = contents.range[0];
    for (const part of raw.split(',')) {
      const value = part.trim();
      if (!value) continue;
      const at = source.indexOf(value, searchFrom);
      const offset = at === -1 ? contents.range[0] : at;
      results.push({ value, range: rangeAt(lineStarts, start + offset, start + offset + value.length) });
      searchFrom = offset + value.length;
    }
    return results;
  }
  return [];
}
