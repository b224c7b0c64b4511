// `--fix` and `--fix-dry-run`: apply the fixes that are safe without a human, write atomically,
// keep each file's encoding (BOM, line endings, mode) exactly as found.
import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lintWorkspace, type LintOptions } from '../engine/lint/runner.ts';
import type { GovDocument } from '../engine/model/document.ts';
import { documentFromText } from '../engine/parse/from-bytes.ts';
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
export function chooseFixes(diagnostics: readonly Diagnostic[], textOf: (file: string) => string | undefined): { edits: Map<string, TextEdit[]>; fixes: number } {
  const taken = new Map<string, TextEdit[]>();
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
  }
  return { edits: taken, fixes };
}

/** Applies non-overlapping edits to a text, back to front. */
export function applyEdits(text: string, edits: readonly TextEdit[], eol: '\n' | '\r\n' = '\n'): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + withEol(edit.newText, eol) + result.slice(edit.end);
  return result;
}

export interface FixOutcome {
  /** New text (BOM not included, line endings as found) of every document that changed. */
  changed: Map<string, { before: GovDocument; text: string }>;
  /** Fixes applied over all passes. */
  applied: number;
  /** Passes run (a pass that applies nothing ends the loop). */
  passes: number;
  /** Diagnostics of the workspace after fixing. */
  remaining: Diagnostic[];
}

/**
 * Applies safe fixes to the workspace in passes (apply, re-parse, re-lint) until no safe fix is
 * left or `MAX_FIX_PASSES` is reached. The workspace is updated in place with the fixed documents.
 */
export function fixWorkspace(workspace: WorkspaceIndex, options: LintOptions, initial?: Diagnostic[]): FixOutcome {
  const originals = new Map<string, GovDocument>();
  let diagnostics = initial ?? lintWorkspace(workspace, options);
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const { edits: chosen, fixes } = chooseFixes(diagnostics, (file) => {
      const document = workspace.get(file);
      return isFixable(document) ? document.text : undefined;
    });
    if (chosen.size === 0) break;
    passes++;
    for (const [file, edits] of chosen) {
      const document = workspace.get(file)!;
      if (!originals.has(file)) originals.set(file, document);
      const text = applyEdits(document.text, edits, document.eol);
      const next = documentFromText(file, text, options.config);
      // documentFromText sees no BOM (it was stripped on reading): carry the file's own.
      workspace.set({ ...next, hasBom: originals.get(file)!.hasBom });
    }
    applied += fixes;
    diagnostics = lintWorkspace(workspace, options);
  }
  const changed = new Map<string, { before: GovDocument; text: string }>();
  for (const [file, before] of originals) {
    const text = workspace.get(file)!.text;
    if (text !== before.text) changed.set(file, { before, text });
  }
  return { changed, applied, passes, remaining: diagnostics };
}

/** The bytes of a document as the file had them: the BOM when it had one, then the text (line endings untouched). */
export function encodeDocument(text: string, hasBom: boolean): Buffer {
  return Buffer.from((hasBom ? '\uFEFF' : '') + text, 'utf8');
}

/**
 * Replaces a file atomically: writes a temporary file in the same folder (same file system),
 * gives it the original's permissions, then renames it over the original.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const mode = statSync(path).mode & 0o7777;
  const temp = join(dirname(path), `.${basename(path)}.govlint-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    writeFileSync(temp, bytes, { mode, flag: 'wx' });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}

/** A unified diff of one fixed file (paths as in diagnostics, `a/` and `b/` like git). */
export function fixDiff(file: string, before: string, after: string): string {
  // Without the `Index:`-style separator line, so the output reads like `git diff` and `patch -p1` applies it.
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
