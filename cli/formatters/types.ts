import type { Diagnostic, Lang } from '../../engine/api/model.ts';
import type { Rule } from '../../engine/api/rules.ts';

export interface LintResult {
  /** Diagnostics to show (after --quiet), sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Markdown files read. */
  files: number;
  /** Files that are governance documents (have front matter). */
  documents: number;
  /** Paths (as in diagnostics) of every file read, for formats that list clean files too (JUnit). */
  paths?: readonly string[];
  /** Rules that ran, for formats that describe them (SARIF). */
  rules: readonly Rule[];
}

export interface FormatOptions {
  /** Language of the formatter's own words (summary line). */
  lang: Lang;
  color: boolean;
  /** Show suggestions (rewrite scaffolds) under each diagnostic. */
  suggest: boolean;
  /** The working directory, for formats that need absolute URIs. */
  cwd: string;
}

/** A formatter turns a lint result into the text printed on stdout. */
export type Formatter = (result: LintResult, options: FormatOptions) => string;

/** A formatter whose text comes in pieces, so that a large report is written as it is made (see `writeChunked`). */
export type ChunkedFormatter = (result: LintResult, options: FormatOptions) => Iterable<string>;
