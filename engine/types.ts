// Core types shared by the engine, the rules, the CLI and the language server.
// Nothing here imports `vscode` or an LSP library: this is the pure engine.
import type { SourceLocation } from './model/source.ts';

export type Lang = 'da' | 'en';
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text in both user-facing languages. */
export interface Localized {
  da: string;
  en: string;
}

/** A point in a document. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index into `GovDocument.text`. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Replace `text.slice(start, end)` with `newText` (offsets into `GovDocument.text`). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A fix or a suggestion. `safe` fixes may be applied without a human (`--fix`, fix-all);
 * the rest are offered as quick fixes. `placeholders` marks `[...]` spans in `newText`
 * that an editor should turn into snippet tab stops.
 */
export interface Fix {
  title: Localized;
  edits: TextEdit[];
  safe: boolean;
  placeholders?: boolean;
  /** Edits in other files (e.g. renaming a reference), keyed by document path. */
  otherFiles?: Record<string, TextEdit[]>;
}

export interface RelatedLocation {
  /** Workspace-relative path with `/` separators. */
  file: string;
  range: Range;
  message: Localized;
}

/** What a rule reports; the runner turns it into a `Diagnostic`. */
export interface Report {
  /** Key into the rule's `messages`. */
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
  goal?: string;
  fix?: Fix;
  suggestions?: Fix[];
  related?: RelatedLocation[];
  /** Overrides the configured severity for this one finding (e.g. missing-owner on goals is a warning). */
  severity?: Severity;
  /** Editor hint: the finding marks outdated text (`deprecated`) or redundant text (`unnecessary`). */
  tags?: Array<'deprecated' | 'unnecessary'>;
}

export interface Diagnostic {
  /** For a document converted from Word: the paragraph the finding is in (its line and column are those of the converted text). */
  location?: SourceLocation;
  /** Workspace-relative path with `/` separators. */
  file: string;
  rule: string;
  severity: Severity;
  message: string;
  /** Both language versions of the message; `message` is the one chosen for output. */
  messages: Localized;
  /** The language `message` is in (the document's, unless `--lang` overrides it). */
  lang?: Lang;
  range: Range;
  goal?: string;
  fix?: Fix;
  suggestions?: Fix[];
  related?: RelatedLocation[];
  tags?: Array<'deprecated' | 'unnecessary'>;
}
