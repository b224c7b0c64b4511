// A Word document (.docx) as a govlint document: front matter built from what the document says
// about itself, then its headings, paragraphs, lists, tables and emphasis as Markdown, with goals
// recognised from its own structure. Pure and synchronous: bytes in, text and a source map out.
//
// Goals: a heading or list item that starts with a goal ID stays one ("M1 …", "M1. …"); a
// heading or item labelled "Mål 1", "Goal 2", "Standard 3", "Trin 4" gets the ID of the
// contract's form (M1, S3, R4 by the document's type); numbered items under a goal section
// (Mål, Målsætninger, Goals …) get IDs in the order Word numbers them. Under a goal, paragraphs
// and two-column table rows of the form "Ansvarlig: …" become the goal's fields.
//
// What the document does not say is written as a placeholder the `placeholder` rule knows
// ("[Enhed eller rolle]", "[overordnet-id]", ÅÅÅÅ-MM-DD), never guessed.
import type { SourceBlock, DocumentSource } from '../../model/source.ts';
import { GOAL_FIELD_ALIASES, GOAL_SECTION_NAMES } from '../../parse/aliases.ts';
import { GOAL_ID_SOURCE } from '../../model/ids.ts';
import { slugify } from '../../templates/skeleton.ts';
import type { Lang } from '../../types.ts';
import { readBody, type Block, type ParagraphBlock, type Run, type TableBlock } from './body.ts';
import { guessLang, guessType, plainText, readMetadata, type GuessedType, type Metadata, type MetaValue } from './metadata.ts';
import { DocxProblem, readDocxParts } from './package.ts';
import { XmlError } from './xml.ts';
import { readCoreProperties, type CoreProperties } from './properties.ts';

export { DocxProblem };
export type { DocxProblemReason } from './package.ts';

export interface DocxConversion {
  /** The govlint document (LF line endings). */
  markdown: string;
  source: DocumentSource;
  lang: Lang;
  /** Front-matter keys (as written: Danish or English) that are placeholders because the document does not say them. */
  placeholders: string[];
}

export interface ConvertOptions {
  /** The file's name (its type may be guessed from it, and the import note names it). */
  fileName: string;
  /** Largest unpacked size of one part of the package (document.xml, styles …). */
  maxPartBytes: number;
  /**
   * `always` (import: the user asked for a govlint document), or `recognised`: only when the
   * document shows it is one — its title or metadata names a type, or it has a goal section —
   * so a letter or minutes in Word is read as a bare file, as a Markdown file without front
   * matter is (linting a folder).
   */
  frontmatter?: 'always' | 'recognised';
}

const GOAL_ID_AT_START = new RegExp(`^(${GOAL_ID_SOURCE})(?:[.:)]|\\s+[-–—:]|\\s)\\s*`, 'u');
/** "Mål 1:", "Målsætning 2 –", "Goal 3.", "Standard 4", "Trin 2)" at the start of a heading or item. */
const LABELLED_GOAL = /^(?:mål|målsætning|delmål|indsatsmål|goal|objective|standard|trin|step)\s+(\d{1,3}(?:\.\d{1,3})?)\s*(?:[.:)–—-]\s*|\s+)/iu;
/** A number typed by hand at the start of a paragraph ("1. …", "2) …"). */
const TYPED_NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/u;
const FIELD = /^(\p{L}[\p{L} -]{0,30}?)\s*:\s*(\S.*)$/u;

const GOAL_PREFIX: Record<GuessedType, string> = { policy: 'M', 'service-level': 'S', guideline: 'R' };

const WORDS = {
  da: {
    type: { policy: 'politik', 'service-level': 'serviceniveau', guideline: 'retningslinje' } as Record<GuessedType, string>,
    typePlaceholder: '[politik, serviceniveau eller retningslinje]',
    owner: '[Enhed eller rolle]',
    parent: '[overordnet-id]',
    adoptedBy: '[Byråd eller udvalg]',
    keys: { title: 'titel', owner: 'ansvarlig', parent: 'overordnet', adopted: 'vedtaget', 'adopted-by': 'vedtaget-af', review: 'revision', lang: 'sprog' },
    status: { adopted: 'vedtaget', draft: 'udkast' },
    note: (file: string) => `<!-- Importeret af govlint fra ${file}. Værdier i [klammer] og ÅÅÅÅ-MM-DD stod ikke i dokumentet: udfyld dem. -->`,
    fromProperties: 'fra dokumentegenskaberne',
    author: 'forfatter i Word',
  },
  en: {
    type: { policy: 'policy', 'service-level': 'service-level', guideline: 'guideline' } as Record<GuessedType, string>,
    typePlaceholder: '[policy, service-level or guideline]',
    owner: '[Unit or role]',
    parent: '[parent-id]',
    adoptedBy: '[Council or committee]',
    keys: { title: 'title', owner: 'owner', parent: 'parent', adopted: 'adopted', 'adopted-by': 'adopted-by', review: 'review', lang: 'lang' },
    status: { adopted: 'adopted', draft: 'draft' },
    note: (file: string) => `<!-- Imported by govlint from ${file}. Values in [brackets] and YYYY-MM-DD were not in the document: fill them in. -->`,
    fromProperties: 'from the document properties',
    author: 'author in Word',
  },
} as const;

/** Words that make an author name a unit or role rather than a person (the owner is a role, SPEC §1). */
const UNIT_WORDS =
  /afdeling|forvaltning|udvalg|center|centret|sekretariat|team|direktør|chef|leder|myndighed|kommune|rådet|department|directorate|service|council|committee|unit|team|office|head of/iu;

function yamlValue(value: string): string {
  const plain = value.replace(/[\r\n]+/g, ' ').trim();
  return /^[[{&*!|>'"%@`#?:,-]|: | #|^\s|\s$|^(?:true|false|yes|no|null|~)$/iu.test(plain) || plain === '' ? JSON.stringify(plain) : plain;
}

function yamlComment(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').slice(0, 120);
}

/** The first words of a text (for locations). */
function firstWords(text: string, count = 8): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

// ---- Inline Markdown ----

/** Escapes what Markdown would read as syntax inside a line. Brackets stay: a "[placeholder]" in Word is one in govlint too. */
function escapeInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*`])/g, '\\$1')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace('_', '\\_'))
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/\]\(/g, ']\\(');
}

/** Escapes what Markdown would read as a block at the start of a line (a heading, a quote, a list, a rule). */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+=|~-])/u, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\t\n\u00a0]+/g, ' ').replace(/ {2,}/g, ' ');
}

/** Runs as Markdown: adjacent runs of one format merged, bold and italic marked, spaces kept outside the markers. */
function inline(runs: readonly Run[], emphasis = true): string {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  const allBold = merged.every((run) => run.bold || run.text.trim() === '');
  let out = '';
  for (const run of merged) {
    const text = normalizeSpaces(run.text);
    const bold = emphasis && run.bold && !allBold;
    const italic = emphasis && run.italic;
    if ((!bold && !italic) || text.trim() === '') {
      out += escapeInline(text);
      continue;
    }
    const lead = /^\s*/.exec(text)![0];
    const trail = /\s*$/.exec(text)![0];
    const core = escapeInline(text.trim());
    const marker = bold && italic ? '***' : bold ? '**' : '*';
    out += `${lead}${marker}${core}${marker}${trail}`;
  }
  return out.trim();
}

// ---- Goals ----

function isGoalSectionTitle(title: string): boolean {
  const normalized = title.trim().replace(/[:.]$/, '').toLowerCase();
  return (
    GOAL_SECTION_NAMES.some((name) => normalized === name || normalized.startsWith(name + ' ')) ||
    /^(?:vores|politikkens|kommunens|our|the)\s+(?:mål|målsætninger|goals|objectives)$/iu.test(normalized)
  );
}

/** A goal ID at the start of a text, and the text after it: "M1 Title", "Mål 1: Title" (→ prefix + 1). */
function goalIdAtStart(text: string, prefix: string): { id: string; rest: string } | undefined {
  const explicit = GOAL_ID_AT_START.exec(text);
  if (explicit?.[1] && text.length > explicit[0].length) return { id: explicit[1], rest: text.slice(explicit[0].length).trim() };
  const labelled = LABELLED_GOAL.exec(text);
  if (labelled?.[1] && text.length > labelled[0].length) return { id: `${prefix}${labelled[1]}`, rest: text.slice(labelled[0].length).trim() };
  return undefined;
}

function fieldOf(text: string): { key: string; value: string } | undefined {
  const match = FIELD.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const key = match[1].trim();
  return GOAL_FIELD_ALIASES[key.toLowerCase()] ? { key, value: match[2].trim() } : undefined;
}

// ---- Writing ----

interface Line {
  text: string;
  block?: Omit<SourceBlock, 'line'>;
}

class Writer {
  readonly lines: Line[] = [];
  /** Headings above the current point: [depth, title]. */
  private path: Array<[number, string]> = [];
  /** Inside a list (no blank line between items). */
  private inList = false;
  private listIndents: Array<{ level: number; indent: string }> = [];
  private counters = new Map<string, number>();
  private goalCounter = 0;
  /** The goal section we are in (its depth), and whether the last heading was a goal. */
  private goalSectionDepth: number | undefined;
  private underGoal = false;
  constructor(
    private readonly prefix: string,
    private readonly headingDepth: (level: number) => number,
    /** The IDs the document gives its goals itself: made-up IDs never take one (the author's own duplicates stay, for id-duplicate to report). */
    private readonly reserved: Set<string>,
  ) {}

  private source(block: ParagraphBlock | undefined, text: string): Omit<SourceBlock, 'line'> {
    // The document's title (depth 1) is above everything: the path starts below it.
    const entry: Omit<SourceBlock, 'line'> = { headings: this.path.filter(([depth]) => depth > 1).map(([, title]) => title), text: firstWords(text) };
    if (block) entry.paragraph = block.number;
    return entry;
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1]!.text !== '') this.lines.push({ text: '' });
  }

  private endList(): void {
    if (this.inList) this.blank();
    this.inList = false;
    this.listIndents = [];
  }

  /** An ID the converter makes up: the next number of the prefix that no goal of the document has. */
  private nextId(): string {
    let id: string;
    do id = `${this.prefix}${++this.goalCounter}`;
    while (this.reserved.has(id));
    this.reserved.add(id);
    return id;
  }

  heading(block: ParagraphBlock | undefined, level: number, text: string): void {
    this.endList();
    this.blank();
    const depth = this.headingDepth(level);
    let title = normalizeSpaces(text).trim();
    const goal = goalIdAtStart(title, this.prefix);
    const inGoals = this.goalSectionDepth !== undefined && depth > this.goalSectionDepth;
    if (goal && (inGoals || GOAL_ID_AT_START.test(title) || LABELLED_GOAL.test(title))) title = `${goal.id} ${goal.rest}`;
    this.path = this.path.filter(([d]) => d < depth);
    this.path.push([depth, title]);
    if (this.goalSectionDepth !== undefined && depth <= this.goalSectionDepth) this.goalSectionDepth = undefined;
    if (isGoalSectionTitle(title)) {
      this.goalSectionDepth = depth;
      this.goalCounter = 0;
    }
    this.underGoal = goal !== undefined;
    this.lines.push({ text: `${'#'.repeat(depth)} ${escapeInline(title)}`, block: this.source(block, title) });
    this.lines.push({ text: '' });
  }

  private listItem(block: ParagraphBlock, level: number, marker: string, content: string, plain: string): void {
    if (!this.inList) this.blank();
    this.inList = true;
    while (this.listIndents.length > 0 && this.listIndents[this.listIndents.length - 1]!.level >= level) this.listIndents.pop();
    const parent = this.listIndents[this.listIndents.length - 1];
    const indent = parent ? parent.indent : '';
    this.listIndents.push({ level, indent: indent + ' '.repeat(marker.length + 1) });
    this.lines.push({ text: `${indent}${marker} ${content}`, block: this.source(block, plain) });
  }

  paragraph(block: ParagraphBlock): void {
    const plain = plainText(block);
    if (block.list) {
      const { level, ordered, numId } = block.list;
      const inGoals = this.goalSectionDepth !== undefined && level === 0 && !this.underGoal;
      const goal = goalIdAtStart(plain, this.prefix);
      if (level === 0 && (goal || (inGoals && ordered))) {
        const id = goal ? goal.id : this.nextId();
        const rest = goal ? goal.rest : plain;
        this.listItem(block, level, '-', `${id} ${escapeInline(rest)}`, plain);
        return;
      }
      const field = level > 0 || this.underGoal ? fieldOf(plain) : undefined;
      if (field) {
        this.listItem(block, level, '-', `${field.key}: ${escapeInline(field.value)}`, plain);
        return;
      }
      const key = `${numId}:${level}`;
      const number = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, number);
      // A deeper level starts again under each item of the level above.
      for (const other of this.counters.keys()) if (other.startsWith(`${numId}:`) && Number(other.split(':')[1]) > level) this.counters.delete(other);
      this.listItem(block, level, ordered ? `${number}.` : '-', escapeLineStart(inline(block.runs)), plain);
      return;
    }
    // Under a goal, "Ansvarlig: …" is a field; in a goal section, "1. …" or "Mål 2: …" is a goal.
    const field = this.underGoal ? fieldOf(plain) : undefined;
    if (field) {
      this.listItem(block, 0, '-', `${field.key}: ${escapeInline(field.value)}`, plain);
      return;
    }
    if (this.goalSectionDepth !== undefined && !this.underGoal) {
      const typed = TYPED_NUMBER.exec(plain);
      const goal = goalIdAtStart(typed ? plain.slice(typed[0].length) : plain, this.prefix);
      if (typed || (goal && LABELLED_GOAL.test(plain)) || (goal && GOAL_ID_AT_START.test(plain))) {
        const id = goal ? goal.id : this.nextId();
        const rest = goal ? goal.rest : plain.slice(typed![0].length);
        this.listItem(block, 0, '-', `${id} ${escapeInline(rest)}`, plain);
        return;
      }
    }
    this.endList();
    this.blank();
    this.lines.push({ text: escapeLineStart(inline(block.runs)), block: this.source(block, plain) });
    this.lines.push({ text: '' });
  }

  table(table: TableBlock): void {
    const rows = table.rows.filter((row) => row.some((cell) => cell.length > 0));
    if (rows.length === 0) return;
    // Under a goal, a two-column table of fields is the goal's field list.
    if (this.underGoal && rows.every((row) => row.length >= 2 && fieldOf(`${row[0]!.map(plainText).join(' ')}: x`))) {
      for (const row of rows) {
        const key = row[0]!.map(plainText).join(' ').replace(/:$/, '').trim();
        const value = row.slice(1).flat().map(plainText).join(' ').trim();
        const first = row[1]![0] ?? row[0]![0];
        if (first && value) this.listItem(first, 0, '-', `${key}: ${escapeInline(value)}`, `${key}: ${value}`);
      }
      return;
    }
    this.endList();
    this.blank();
    const width = Math.max(...rows.map((row) => row.length));
    const cellText = (cell: readonly ParagraphBlock[]) =>
      cell
        .map((paragraph) => inline(paragraph.runs))
        .filter(Boolean)
        .join(' ')
        .replace(/\|/g, '\\|');
    rows.forEach((row, index) => {
      const cells = Array.from({ length: width }, (_, i) => cellText(row[i] ?? []));
      const first = row.flat()[0];
      this.lines.push({ text: `| ${cells.join(' | ')} |`, block: this.source(first, row.flat().map(plainText).join(' ')) });
      if (index === 0) this.lines.push({ text: `|${' --- |'.repeat(width)}` });
    });
    this.lines.push({ text: '' });
  }
}

/**
 * Headings typed as bold paragraphs, in a document that uses no heading styles at all (many are
 * written so): a short paragraph, all bold, not a sentence (no final full stop or colon), outside
 * lists and tables. One under a goal section that starts with a goal ID is a level below it.
 */
function boldHeadings(blocks: Block[]): void {
  if (blocks.some((block) => block.kind === 'paragraph' && block.heading !== undefined && block.heading > 0)) return;
  let inGoals = false;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.list || block.heading !== undefined) continue;
    const text = plainText(block);
    const bold = block.runs.every((run) => run.bold || run.text.trim() === '');
    if (!bold || text.length > 100 || text.split(' ').length > 12 || /[.:;,]$/.test(text)) continue;
    const goal = GOAL_ID_AT_START.test(text) || LABELLED_GOAL.test(text);
    // The document's first paragraph, in bold, is its title.
    block.heading = block === blocks[0] && !blocks.some((other) => other.kind === 'paragraph' && other.heading === 0) ? 0 : inGoals && goal ? 2 : 1;
    if (block.heading === 1) inGoals = isGoalSectionTitle(text);
    if (block.heading === 0) continue;
  }
}

/** How Word's heading levels become Markdown depths: the document's title is `#`, and its headings below it. */
function headingDepths(blocks: readonly Block[]): { depth: (level: number) => number; titleFromHeading: boolean } {
  const levels = blocks.flatMap((block) => (block.kind === 'paragraph' && block.heading !== undefined ? [block.heading] : []));
  const hasTitle = levels.includes(0);
  const real = levels.filter((level) => level > 0);
  const top = real.length > 0 ? Math.min(...real) : 1;
  // One top-level heading, first of all: it is the title.
  const single = !hasTitle && real.filter((level) => level === top).length === 1 && levels[0] === top;
  const shift = single ? 1 - top : 2 - top;
  return { depth: (level) => (level === 0 ? 1 : Math.min(6, Math.max(single ? 1 : 2, level + shift))), titleFromHeading: hasTitle || single };
}

interface FrontmatterLine {
  text: string;
  paragraph?: number;
}

function buildFrontmatter(input: {
  lang: Lang;
  title: MetaValue | { value: string; paragraph?: number; from: string };
  type: GuessedType | undefined;
  metadata: Metadata;
  properties: CoreProperties;
}): { lines: FrontmatterLine[]; placeholders: string[] } {
  const { lang, metadata, properties, type } = input;
  const words = WORDS[lang];
  const lines: FrontmatterLine[] = [{ text: '---' }];
  const placeholders: string[] = [];
  const fromMeta = (key: keyof typeof words.keys, value: MetaValue) =>
    lines.push({ text: `${words.keys[key]}: ${yamlValue(value.value)}  # ${yamlComment(`"${value.from}"`)}`, paragraph: value.paragraph });
  const id = metadata.id?.value && /^[\p{L}\d][\p{L}\d._-]*$/u.test(metadata.id.value) ? metadata.id.value : slugify(input.title.value) || 'dokument';
  lines.push({ text: `id: ${yamlValue(id)}` });
  if (type) lines.push({ text: `type: ${words.type[type]}` });
  else {
    lines.push({ text: `type: ${yamlValue(words.typePlaceholder)}` });
    placeholders.push('type');
  }
  const titleLine: FrontmatterLine = { text: `${words.keys.title}: ${yamlValue(input.title.value)}` };
  if (input.title.paragraph !== undefined) titleLine.paragraph = input.title.paragraph;
  lines.push(titleLine);
  if (metadata.owner) fromMeta('owner', metadata.owner);
  else {
    const creator = properties.creator;
    if (creator && UNIT_WORDS.test(creator)) lines.push({ text: `${words.keys.owner}: ${yamlValue(creator)}  # ${words.fromProperties}` });
    else {
      lines.push({ text: `${words.keys.owner}: ${yamlValue(words.owner)}${creator ? `  # ${words.author}: ${yamlComment(creator)}` : ''}` });
      placeholders.push(words.keys.owner);
    }
  }
  if (type !== 'policy') {
    if (metadata.parent) {
      const value = /^[\p{L}\d][\p{L}\d._-]*$/u.test(metadata.parent.value) ? metadata.parent.value : slugify(metadata.parent.value);
      lines.push({ text: `${words.keys.parent}: ${yamlValue(value)}  # ${yamlComment(`"${metadata.parent.from}"`)}`, paragraph: metadata.parent.paragraph });
    } else {
      lines.push({ text: `${words.keys.parent}: ${yamlValue(words.parent)}` });
      placeholders.push(words.keys.parent);
    }
  }
  if (metadata.adopted) fromMeta('adopted', metadata.adopted);
  if (metadata['adopted-by']) fromMeta('adopted-by', metadata['adopted-by']);
  else if (type === 'policy' && metadata.adopted) {
    lines.push({ text: `${words.keys['adopted-by']}: ${yamlValue(words.adoptedBy)}` });
    placeholders.push(words.keys['adopted-by']);
  }
  if (metadata.review) fromMeta('review', metadata.review);
  else {
    lines.push({ text: `${words.keys.review}: ${lang === 'da' ? 'ÅÅÅÅ-MM-DD' : 'YYYY-MM-DD'}` });
    placeholders.push(words.keys.review);
  }
  lines.push({ text: `status: ${metadata.adopted ? words.status.adopted : words.status.draft}` });
  lines.push({ text: `${words.keys.lang}: ${lang}` });
  lines.push({ text: '---' });
  return { lines, placeholders };
}

function documentText(blocks: readonly Block[]): string {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [plainText(block)] : block.rows.flat(2).map(plainText))).join('\n');
}

/** Converts the bytes of a .docx; throws `DocxProblem` when they are not a readable Word document. */
export function convertDocx(bytes: Uint8Array, options: ConvertOptions): DocxConversion {
  const parts = readDocxParts(bytes, options.maxPartBytes);
  let blocks: Block[];
  let properties: CoreProperties;
  try {
    blocks = readBody(parts.document, parts.styles, parts.numbering);
    properties = readCoreProperties(parts.core);
  } catch (error) {
    if (error instanceof XmlError) throw new DocxProblem('corrupt', `XML: ${error.message.split('\n')[0]}`);
    throw error;
  }
  const metadata = readMetadata(blocks);
  const lang = guessLang(documentText(blocks), properties.language);
  boldHeadings(blocks);
  const { depth, titleFromHeading } = headingDepths(blocks);
  const firstHeading = blocks.find((block): block is ParagraphBlock => block.kind === 'paragraph' && block.heading !== undefined);
  const baseName = options.fileName.replace(/^.*[\\/]/, '').replace(/\.docx$/i, '');
  const title =
    metadata.title ??
    (titleFromHeading && firstHeading
      ? { value: plainText(firstHeading), paragraph: firstHeading.number, from: '' }
      : properties.title
        ? { value: properties.title, from: '' }
        : { value: baseName, from: '' });
  const type = guessType(metadata.type?.value, title.value, properties.title, baseName);
  const recognised = type !== undefined || blocks.some((block) => block.kind === 'paragraph' && block.heading !== undefined && isGoalSectionTitle(plainText(block)));
  const frontmatter = options.frontmatter === 'recognised' && !recognised ? { lines: [], placeholders: [] } : buildFrontmatter({ lang, title, type, metadata, properties });
  const prefix = GOAL_PREFIX[type ?? 'policy'];
  const reserved = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const id = goalIdAtStart(plainText(block).replace(TYPED_NUMBER, ''), prefix)?.id;
    if (id) reserved.add(id);
  }
  const writer = new Writer(prefix, depth, reserved);
  if (!titleFromHeading) writer.heading(undefined, 0, title.value);
  for (const block of blocks) {
    if (block.kind === 'table') writer.table(block);
    else if (block.heading !== undefined) writer.heading(block, block.heading, plainText(block));
    else writer.paragraph(block);
  }
  const lines: string[] = [];
  const sourceBlocks: SourceBlock[] = [];
  for (const line of frontmatter.lines) {
    const entry: SourceBlock = { line: lines.length + 1, headings: [], text: line.text === '---' ? '' : line.text.replace(/\s+#.*$/, '') };
    if (line.paragraph !== undefined) entry.paragraph = line.paragraph;
    sourceBlocks.push(entry);
    lines.push(line.text);
  }
  if (frontmatter.lines.length > 0) lines.push('', WORDS[lang].note(options.fileName.replace(/^.*[\\/]/, '').replace(/--/g, '- -')), '');
  for (const line of writer.lines) {
    if (line.block) sourceBlocks.push({ line: lines.length + 1, ...line.block });
    lines.push(line.text);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { markdown: `${lines.join('\n')}\n`, source: { format: 'docx', blocks: sourceBlocks }, lang, placeholders: frontmatter.placeholders };
}
