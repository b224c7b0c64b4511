// `--fix` and `--fix-dry-run`: apply the fixes that are safe without a human, keeping each file's
// encoding (BOM, line endings) exactly as found. Writing the files is `fix-write.ts`.
import { createTwoFilesPatch } from 'diff';
import { lintWorkspace, type LintOptions } from '../engine/lint/runner.ts';
import type { GovDocument } from '../engine/model/document.ts';
import { documentFromBytes } from '../engine/parse/from-bytes.ts';
import type { Diagnostic, Fix, TextEdit } from '../engine/types.ts';
import type { WorkspaceIndex } from '../engine/workspace/index.ts';

/** Passes of fix → re-lint before giving up on reaching a fixed point. */
export const MAX_FIX_PASSES = 10;

/** The edits of a fix, by file path (the diagnostic's own file and `otherFiles`). */
function editsByFile(diagnostic: Diagnostic, fix: Fix): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>([[diagnostic.file, [...fix.edits]]]);
  for (const [file, edits] of Object.entries(fix.otherFiles ?? {})) byFile.set(file, [...(byFile.get(file) ?? []), ...edits]);
  return byFile;
}

/** Two edits conflict when they overlap or touch (two insertions at one point included). */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Keeps line endings as the file has them: a CRLF file gets CRLF in inserted text too. */
function withEol(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
}

/** True when the document was read as text (a binary or unreadable file is never fixed). */
export function isFixable(document: GovDocument | undefined): document is GovDocument {
  return document !== undefined && !document.parseProblems.some((problem) => problem.kind === 'read');
}

/**
 * Chooses the safe fixes of one pass: in diagnostic order, a fix is taken when none of its edits
 * conflicts with an edit already taken (the later overlapping fix waits for the next pass).
 * Edits that are invalid for their file (outside the text, or inverted) reject the whole fix.
 */
export function chooseFixes(
  diagnostics: readonly Diagnostic[],
  textOf: (file: string) => string | undefined,
): { edits: Map<string, TextEdit[]>; fixes: number; fixesByFile: Map<string, number> } {
  const taken = new Map<string, TextEdit[]>();
  const fixesByFile = new Map<string, number>();
  let fixes = 0;
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fix;
    if (!fix || fix.safe !== true || fix.edits.length === 0) continue;
    const byFile = editsByFile(diagnostic, fix);
    let ok = true;
    for (const [file, edits] of byFile) {
      const text = textOf(file);
      const accepted = taken.get(file) ?? [];
      if (text === undefined) ok = false;
      for (let i = 0; ok && i < edits.length; i++) {
        const edit = edits[i]!;
        if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= text!.length)) ok = false;
        else if (accepted.some((other) => conflicts(edit, other))) ok = false;
        else if (edits.some((other, j) => j !== i && conflicts(edit, other))) ok = false;
      }
      if (!ok) break;
    }
    if (!ok) continue;
    for (const [file, edits] of byFile) taken.set(file, [...(taken.get(file) ?? []), ...edits]);
    fixes++;
    fixesByFile.set(diagnostic.file, (fixesByFile.get(diagnostic.file) ?? 0) + 1);
  }
  return { edits: taken, fixes, fixesByFile };
}

/** Applies non-overlapping edits to a text, back to front. */
export function applyEdits(text: string, edits: readonly TextEdit[], eol: '\n' | '\r\n' = '\n'): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + withEol(edit.newText, eol) + result.slice(edit.end);
  return result;
}

/** One file the fixer changed: its document as read, its new text, and the edits that lead from one to the other. */
export interface FixedFile {
  /** The document as read from the file. */
  before: GovDocument;
  /** New text (BOM not included, line endings as found). */
  text: string;
  /**
   * The edits of each pass, in the coordinates of the text before that pass, line endings of
   * inserted text already as the file has them: replayed on the file's bytes they give the new
   * bytes (`spliceFixedBytes`), so nothing outside them can change.
   */
  passes: TextEdit[][];
  /** Fixes applied to this file (counted on the diagnostic's own file). */
  fixes: number;
}

export interface FixOutcome {
  /** Every document that changed. */
  changed: Map<string, FixedFile>;
  /**
   * Files some of whose fixes were not applied because the fixed text would not read back as
   * text (larger than `limits.maxFileBytes`, NUL bytes at its start): what the re-read said.
   */
  blocked: Map<string, string>;
  /** Fixes applied over all passes. */
  applied: number;
  /** Passes run (a pass that applies nothing ends the loop). */
  passes: number;
  /** Diagnostics of the workspace after fixing. */
  remaining: Diagnostic[];
}

/** The read problem of a document, if it could not be read as text. */
function readProblem(document: GovDocument): string | undefined {
  return document.parseProblems.find((problem) => problem.kind === 'read')?.message;
}

/**
 * Applies safe fixes to the workspace in passes (apply, re-read, re-lint) until no safe fix is
 * left or `MAX_FIX_PASSES` is reached. The workspace is updated in place with the fixed documents.
 *
 * A fixed text is re-read from the bytes it would be written as, exactly as the next run would
 * read the file: when that read fails (the fix pushes the file past the size limit, say), the
 * pass is not applied, the file takes no more fixes, and the pass is chosen again without it.
 * A fixed document is therefore always one that reads back as text, never an empty placeholder.
 */
export function fixWorkspace(workspace: WorkspaceIndex, options: LintOptions, initial?: Diagnostic[]): FixOutcome {
  const changedFiles = new Map<string, FixedFile>();
  const blocked = new Map<string, string>();
  let diagnostics = initial ?? lintWorkspace(workspace, options);
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const { edits: chosen, fixes, fixesByFile } = chooseFixes(diagnostics, (file) => {
      const document = workspace.get(file);
      return isFixable(document) && !blocked.has(file) ? document.text : undefined;
    });
    if (chosen.size === 0) break;
    const next = new Map<string, { document: GovDocument; edits: TextEdit[] }>();
    for (const [file, edits] of chosen) {
      const document = workspace.get(file)!;
      const hasBom = (changedFiles.get(file)?.before ?? document).hasBom;
      const converted = edits.map((edit) => ({ ...edit, newText: withEol(edit.newText, document.eol) })).sort((a, b) => a.start - b.start);
      const text = applyEdits(document.text, converted);
      const reread = documentFromBytes(file, encodeDocument(text, hasBom), options.config);
      // A text the bytes cannot hold (a lone surrogate) would read back as something else.
      const problem = readProblem(reread) ?? (reread.text === text ? undefined : 'encoding: the fixed text is not valid Unicode');
      if (problem !== undefined) blocked.set(file, problem);
      else next.set(file, { document: reread, edits: converted });
    }
    // A fix spanning several files is whole or not at all: choose the pass again without the blocked files.
    if (next.size < chosen.size) continue;
    passes++;
    for (const [file, { document, edits }] of next) {
      const entry = changedFiles.get(file) ?? { before: workspace.get(file)!, text: '', passes: [], fixes: 0 };
      entry.text = document.text;
      entry.passes.push(edits);
      entry.fixes += fixesByFile.get(file) ?? 0;
      changedFiles.set(file, entry);
      workspace.set(document);
    }
    applied += fixes;
    diagnostics = lintWorkspace(workspace, options);
  }
  const changed = new Map<string, FixedFile>();
  for (const [file, entry] of changedFiles) if (entry.text !== entry.before.text) changed.set(file, entry);
  return { changed, blocked, applied, passes, remaining: diagnostics };
}

/** The bytes of a document as the file had them: the BOM when it had one, then the text (line endings untouched). */
export function encodeDocument(text: string, hasBom: boolean): Buffer {
  return Buffer.from((hasBom ? '\uFEFF' : '') + text, 'utf8');
}

/** A unified diff of one fixed file (paths as in diagnostics, `a/` and `b/` like git). */
export function fixDiff(file: string, before: string, after: string): string {
  // Without the `Index:`-style separator line, so the output reads like `git diff` and `patch -p1` applies it.
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
