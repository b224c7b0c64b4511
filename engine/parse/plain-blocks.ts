import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';

/**
 * Plain paragraphs and headings, built without the Markdown tokenizer.
 *
 * Most running prose is made of paragraphs whose lines hold no character that Markdown reads
 * (emphasis, code, links, HTML, entities, escapes, strikethrough, tables) and start with no block
 * marker. Where the block structure around such a paragraph is known to be closed, its mdast is
 * known too: one paragraph with one text node, the source slice, from its first character to its
 * last. The same holds for an ATX heading with plain content, and for a tight list of one-line
 * `- ` items with plain content (a goal's fields). `parseWithPlainBlocks` builds these
 * nodes directly and hands only the rest of the text to the tokenizer, in one piece: each run of
 * plain blocks with only white space between them is replaced there by one line holding `#` (an
 * empty heading, which closes every open block just as the plain blocks do), whose node is
 * dropped, and the positions of the other nodes are moved back to where their text is.
 *
 * A plain block is taken only where the tree is provable:
 *
 * - a paragraph starts after a blank line, the chunk's start or a plain heading, and ends before a
 *   blank line, the chunk's end or a plain heading (so no setext underline, table row or lazy
 *   continuation can touch it); its first line starts at column 1 with no block marker, so it
 *   closes every list, block quote, indented code and footnote definition still open;
 * - a list starts after a blank line that follows a plain block (or after a plain heading, or at the
 *   chunk's start), since a `-` item after a blank line would join a list before it; it ends at
 *   the chunk's end or a plain heading, or at a blank line after which no line could continue it
 *   (one that is indented or starts with `-`);
 * - no fenced code, HTML block or front matter is open where it starts (`BlockScanner`); where the
 *   scanner cannot tell, it takes no plain block up to the end of the chunk;
 * - no line holds leading or trailing white space or a tab, which the tokenizer strips or reads
 *   as a hard break;
 * - the chunk holds no `]:`, so no link or footnote definition can give a later `[…]` a meaning,
 *   no carriage return other than in CRLF, which the tokenizer counts as a line ending, and does
 *   not start with a byte order mark, which the tokenizer skips.
 */

/** ASCII characters that Markdown reads inside a line: `` * _ ` [ ] < > \ & ! ~ | ``, NUL, tab and CR. */
const INLINE_MARKUP = new Uint8Array(128);
for (const char of '*_`[]<>\\&!~|\0\t\r') INLINE_MARKUP[char.charCodeAt(0)] = 1;

/** ASCII characters that may open a block (or a setext underline, table delimiter row or list) at the start of a line. */
const BLOCK_START = new Uint8Array(128);
for (const char of '#>-+*=_:`~<|[ \t') BLOCK_START[char.charCodeAt(0)] = 1;

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;

/** Whether `text[start, end)` holds no inline markup character. */
function isPlainSpan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && INLINE_MARKUP[code] === 1) return false;
  }
  return true;
}

/** A line `text[start, end)` (without its line ending) of a plain paragraph. */
function isPlainLine(text: string, start: number, end: number): boolean {
  if (end === start) return false;
  const first = text.charCodeAt(start);
  if (first < 128 && BLOCK_START[first] === 1) return false;
  const last = text.charCodeAt(end - 1);
  if (last === SPACE || last === TAB) return false;
  // An ordered list marker (`1.`, `12)`), also where it could not start a list.
  if (first >= 48 && first <= 57) {
    let i = start + 1;
    while (i < end && i - start < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const after = text.charCodeAt(i);
    if (after === 46 || after === 41) return false;
  }
  return isPlainSpan(text, start, end);
}

/** Where a plain ATX heading's content starts on the line `text[start, end)`, or -1. */
function plainHeadingContent(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === HASH) i++;
  const depth = i - start;
  if (depth < 1 || depth > 6 || text.charCodeAt(i) !== SPACE) return -1;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  if (i === end) return -1;
  const last = text.charCodeAt(end - 1);
  if (last === SPACE || last === TAB) return -1;
  for (let j = i; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code === HASH || (code < 128 && INLINE_MARKUP[code] === 1)) return -1;
  }
  return i;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/** Whether `text` is only spaces, tabs and line endings, of which the tokenizer makes no node. */
function isWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB && code !== 10 && code !== CR) return false;
  }
  return true;
}

const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/s;
const HTML_RAW_TAG = /^<(script|pre|style|textarea)(?=[ \t>]|$)/i;
const HTML_RAW_TAG_PREFIX = /^<(?:script|pre|style|textarea)/i;

type ScanState = { kind: 'clean' } | { kind: 'fence'; char: number; length: number } | { kind: 'until'; marker: string; caseless: boolean } | { kind: 'blank' } | { kind: 'unknown' };

const CLEAN: ScanState = { kind: 'clean' };
const UNKNOWN: ScanState = { kind: 'unknown' };

/**
 * Follows, line by line, whether a fenced code block, an HTML block or the front matter may be
 * open at the top level. `clean` says none is; every other state keeps plain blocks out. Only
 * openers at column 1 are followed exactly: there nothing but such a block can hold them, so they
 * open a block of the document itself, whose end is known. An opener indented by one to three
 * spaces may belong to a list item instead, and ends the scan's certainty for the chunk.
 * Openers after a container marker (`> `, `- `) need no care: the blank line and the line at
 * column 1 before a plain paragraph close their container, and a heading closes it anyway.
 */
class BlockScanner {
  state: ScanState = CLEAN;

  /** Reads the line `text[start, end)` (without its line ending). */
  next(text: string, start: number, end: number): void {
    const state = this.state;
    switch (state.kind) {
      case 'unknown':
        return;
      case 'fence': {
        let i = start;
        while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++;
        let run = 0;
        while (i + run < end && text.charCodeAt(i + run) === state.char) run++;
        if (run >= state.length && isBlankLine(text, i + run, end)) this.state = CLEAN;
        return;
      }
      case 'until': {
        const line = text.slice(start, end);
        if ((state.caseless ? line.toLowerCase() : line).includes(state.marker)) this.state = CLEAN;
        return;
      }
      case 'blank':
        if (isBlankLine(text, start, end)) this.state = CLEAN;
        else if (this.mayOpen(text, start, end)) this.state = UNKNOWN;
        return;
      case 'clean':
        this.open(text, start, end);
    }
  }

  /** Whether the line may open a fence or an HTML block (or be one) in some reading. */
  mayOpen(text: string, start: number, end: number): boolean {
    let i = start;
    while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++;
    const code = text.charCodeAt(i);
    return code === 60 /* < */ || ((code === 96 || code === 126) && text.charCodeAt(i + 1) === code && text.charCodeAt(i + 2) === code);
  }

  private open(text: string, start: number, end: number): void {
    if (!this.mayOpen(text, start, end)) return;
    const first = text.charCodeAt(start);
    if (first === SPACE) {
      this.state = UNKNOWN;
      return;
    }
    const line = text.slice(start, end);
    if (first !== 60) {
      const fence = FENCE.exec(line);
      // A backtick fence's info string holds no backtick; without a fence the line is paragraph text.
      if (fence && !(first === 96 && fence[2]!.includes('`'))) this.state = { kind: 'fence', char: first, length: fence[1]!.length };
      return;
    }
    const raw = HTML_RAW_TAG.exec(line);
    if (raw) this.state = this.until(line, 1 + raw[1]!.length, `</${raw[1]!.toLowerCase()}>`, true);
    else if (HTML_RAW_TAG_PREFIX.test(line)) this.state = { kind: 'blank' };
    else if (line.startsWith('<!--')) this.state = this.until(line, 4, '-->', false);
    else if (line.startsWith('<?')) this.state = this.until(line, 2, '?>', false);
    else if (line.startsWith('<![CDATA[')) this.state = this.until(line, 9, ']]>', false);
    else if (/^<![A-Za-z]/.test(line)) this.state = this.until(line, 2, '>', false);
    else if (line.startsWith('<!')) this.state = UNKNOWN;
    else this.state = { kind: 'blank' };
  }

  /** An HTML block that ends on the line holding `marker` (this line too, after its opener). */
  private until(line: string, openerLength: number, marker: string, caseless: boolean): ScanState {
    const rest = line.slice(openerLength);
    return (caseless ? rest.toLowerCase() : rest).includes(marker) ? CLEAN : { kind: 'until', marker, caseless };
  }
}

interface PlainBlock {
  /** Offset of the block's first character (its line's start). */
  start: number;
  /** Offset after its last character (before the line ending). */
  end: number;
  /** 1-based lines of its first and last line in the chunk. */
  startLine: number;
  endLine: number;
  /** For a heading: its depth and where its content starts. */
  depth?: number;
  contentStart?: number;
  /** For a list: its items, one line each (`- ` and the content). */
  items?: PlainItem[];
}

interface PlainItem {
  /** The line's start (the marker) and the content's end. */
  start: number;
  end: number;
  line: number;
}

/** Whether a chunk may hold plain blocks at all (see the module's comment). */
function mayHoldPlainBlocks(text: string): boolean {
  // The tokenizer skips a byte order mark at the start, and counts no offset for it.
  if (text.includes(']:') || text.charCodeAt(0) === 0xfeff) return false;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) return false;
  return true;
}

const DASH = 45;

/** A line `- content` of a plain list: the marker at column 1, one space, plain content. */
function isPlainItemLine(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === DASH && text.charCodeAt(start + 1) === SPACE && isPlainLine(text, start + 2, end);
}

/** The plain blocks of a chunk, in order. */
export function findPlainBlocks(text: string): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  if (!mayHoldPlainBlocks(text)) return blocks;
  const scanner = new BlockScanner();
  // Front matter opens only at the start of the document: up to its closing line, nothing is taken,
  // and a line in it that could open a block in Markdown (where the tokenizer reads no front
  // matter) leaves the chunk to the tokenizer.
  let frontMatter = text.startsWith('---');
  /** The previous line was blank, a plain heading or (at the start) none. */
  let afterBreak = true;
  /**
   * The last line that was not blank belongs to a plain block (or there was none). Only then may
   * a list start after a blank line: a `-` item after a blank line joins a list before it.
   */
  let afterPlain = true;
  /** The paragraph or list being read. */
  let run: PlainBlock | undefined;
  /**
   * A list ended by a blank line: taken unless the next line that is not blank could continue it
   * (indented, or another `-` item, which would join it as a loose list).
   */
  let pendingList: PlainBlock | undefined;
  let lineStart = 0;
  let lineNumber = 1;
  /** Ends the run: taken, or (`rejected`) left to the tokenizer; a list ended by a blank line waits. */
  const endRun = (how: 'taken' | 'blank' | 'rejected'): void => {
    if (run && how !== 'rejected') {
      if (run.items && how === 'blank') pendingList = run;
      else blocks.push(run);
    }
    run = undefined;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    const last = lineEnd === -1;
    if (last) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
    if (frontMatter) {
      if (scanner.mayOpen(text, lineStart, contentEnd)) return [];
      if (lineNumber > 1 && FRONT_MATTER_FENCE.test(text.slice(lineStart, contentEnd))) frontMatter = false;
      afterBreak = false;
      afterPlain = false;
    } else {
      const blank = isBlankLine(text, lineStart, contentEnd);
      if (pendingList && !blank) {
        const first = text.charCodeAt(lineStart);
        if (first !== SPACE && first !== TAB && first !== DASH) blocks.push(pendingList);
        // This line belongs to the list the tokenizer will read: it starts no plain block.
        else afterBreak = afterPlain = false;
        pendingList = undefined;
      }
      const clean = scanner.state.kind === 'clean';
      const contentStart = clean && !blank ? plainHeadingContent(text, lineStart, contentEnd) : -1;
      if (contentStart !== -1) {
        endRun('taken');
        let depth = 0;
        while (text.charCodeAt(lineStart + depth) === HASH) depth++;
        blocks.push({ start: lineStart, end: contentEnd, startLine: lineNumber, endLine: lineNumber, depth, contentStart });
        afterBreak = true;
        afterPlain = true;
      } else if (blank) {
        endRun('blank');
        scanner.next(text, lineStart, contentEnd);
        afterBreak = true;
      } else if (clean && (run ? run.items !== undefined : afterBreak && afterPlain) && isPlainItemLine(text, lineStart, contentEnd)) {
        run ??= { start: lineStart, end: contentEnd, startLine: lineNumber, endLine: lineNumber, items: [] };
        run.items!.push({ start: lineStart, end: contentEnd, line: lineNumber });
        run.end = contentEnd;
        run.endLine = lineNumber;
        afterBreak = false;
        afterPlain = true;
      } else if (clean && (run ? run.items === undefined : afterBreak) && isPlainLine(text, lineStart, contentEnd)) {
        run ??= { start: lineStart, end: contentEnd, startLine: lineNumber, endLine: lineNumber };
        run.end = contentEnd;
        run.endLine = lineNumber;
        afterBreak = false;
        afterPlain = true;
      } else {
        endRun('rejected');
        scanner.next(text, lineStart, contentEnd);
        afterBreak = false;
        afterPlain = false;
      }
    }
    if (last) break;
    lineStart = lineEnd + 1;
    lineNumber++;
  }
  if (!frontMatter) {
    endRun('taken');
    if (pendingList) blocks.push(pendingList);
  }
  return blocks;
}

function point(line: number, offset: number, lineStart: number): { line: number; column: number; offset: number } {
  return { line, column: offset - lineStart + 1, offset };
}

function plainParagraph(text: string, start: number, startLine: number, lineStart: number, end: number, endLine: number, lastLineStart: number): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text.slice(start, end), position: { start: point(startLine, start, lineStart), end: point(endLine, end, lastLineStart) } }],
    position: { start: point(startLine, start, lineStart), end: point(endLine, end, lastLineStart) },
  };
}

function plainList(text: string, items: readonly PlainItem[]): List {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return {
    type: 'list',
    ordered: false,
    start: null,
    spread: false,
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      checked: null,
      children: [plainParagraph(text, item.start + 2, item.line, item.start, item.end, item.line, item.start)],
      position: { start: point(item.line, item.start, item.start), end: point(item.line, item.end, item.start) },
    })),
    position: { start: point(first.line, first.start, first.start), end: point(last.line, last.end, last.start) },
  };
}

function plainNode(text: string, block: PlainBlock, lastLineStart: number): Paragraph | Heading | List {
  if (block.items) return plainList(text, block.items);
  if (block.contentStart === undefined) return plainParagraph(text, block.start, block.startLine, block.start, block.end, block.endLine, lastLineStart);
  const depth = block.depth as Heading['depth'];
  return {
    type: 'heading',
    depth,
    children: [
      {
        type: 'text',
        value: text.slice(block.contentStart, block.end),
        position: { start: point(block.startLine, block.contentStart, block.start), end: point(block.startLine, block.end, block.start) },
      },
    ],
    position: { start: point(block.startLine, block.start, block.start), end: point(block.endLine, block.end, block.start) },
  };
}

/** Moves the positions of `node` and everything below it by `lineDelta` lines and `offsetDelta` characters, in place. */
export function shiftPositions(node: Nodes, lineDelta: number, offsetDelta: number): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    const position = next.position;
    if (position) {
      position.start.line += lineDelta;
      position.end.line += lineDelta;
      if (position.start.offset !== undefined) position.start.offset += offsetDelta;
      if (position.end.offset !== undefined) position.end.offset += offsetDelta;
    }
    if ('children' in next) for (const child of next.children as Nodes[]) stack.push(child);
  }
}

/** The point at the end of `text`, as the tokenizer gives it to the root. */
function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) line++;
  const lastStart = text.lastIndexOf('\n') + 1;
  return { line, column: text.length - lastStart + 1, offset: text.length };
}

/**
 * Parses a chunk as `parse` would, building its plain paragraphs and headings directly; `parse`
 * gets the rest of the text, with each plain block replaced by a line holding `#`.
 */
export function parseWithPlainBlocks(text: string, parse: (text: string) => Root): Root {
  const blocks = findPlainBlocks(text);
  if (blocks.length === 0) return parse(text);
  // Blocks with only white space between them stand as one `#` line: the tokenizer's cost is per block.
  const groups: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < blocks.length; i++) {
    const group = groups[groups.length - 1];
    if (group && isWhitespace(text.slice(blocks[group.last]!.end, blocks[i]!.start))) group.last = i;
    else groups.push({ first: i, last: i });
  }
  // The text between groups: where it starts in the chunk and in the tokenizer's input, and its first line.
  const pieces: Array<{ from: number; to: number; at: number; line: number; atLine: number }> = [];
  const parts: string[] = [];
  let from = 0;
  let line = 1;
  let at = 0;
  let atLine = 1;
  let needsParse = false;
  for (const group of groups) {
    const first = blocks[group.first]!;
    const last = blocks[group.last]!;
    const piece = text.slice(from, first.start);
    pieces.push({ from, to: first.start, at, line, atLine });
    parts.push(piece, '#');
    if (!needsParse && !isWhitespace(piece)) needsParse = true;
    at += piece.length + 1;
    atLine += first.startLine - line;
    from = last.end;
    line = last.endLine;
  }
  const tail = text.slice(from);
  pieces.push({ from, to: text.length, at, line, atLine });
  parts.push(tail);
  if (!isWhitespace(tail)) needsParse = true;

  const children: RootContent[] = [];
  const parsed = needsParse ? parse(parts.join('')).children : [];
  let next = 0;
  const lineStartOf = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  for (let i = 0; i <= groups.length; i++) {
    const current = pieces[i]!;
    const pieceEnd = current.at + (current.to - current.from);
    while (next < parsed.length) {
      const node = parsed[next]!;
      const start = node.position?.start.offset ?? 0;
      if (start >= pieceEnd) break;
      shiftPositions(node, current.line - current.atLine, current.from - current.at);
      children.push(node);
      next++;
    }
    // The `#` line standing for the group.
    if (i < groups.length) {
      if (needsParse) {
        const stand = parsed[next];
        if (!stand || stand.type !== 'heading' || stand.children.length > 0 || stand.position?.start.offset !== pieceEnd) return parse(text);
        next++;
      }
      const { first, last } = groups[i]!;
      for (let b = first; b <= last; b++) {
        const block = blocks[b]!;
        children.push(plainNode(text, block, lineStartOf(block.end)));
      }
    }
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}
