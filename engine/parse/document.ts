import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { canonicalType, type HierarchyLevel } from '../config/levels.ts';
import type { DocumentMeta, Frontmatter, Goal, GoalField, GoalRef, GovDocument, Section } from '../model/document.ts';
import { computeLineStarts, rangeAt } from '../text/positions.ts';
import type { Range } from '../types.ts';
import { GOAL_FIELD_ALIASES, GOAL_SECTION_NAMES, STATUS_ALIASES } from './aliases.ts';
import { findFrontmatterBlock, parseFrontmatter, sequenceItemRanges } from './frontmatter.ts';
import { exceedsNesting, parseMarkdown } from './markdown.ts';
import { ownValue } from '../own-value.ts';
import { GOAL_ID_SOURCE, scanGoalRefs } from '../model/ids.ts';

export interface ParseOptions {
  levels: readonly HierarchyLevel[];
  maxYamlAliases: number;
  maxNestingDepth: number;
  /** Reuse the parse trees of unchanged chunks of a long text (editor buffers, see `parseMarkdown`). */
  reuseChunks?: boolean;
}

// A goal heading starts with a goal ID (engine/model/ids.ts): `### M1 …`, `### M2.1: …`.
const GOAL_ID_AT_START = new RegExp(`^(${GOAL_ID_SOURCE})(?:[.:)]|\\s+[-–—:]?)\\s*`, 'u');
const FIELD_LINE = /^\s*(?:\*\*|__)?\s*(\p{L}[\p{L} -]{0,30}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/u;

function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** Splits an `Udmønter:`/`implements` value into goal references with exact ranges. */
export function parseGoalRefs(value: string, valueOffset: number, lineStarts: readonly number[]): GoalRef[] {
  return scanGoalRefs(value).map((scanned) => {
    const ref: GoalRef = {
      raw: value.slice(scanned.start, scanned.end),
      goalId: scanned.goalId,
      range: rangeAt(lineStarts, valueOffset + scanned.start, valueOffset + scanned.end),
    };
    if (scanned.documentId !== undefined) ref.documentId = scanned.documentId;
    return ref;
  });
}

function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  return undefined;
}

function extractMeta(text: string, frontmatter: Frontmatter | undefined, lineStarts: readonly number[], levels: readonly HierarchyLevel[]): DocumentMeta {
  const meta: DocumentMeta = { implements: [], status: 'draft' };
  if (!frontmatter) return meta;
  const get = (key: string): string | undefined => {
    const entry = frontmatter.entries.get(key);
    if (!entry) return undefined;
    if (typeof entry.value === 'number' && key === 'id') return String(entry.value);
    return stringValue(entry.value);
  };
  const id = get('id');
  if (id) meta.id = id;
  const type = get('type');
  if (type) meta.type = canonicalType(type, levels);
  const title = get('title');
  if (title) meta.title = title;
  const owner = get('owner');
  if (owner) meta.owner = owner;
  const parent = get('parent');
  if (parent) meta.parent = parent;
  const adopted = get('adopted');
  if (adopted) meta.adopted = adopted;
  const adoptedBy = get('adopted-by');
  if (adoptedBy) meta.adoptedBy = adoptedBy;
  const review = get('review');
  if (review) meta.review = review;
  const status = get('status');
  if (status) meta.status = ownValue(STATUS_ALIASES, status.toLowerCase()) ?? 'draft';
  const lang = get('lang')?.toLowerCase();
  if (lang === 'da' || lang === 'en') meta.lang = lang;
  const implementsEntry = frontmatter.entries.get('implements');
  if (implementsEntry) {
    for (const item of sequenceItemRanges(text, implementsEntry, lineStarts)) {
      meta.implements.push(...parseGoalRefs(item.value, item.range.start.offset, lineStarts));
    }
  }
  return meta;
}

interface FieldParse {
  field: GoalField;
}

function parseField(text: string, item: ListItem, lineStarts: readonly number[]): FieldParse | undefined {
  const paragraph = item.children[0];
  if (!paragraph || paragraph.type !== 'paragraph') return undefined;
  const [start, end] = offsetsOf(paragraph);
  const source = text.slice(start, end);
  const match = FIELD_LINE.exec(source);
  if (!match || !match[1]) return undefined;
  const key = ownValue(GOAL_FIELD_ALIASES, match[1].trim().toLowerCase());
  if (!key) return undefined;
  const valueStart = start + match[0].length;
  let valueEnd = end;
  let value = text.slice(valueStart, valueEnd);
  // Trailing emphasis markers from `**Ansvarlig: X**`.
  const trailing = /\s*(?:\*\*|__)\s*$/.exec(value);
  if (trailing) {
    valueEnd -= trailing[0].length;
    value = text.slice(valueStart, valueEnd);
  }
  const [itemStart, itemEnd] = offsetsOf(item);
  const field: GoalField = {
    key,
    rawKey: match[1].trim(),
    value: value.trim(),
    range: rangeAt(lineStarts, itemStart, itemEnd),
    valueRange: rangeAt(lineStarts, valueStart, valueEnd),
  };
  return { field };
}

function isGoalSection(title: string): boolean {
  const normalized = title.trim().replace(/[:.]$/, '').toLowerCase();
  return GOAL_SECTION_NAMES.some((name) => normalized === name || normalized.startsWith(name + ' '));
}

interface Builder {
  text: string;
  lineStarts: number[];
  goals: Goal[];
}

function fieldsFromLists(builder: Builder, nodes: readonly RootContent[]): { fields: GoalField[]; lastFieldEnd?: number; indent: string } {
  const fields: GoalField[] = [];
  let lastFieldEnd: number | undefined;
  let indent = '';
  for (const node of nodes) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const parsed = parseField(builder.text, item, builder.lineStarts);
      if (!parsed) continue;
      fields.push(parsed.field);
      lastFieldEnd = offsetsOf(item)[1];
      const itemStart = offsetsOf(item)[0];
      const lineStart = builder.lineStarts[(item.position?.start.line ?? 1) - 1] ?? itemStart;
      indent = builder.text.slice(lineStart, itemStart);
    }
  }
  return lastFieldEnd === undefined ? { fields, indent } : { fields, lastFieldEnd, indent };
}

function refsOfFields(fields: readonly GoalField[], lineStarts: readonly number[]): GoalRef[] {
  return fields.filter((field) => field.key === 'implements').flatMap((field) => parseGoalRefs(field.value, field.valueRange.start.offset, lineStarts));
}

function headingGoal(builder: Builder, heading: Heading, body: readonly RootContent[], sectionPath: string[], rangeEnd: number): Goal | undefined {
  const [start, end] = offsetsOf(heading);
  const contentStart = heading.children[0]?.position?.start.offset ?? start;
  const contentEnd = heading.children[heading.children.length - 1]?.position?.end.offset ?? end;
  const content = builder.text.slice(contentStart, contentEnd);
  const match = GOAL_ID_AT_START.exec(content);
  if (!match || !match[1]) return undefined;
  const id = match[1];
  const titleStart = contentStart + match[0].length;
  const title = builder.text.slice(titleStart, contentEnd).trim();
  const lineStarts = builder.lineStarts;
  // The goal's own body stops at a nested goal heading: its fields belong to that goal.
  const ownBody: RootContent[] = [];
  for (const node of body) {
    if (node.type === 'heading' && GOAL_ID_AT_START.test(toString(node))) break;
    ownBody.push(node);
  }
  const firstParagraph = ownBody.find((node): node is Paragraph => node.type === 'paragraph');
  const statementSpans: Goal['statementSpans'] = [{ text: title, start: titleStart }];
  let statementRange: Range | undefined;
  if (firstParagraph) {
    const [pStart, pEnd] = offsetsOf(firstParagraph);
    statementSpans.push({ text: builder.text.slice(pStart, pEnd), start: pStart });
    statementRange = rangeAt(lineStarts, pStart, pEnd);
  }
  const { fields, lastFieldEnd, indent } = fieldsFromLists(builder, ownBody);
  const lastOwn = ownBody[ownBody.length - 1];
  const goal: Goal = {
    id,
    idRange: rangeAt(lineStarts, contentStart, contentStart + id.length),
    title,
    titleRange: rangeAt(lineStarts, titleStart, contentEnd),
    statement: statementSpans.map((span) => span.text).join(' '),
    statementSpans,
    fields,
    implements: refsOfFields(fields, lineStarts),
    range: rangeAt(lineStarts, start, rangeEnd),
    kind: 'heading',
    depth: heading.depth,
    sectionPath,
    insertFieldAt: lastFieldEnd ?? (lastOwn ? offsetsOf(lastOwn)[1] : end),
    hasFieldList: lastFieldEnd !== undefined,
    fieldIndent: indent,
  };
  if (statementRange) goal.statementRange = statementRange;
  setDeadline(goal);
  return goal;
}

/** Points `goal.deadline` at the goal's first filled deadline field (the one the goal analysis reads). */
function setDeadline(goal: Goal): void {
  const deadline = goal.fields.find((field) => field.key === 'deadline' && field.value.trim() !== '');
  if (deadline) goal.deadline = deadline;
}

function listGoals(builder: Builder, list: List, sectionPath: string[]): Goal[] {
  const goals: Goal[] = [];
  const { text, lineStarts } = builder;
  for (const item of list.children) {
    if (parseField(text, item, lineStarts)) continue;
    const paragraph = item.children[0];
    if (!paragraph || paragraph.type !== 'paragraph') continue;
    const [pStart, pEnd] = offsetsOf(paragraph);
    const source = text.slice(pStart, pEnd);
    const match = GOAL_ID_AT_START.exec(source);
    const titleStart = pStart + (match ? match[0].length : 0);
    const title = text.slice(titleStart, pEnd).trim();
    if (!title) continue;
    const nested = item.children.slice(1) as RootContent[];
    const { fields, lastFieldEnd, indent } = fieldsFromLists(builder, nested);
    const [itemStart, itemEnd] = offsetsOf(item);
    const itemLineStart = lineStarts[(item.position?.start.line ?? 1) - 1] ?? itemStart;
    const goal: Goal = {
      title,
      titleRange: rangeAt(lineStarts, titleStart, pEnd),
      statement: title,
      statementSpans: [{ text: title, start: titleStart }],
      statementRange: rangeAt(lineStarts, titleStart, pEnd),
      fields,
      implements: refsOfFields(fields, lineStarts),
      range: rangeAt(lineStarts, itemStart, itemEnd),
      kind: 'list-item',
      sectionPath,
      insertFieldAt: lastFieldEnd ?? pEnd,
      hasFieldList: lastFieldEnd !== undefined,
      // Nested field items sit under the item's content column.
      fieldIndent: indent || ' '.repeat(pStart - itemLineStart),
    };
    if (match?.[1]) {
      goal.id = match[1];
      goal.idRange = rangeAt(lineStarts, pStart, pStart + match[1].length);
    }
    setDeadline(goal);
    goals.push(goal);
  }
  return goals;
}

/** Inline nodes whose source is not prose to rewrite: code, links (text and address), images, inline HTML. */
const LITERAL_INLINE = new Set(['inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference']);

/** A bare web address, as GFM would autolink it (the parser here does not): up to whitespace or `<`. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<]+/giu;
/** What every bare web address holds, matched alike: text without it is not searched for one. */
const MAY_HOLD_URL = /http|www\./iu;

/**
 * The literal spans inside a paragraph, heading or table cell (`LITERAL_INLINE` nodes, found
 * without recursion, and bare web addresses in its source `text` starting at `offset`).
 */
function literalSpans(block: Nodes, text: string, offset: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (MAY_HOLD_URL.test(text)) for (const match of text.matchAll(BARE_URL)) spans.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  const stack: Nodes[] = 'children' in block ? [...(block.children as Nodes[])] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (LITERAL_INLINE.has(node.type)) {
      const [start, end] = offsetsOf(node);
      spans.push({ start, end });
    } else if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Collects text blocks and comments without recursion, so deeply nested input cannot overflow the stack. */
function collectBlocksAndComments(
  root: Root,
  text: string,
  lineStarts: readonly number[],
  maxDepth: number,
): { blocks: GovDocument['textBlocks']; comments: GovDocument['comments']; tooDeep: boolean } {
  const blocks: GovDocument['textBlocks'] = [];
  const comments: GovDocument['comments'] = [];
  let tooDeep = false;
  let section: string | undefined;
  for (const top of root.children) {
    if (top.type === 'heading') section = toString(top);
    const stack: Array<{ node: Nodes; depth: number; quoted: boolean }> = [{ node: top, depth: 0, quoted: false }];
    const ordered: Array<{ node: Nodes; quoted: boolean }> = [];
    while (stack.length > 0) {
      const { node, depth, quoted } = stack.pop()!;
      if (depth > maxDepth) {
        tooDeep = true;
        continue;
      }
      ordered.push({ node, quoted });
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
        const children = node.children as Nodes[];
        const inQuote = quoted || node.type === 'blockquote';
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1, quoted: inQuote });
      }
    }
    for (const { node, quoted } of ordered) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        const [start, end] = offsetsOf(node);
        const block: GovDocument['textBlocks'][number] = { text: text.slice(start, end), range: rangeAt(lineStarts, start, end) };
        if (section !== undefined && node.type !== 'heading') block.section = section;
        if (node.type === 'tableCell') block.context = 'table';
        else if (quoted) block.context = 'quote';
        const literals = literalSpans(node, block.text, start);
        if (literals.length > 0) block.literals = literals;
        blocks.push(block);
      } else if (node.type === 'html' && node.value.startsWith('<!--')) {
        const [start, end] = offsetsOf(node);
        // One html node may hold several comments.
        for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
          const from = start + (match.index ?? 0);
          comments.push({ text: match[1] ?? '', range: rangeAt(lineStarts, from, Math.min(end, from + match[0].length)) });
        }
      }
    }
  }
  return { blocks, comments, tooDeep };
}

/** Reads one Markdown file into the document model. Never throws on bad input: problems are recorded. */
export function parseGovDocument(path: string, raw: string, options: ParseOptions): GovDocument {
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = hasBom ? raw.slice(1) : raw;
  const firstBreak = text.indexOf('\n');
  const eol: '\n' | '\r\n' = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const lineStarts = computeLineStarts(text);
  const parseProblems: GovDocument['parseProblems'] = [];

  const block = findFrontmatterBlock(text);
  const frontmatter = block ? parseFrontmatter(text, block, lineStarts, { maxYamlAliases: options.maxYamlAliases }) : undefined;
  const meta = extractMeta(text, frontmatter, lineStarts, options.levels);

  // An unclosed front matter would swallow the whole file as YAML: parse the Markdown after its opening line.
  const markdownSource = block && !block.closed ? ' '.repeat(block.bodyStart) + text.slice(block.bodyStart) : text;
  let root: Root;
  try {
    if (exceedsNesting(markdownSource, options.maxNestingDepth)) {
      throw new Error(`nesting deeper than ${options.maxNestingDepth} levels (limits.maxNestingDepth)`);
    }
    root = parseMarkdown(markdownSource, undefined, options.reuseChunks === true);
  } catch (error) {
    parseProblems.push({
      kind: 'markdown',
      message: error instanceof Error ? error.message : String(error),
      range: rangeAt(lineStarts, 0, 0),
    });
    root = { type: 'root', children: [] };
  }

  const builder: Builder = { text, lineStarts, goals: [] };
  const sections: Section[] = [];
  const allSections: Section[] = [];
  const open: Array<{ section: Section; start: number; bodyIndex: number }> = [];
  const children = root.children;
  const lastEnd = (index: number, fallback: number): number => {
    const previous = children[index - 1];
    return previous ? offsetsOf(previous)[1] : fallback;
  };
  const closeSections = (depth: number, index: number): void => {
    while (open.length > 0 && open[open.length - 1]!.section.depth >= depth) {
      const { section, start, bodyIndex } = open.pop()!;
      const end = lastEnd(index, start);
      section.range = rangeAt(lineStarts, start, end);
      finishSection(section, bodyIndex, index, end);
    }
  };
  const goalsInOrder: Array<{ at: number; goal: Goal }> = [];
  const finishSection = (section: Section, bodyIndex: number, endIndex: number, end: number): void => {
    const heading = children[bodyIndex - 1] as Heading;
    const sectionPath = open.map((entry) => entry.section.title);
    const body = children.slice(bodyIndex, endIndex);
    const goal = headingGoal(builder, heading, body, sectionPath, end);
    if (goal) goalsInOrder.push({ at: offsetsOf(heading)[0], goal });
    if (isGoalSection(section.title)) {
      const path = [...sectionPath, section.title];
      for (const node of body) {
        if (node.type === 'heading') break;
        if (node.type === 'list') {
          for (const listGoal of listGoals(builder, node, path)) goalsInOrder.push({ at: listGoal.range.start.offset, goal: listGoal });
        }
      }
    }
  };

  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    closeSections(node.depth, index);
    const [start, end] = offsetsOf(node);
    const section: Section = {
      title: toString(node).trim(),
      depth: node.depth,
      headingRange: rangeAt(lineStarts, start, end),
      range: rangeAt(lineStarts, start, end),
      children: [],
    };
    const parent = open[open.length - 1];
    if (parent) parent.section.children.push(section);
    else sections.push(section);
    allSections.push(section);
    open.push({ section, start, bodyIndex: index + 1 });
  });
  closeSections(0, children.length);
  goalsInOrder.sort((a, b) => a.at - b.at);
  builder.goals = goalsInOrder.map((entry) => entry.goal);

  const { blocks, comments, tooDeep } = collectBlocksAndComments(root, text, lineStarts, options.maxNestingDepth);
  if (tooDeep) {
    parseProblems.push({
      kind: 'markdown',
      message: `nesting deeper than ${options.maxNestingDepth} levels`,
      range: rangeAt(lineStarts, 0, 0),
    });
  }

  if (!meta.title) {
    const h1 = allSections.find((section) => section.depth === 1);
    if (h1) meta.title = h1.title;
  }

  const document: GovDocument = {
    path,
    text,
    hasBom,
    eol,
    meta,
    sections,
    allSections,
    goals: builder.goals,
    textBlocks: blocks,
    comments,
    parseProblems,
    lineStarts,
  };
  if (frontmatter) document.frontmatter = frontmatter;
  return document;
}
