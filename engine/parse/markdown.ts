import type { Nodes, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { BoundedCache } from '../text/bounded-cache.ts';
import { parseWithPlainBlocks, shiftPositions } from './plain-blocks.ts';

/**
 * GFM without autolink literals: tables, strikethrough, task lists and footnotes. Autolink
 * literals (bare `www.…`, `https://…` and e-mail addresses turned into link nodes) change no text
 * govlint reads, yet cost a third of all parsing time: their tokenizer runs on every letter
 * and their tree transform re-scans every text node with regular expressions (measured with
 * `--cpu-prof` on the benchmark corpus: parse CPU 8.0 s → 5.4 s, the parse-only floor is 4.8 s).
 */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/** The same without tables, for text that cannot hold one (see `mayHoldTable`). */
function gfmWithoutAutolinkLiteralsOrTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmWithoutAutolinkLiterals);
const processorWithoutTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmWithoutAutolinkLiteralsOrTables);

/**
 * Whether `text` may hold a GFM table. A table's delimiter row needs a `|`, or an alignment
 * colon, which always touches a dash (`:-`, `-:`); without any of these the table tokenizer,
 * tried on every line that follows a paragraph line, can only fail (and leaves nothing behind),
 * so such text is parsed without it: the same tree, and 3 % less time on running prose.
 */
export function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

/** One piece of text parsed, with tables only where one may be. */
function parseText(text: string): Root {
  return (mayHoldTable(text) ? processor : processorWithoutTables).parse(text);
}

let plainBlocks = true;

/**
 * Whether plain paragraphs and headings are built without the tokenizer (`plain-blocks.ts`, the
 * default) or every chunk is tokenized whole. Both give the same trees; tests compare them.
 */
export function setPlainBlocks(enabled: boolean): void {
  plainBlocks = enabled;
}

/** One chunk parsed: its plain blocks built directly, the rest tokenized. */
function parseChunk(text: string): Root {
  return plainBlocks ? parseWithPlainBlocks(text, parseText) : parseText(text);
}

/** Lines per chunk below which consecutive heading sections are parsed together. */
const MIN_CHUNK_LINES = 200;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Offsets where the text may be cut into independently parsed chunks: the starts of ATX headings
 * at column 1 outside fenced code and HTML comments. Such a line always closes every open block
 * (a heading cannot be a lazy continuation, and list or quote content would need indentation or
 * a `>`), so parsing the pieces separately gives the same block tree.
 *
 * Why cut at all: micromark re-splices its whole event list for some line transitions after
 * lists, which is quadratic in the size of the document; a file with 20,000 goals took minutes.
 * Chunks keep each parse small, so parsing is linear in the number of sections.
 */
export function chunkOffsets(text: string, minChunkLines = MIN_CHUNK_LINES): number[] {
  const offsets = [0];
  let fence: string | undefined;
  let inComment = false;
  let linesInChunk = 0;
  let lineStart = 0;
  // Front matter is YAML, where `# …` is a comment, not a heading: never cut inside it.
  if (/^---[ \t]*\r?\n/.test(text)) {
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    if (close) {
      lineStart = close.index + close[0].length;
      linesInChunk = text.slice(0, lineStart).split('\n').length - 1;
    }
  }
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    if (fence) {
      const closing = FENCE_OPEN.exec(line);
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length && line.trim() === closing[1]) fence = undefined;
    } else if (inComment) {
      if (text.slice(lineStart, lineEnd).includes('-->')) inComment = false;
    } else {
      const opening = FENCE_OPEN.exec(line);
      if (opening) fence = opening[1];
      else if (ATX_HEADING.test(line) && linesInChunk >= minChunkLines) {
        offsets.push(lineStart);
        linesInChunk = 0;
      } else {
        const full = text.slice(lineStart, lineEnd);
        const open = full.lastIndexOf('<!--');
        if (open !== -1 && full.indexOf('-->', open) === -1) inComment = true;
      }
    }
    linesInChunk++;
    lineStart = lineEnd + 1;
  }
  return offsets;
}

/** A deep copy of a chunk's tree with its positions moved by the chunk's place in the text (the cached tree stays as parsed). */
function shiftedCopy<T extends Nodes>(node: T, lineDelta: number, offsetDelta: number): T {
  const copy = { ...node };
  const position = node.position;
  if (position) {
    copy.position = {
      start: { ...position.start, line: position.start.line + lineDelta, ...(position.start.offset !== undefined ? { offset: position.start.offset + offsetDelta } : {}) },
      end: { ...position.end, line: position.end.line + lineDelta, ...(position.end.offset !== undefined ? { offset: position.end.offset + offsetDelta } : {}) },
    };
  }
  if ('children' in node) (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((child) => shiftedCopy(child, lineDelta, offsetDelta));
  return copy;
}

/**
 * Parsed chunks by their text, for editor buffers: a keystroke changes one chunk of a long
 * document, and the others parse to the same trees. Bounded by entries and by the characters of
 * their text. Only `parseMarkdown(…, reuseChunks)` uses it: a one-shot lint never sees a chunk twice.
 */
const chunkCache = new BoundedCache<string, Root>(256, 1_000_000);

/** A chunk's tree from the cache (parsed now if it is not there); never modify it. */
function cachedChunk(chunk: string): Root {
  let tree = chunkCache.get(chunk);
  if (!tree) {
    tree = parseChunk(chunk);
    chunkCache.set(chunk, tree, chunk.length);
  }
  return tree;
}

/**
 * Parses Markdown (GFM, YAML front matter) into an mdast tree with positions, chunk by chunk.
 * With `reuseChunks`, chunks parsed before (by text) are taken from a bounded cache.
 */
export function parseMarkdown(text: string, minChunkLines = MIN_CHUNK_LINES, reuseChunks = false): Root {
  const offsets = chunkOffsets(text, minChunkLines);
  if (offsets.length === 1) return parseChunk(text);
  const root: Root = { type: 'root', children: [] };
  let line = 0;
  offsets.forEach((start, i) => {
    const end = offsets[i + 1] ?? text.length;
    const chunk = text.slice(start, end);
    if (reuseChunks) {
      for (const child of cachedChunk(chunk).children) root.children.push(shiftedCopy(child, line, start));
    } else {
      const tree = parseChunk(chunk);
      shiftPositions(tree, line, start);
      root.children.push(...tree.children);
    }
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) line++;
  });
  return root;
}

/**
 * True when a line nests block quotes or list indentation deeper than `maxDepth`. The parser
 * recurses per level, so such input would exhaust the stack; it is refused before parsing.
 */
export function exceedsNesting(text: string, maxDepth: number): boolean {
  let lineStart = 0;
  while (lineStart < text.length) {
    let quotes = 0;
    let spaces = 0;
    let i = lineStart;
    for (; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 62 /* > */) {
        quotes++;
        spaces = 0;
      } else if (char === 32) spaces++;
      else if (char === 9) spaces += 4;
      else break;
    }
    let depth = quotes;
    const marker = text.charCodeAt(i);
    const after = text.charCodeAt(i + 1);
    // A list marker after indentation: each two columns of indentation is one level of nesting.
    if ((marker === 45 || marker === 42 || marker === 43) && (after === 32 || after === 9)) depth += 1 + Math.floor(spaces / 2);
    if (depth > maxDepth) return true;
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return false;
}
