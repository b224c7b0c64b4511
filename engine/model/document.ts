import type { CalendarDate } from '../text/dates.ts';
import type { DocumentSource } from './source.ts';
import type { Lang, Range } from '../types.ts';

/** Canonical document types of the default chain; custom chains add their own level names. */
export type DocumentType = string;

export type DocumentStatus = 'draft' | 'adopted' | 'retired';

/** One front-matter key as written, with where it stands. */
export interface FrontmatterEntry {
  /** Canonical key (`owner`), whatever alias was written (`ansvarlig`). */
  key: string;
  /** The key exactly as written. */
  rawKey: string;
  /** The parsed YAML value (string, number, boolean, null, array or map). */
  value: unknown;
  keyRange: Range;
  valueRange: Range;
  /** Range of the whole `key: value` pair. */
  range: Range;
}

export interface Frontmatter {
  /** Range of the whole block, fences included. */
  range: Range;
  /** Range of the YAML between the fences. */
  bodyRange: Range;
  /** The opening `---` line. */
  openingFence: Range;
  /** Entries by canonical key (first occurrence wins; duplicates are in `duplicateKeys`). */
  entries: Map<string, FrontmatterEntry>;
  duplicateKeys: FrontmatterEntry[];
  /** YAML syntax errors, or a front matter that is not a map. */
  errors: Array<{ message: string; range: Range }>;
  /** True when a key other than `id` is written in Danish (`titel`, `ejer`): a key a fix adds is then written in Danish too. */
  danishKeys: boolean;
}

/** A reference to a goal: `M1` (in the parent) or `doc-id#M1`. */
export interface GoalRef {
  raw: string;
  /** Document id when qualified, otherwise undefined (= the parent). */
  documentId?: string;
  goalId: string;
  range: Range;
}

export interface DocumentMeta {
  id?: string;
  /** Canonical type (Danish values mapped to English), or as written when unknown. */
  type?: DocumentType;
  title?: string;
  owner?: string;
  parent?: string;
  implements: GoalRef[];
  adopted?: string;
  adoptedBy?: string;
  review?: string;
  status: DocumentStatus;
  lang?: Lang;
}

export type GoalFieldKey = 'owner' | 'deadline' | 'indicator' | 'baseline' | 'target' | 'implements' | 'follow-up';

export interface GoalField {
  key: GoalFieldKey;
  rawKey: string;
  value: string;
  /** Range of the whole list item. */
  range: Range;
  valueRange: Range;
}

/** What an outline keeps of a goal's deadline field (the whole field is in `Goal.deadline`). */
export type GoalDeadline = Pick<GoalField, 'value' | 'valueRange'>;

export interface Goal extends GoalOutline {
  deadline?: GoalField;
  /** Title + first paragraph of the body, as source text joined by a space. */
  statement: string;
  /** The source slices the statement is made of, with their start offsets in the document text, so a match in a slice maps back to a range. */
  statementSpans: Array<{ text: string; start: number }>;
  /** Range of the first paragraph of the body (or the title when there is none). */
  statementRange?: Range;
  fields: GoalField[];
  /** Heading goal: the heading through the end of its body. List goal: the list item. */
  range: Range;
  kind: 'heading' | 'list-item';
  /** Heading depth (1–6) for heading goals. */
  depth?: number;
  /** Titles of the enclosing sections, outermost first. */
  sectionPath: string[];
  /** Offset where a new field line can be inserted: the end of the last field item, or of the goal's body. */
  insertFieldAt: number;
  /** True when the goal already has a `Key: value` list (a new field joins it; otherwise a new list starts). */
  hasFieldList: boolean;
  /** Indentation of the field items (nested fields of a list goal are indented). */
  fieldIndent: string;
}

export interface Section {
  title: string;
  depth: number;
  /** The heading line. */
  headingRange: Range;
  /** From the heading to the end of its body (before the next heading of the same or higher level). */
  range: Range;
  children: Section[];
}

/** What other documents read of a goal: its ID, title, deadline and references (see `DocumentOutline`). */
export interface GoalOutline {
  /** Goal ID (`M1`, `SN-3`), absent for an unnumbered list-item goal. */
  id?: string;
  idRange?: Range;
  title: string;
  titleRange: Range;
  /** The first deadline field (`Frist:`), which is also in `Goal.fields`: in an outline only its value and where that is written. */
  deadline?: GoalDeadline;
  /** Goal references from `Udmønter:`/`Implements:` fields. */
  implements: GoalRef[];
  /** When the goal is due (engine/analysis/due.ts): set in outlines, read from the goal itself otherwise. */
  due?: GoalDue;
}

/** A goal's due date: its deadline field's, else the latest deadline its statement or target field names; and where that is written. */
export interface GoalDue {
  date: CalendarDate;
  range: Range;
  source: 'field' | 'statement' | 'target';
}

/** Front matter keys that other documents read: the workspace rules, and the language server's navigation over closed files. */
export const OUTLINE_FRONTMATTER_KEYS = ['id', 'type', 'parent', 'adopted'] as const;
export type OutlineFrontmatterKey = (typeof OUTLINE_FRONTMATTER_KEYS)[number];

/** What an outline keeps of a front matter entry: where its value is written (the value itself is in `DocumentOutline.meta`). */
export type OutlineFrontmatterEntry = Pick<FrontmatterEntry, 'valueRange'>;

/**
 * Front matter as an outline holds it: the block's ranges, its errors, and the entries of
 * `OUTLINE_FRONTMATTER_KEYS` only (the rest is a document rule's business, and held for every
 * closed document would cost more than half of the outline's front matter).
 */
export interface FrontmatterOutline {
  range: Range;
  bodyRange: Range;
  openingFence: Range;
  entries: {
    get(key: OutlineFrontmatterKey): OutlineFrontmatterEntry | undefined;
    has(key: OutlineFrontmatterKey): boolean;
  };
  errors: ReadonlyArray<{ message: string; range: Range }>;
  danishKeys: boolean;
}

/**
 * What the workspace rules and the workspace index read of a document: path, front matter, meta,
 * goals without their statements, comments (disable directives), parse problems and line starts,
 * but not the text or its blocks. Holding outlines instead of whole documents keeps a large
 * workspace small: the CLI keeps only outlines once a document's own rules have run.
 */
export interface DocumentOutline {
  /** Workspace-relative path with `/` separators. */
  path: string;
  hasBom: boolean;
  eol: '\n' | '\r\n';
  frontmatter?: FrontmatterOutline;
  meta: DocumentMeta;
  goals: GoalOutline[];
  /** HTML comments (`<!-- … -->`) outside code, for inline disable directives. */
  comments: Array<{ text: string; range: Range }>;
  /** Problems found while reading the file (unclosed front matter, parse limits), reported by `frontmatter-invalid` or `internal-error`. */
  parseProblems: Array<{ kind: 'frontmatter' | 'markdown' | 'read'; message: string; range: Range }>;
  /** Start offset of each line (0-based), for offset → position conversion. */
  lineStarts: number[];
  /** For a document converted from another format (a .docx): where each line came from. */
  source?: DocumentSource;
}

/** A paragraph, list-item paragraph, heading or table cell as a source slice (`text === doc.text.slice(range.start.offset, range.end.offset)`). */
export interface TextBlock {
  text: string;
  range: Range;
  /** The enclosing heading's title. */
  section?: string;
  /** Set when the block is not running prose of the author's: a table cell, or text inside a blockquote (a quotation). */
  context?: 'table' | 'quote';
  /** Inline code, links (text and address, autolinks included), images and inline HTML in the block, as document offsets in order. */
  literals?: Array<{ start: number; end: number }>;
}

export interface GovDocument extends DocumentOutline {
  frontmatter?: Frontmatter;
  /** Text as linted: BOM removed, line endings as in the file. */
  text: string;
  /** Heading tree (top-level sections). */
  sections: Section[];
  /** All sections, flattened in document order. */
  allSections: Section[];
  goals: Goal[];
  /** Paragraphs, list-item paragraphs and table cells as source slices (`text === doc.text.slice(range.start.offset, range.end.offset)`), for text rules (readability, legal references, statutory limits). `section` is the enclosing heading's title. */
  textBlocks: TextBlock[];
}
