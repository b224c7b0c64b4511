// Fixing in passes: choose the safe fixes (`apply.ts`), apply them, read the fixed text back as the
// next run would read the file, lint again, and repeat until no safe fix is left or the pass limit
// is reached. `--fix` (the files of a run) and the editor's `source.fixAll` (one open document)
// call this same loop, so one document gets one fixed text in both.
import { lintDocument, type LintOptions } from '../lint/runner.ts';
import type { DocumentOutline, GovDocument } from '../model/document.ts';
import { documentFromBytes } from '../parse/from-bytes.ts';
import type { Diagnostic, TextEdit } from '../types.ts';
import type { WorkspaceIndex } from '../workspace/index.ts';
import { applyEdits, chooseFixes, withEol } from './apply.ts';
import { composedEdits } from './compose.ts';

/** Passes of fix → re-lint before giving up on reaching a fixed point. */
export const MAX_FIX_PASSES = 10;

/** One document the fixer changed. */
export interface FixedDocument {
  /** The document before fixing. */
  before: GovDocument;
  /** The fixed document, read back from the bytes it would be written as. */
  after: GovDocument;
  /** Its new text (BOM not included, line endings as found). */
  text: string;
  /**
   * The edits of each pass, in the coordinates of the text before that pass, inserted text's
   * line endings already the document's: replayed on the original they give `text`, so nothing
   * outside them changes (`--fix` splices them into the file's bytes).
   */
  passes: TextEdit[][];
  /** Fixes applied, counted on the document of their finding. */
  fixes: number;
}

export interface FixPassesOutcome {
  /** Every document whose text changed. */
  changed: Map<string, FixedDocument>;
  /**
   * Documents some of whose fixes were left out because the fixed text would not read back as
   * text (larger than `limits.maxFileBytes`, NUL characters at its start): what the read said.
   */
  blocked: Map<string, string>;
  /** Fixes applied over all passes. */
  applied: number;
  /** Passes run (a pass that changes nothing ends the loop, uncounted). */
  passes: number;
  /** Findings of the fixable documents after fixing. */
  remaining: Diagnostic[];
}

export interface FixScope {
  /**
   * The documents being fixed: their findings are fixed, and only they take edits (a fix that
   * also edits another document is left out). Default: every whole document of the workspace.
   */
  fixable?: (file: string) => boolean;
  /** Findings of the fixable documents as they are now, when the caller has them (spares one lint). */
  initial?: readonly Diagnostic[];
}

/** True for a whole document that was read as text (an outline, or a binary or unreadable file, is never fixed). */
export function isFixable(document: DocumentOutline | undefined): document is GovDocument {
  return document !== undefined && 'text' in document && !document.parseProblems.some((problem) => problem.kind === 'read');
}

const encoder = new TextEncoder();

/** The bytes of a document as its file has them: the BOM when it had one, then the text (line endings untouched). */
export function documentBytes(text: string, hasBom: boolean): Uint8Array {
  return encoder.encode((hasBom ? '\uFEFF' : '') + text);
}

/** The read problem of a document, if it could not be read as text. */
function readProblem(document: GovDocument): string | undefined {
  return document.parseProblems.find((problem) => problem.kind === 'read')?.message;
}

/**
 * Applies the safe fixes of the fixable documents in passes (choose, apply, read back, lint
 * again) until no safe fix is left or `MAX_FIX_PASSES` passes have run.
 *
 * A fixed text is read back from the bytes it would be written as, exactly as the next run would
 * read the file: when that read fails (the fix pushes the file past the size limit, say), the
 * pass is not applied to it, the document takes no more fixes, and the pass is chosen again
 * without it. A fixed document is therefore always one that reads back as text.
 *
 * The workspace holds the fixed documents while the passes run (the workspace rules read them)
 * and is given back as it was found: the fixed documents are in the outcome.
 */
export function fixInPasses(workspace: WorkspaceIndex<DocumentOutline>, options: LintOptions, scope: FixScope = {}): FixPassesOutcome {
  const inScope = scope.fixable ?? (() => true);
  const changed = new Map<string, FixedDocument>();
  const blocked = new Map<string, string>();
  const fixableNow = (file: string): GovDocument | undefined => {
    const document = workspace.get(file);
    return isFixable(document) && inScope(file) && !blocked.has(file) ? document : undefined;
  };
  const lintFixable = () => workspace.documents().flatMap((document) => (isFixable(document) && inScope(document.path) ? lintDocument(document, workspace, options) : []));
  let diagnostics = scope.initial ? scope.initial.filter((diagnostic) => inScope(diagnostic.file)) : lintFixable();
  let applied = 0;
  let passes = 0;
  try {
    while (passes < MAX_FIX_PASSES) {
      const { edits: chosen, fixes, fixesByFile } = chooseFixes(diagnostics, (file) => fixableNow(file)?.text);
      if (chosen.size === 0) break;
      const next = new Map<string, { document: GovDocument; edits: TextEdit[] }>();
      for (const [file, edits] of chosen) {
        const document = workspace.get(file) as GovDocument;
        const hasBom = (changed.get(file)?.before ?? document).hasBom;
        const converted = edits.map((edit) => ({ ...edit, newText: withEol(edit.newText, document.eol) })).sort((a, b) => a.start - b.start || a.end - b.end);
        const text = applyEdits(document.text, converted);
        // Most of a long text is as it was: its unchanged chunks are parsed once, not once per pass.
        const reread = documentFromBytes(file, documentBytes(text, hasBom), options.config, true);
        // A text the bytes cannot hold would read back as something else.
        const problem = readProblem(reread) ?? (reread.text === text ? undefined : 'encoding: the fixed text is not valid Unicode');
        if (problem !== undefined) blocked.set(file, problem);
        else next.set(file, { document: reread, edits: converted });
      }
      // A fix spanning several documents is whole or not at all: choose the pass again without the blocked ones.
      if (next.size < chosen.size) continue;
      // Fixes whose edits put back the text they replace leave nothing to do: a fixed point.
      if ([...next].every(([file, { document }]) => document.text === (workspace.get(file) as GovDocument).text)) break;
      passes++;
      for (const [file, { document, edits }] of next) {
        const entry = changed.get(file) ?? { before: workspace.get(file) as GovDocument, after: document, text: '', passes: [], fixes: 0 };
        entry.after = document;
        entry.text = document.text;
        entry.passes.push(edits);
        changed.set(file, entry);
        workspace.set(document);
      }
      for (const [file, count] of fixesByFile) {
        const entry = changed.get(file);
        if (entry) entry.fixes += count;
      }
      applied += fixes;
      diagnostics = lintFixable();
    }
  } finally {
    for (const entry of changed.values()) workspace.set(entry.before);
  }
  for (const [file, entry] of changed) if (entry.text === entry.before.text) changed.delete(file);
  return { changed, blocked, applied, passes, remaining: diagnostics };
}

/** What `source.fixAll` makes of one document: its fixed text and the edits of its text that lead there. */
export interface DocumentFix {
  text: string;
  /** Edits of the document's text as it is now: sorted and apart. */
  edits: TextEdit[];
  fixes: number;
}

/**
 * Fixes one document as `--fix` fixes it (same passes, same policy), with the other documents of
 * the workspace as context: only the document's own findings are fixed, and it is the only
 * document edited. `findings` are the document's findings when the caller has them (they must be
 * those of this very document). The workspace is left as it was.
 */
export function fixDocument(workspace: WorkspaceIndex<DocumentOutline>, options: LintOptions, document: GovDocument, findings?: readonly Diagnostic[]): DocumentFix {
  // The document is fixed as given, also when the index holds another version of it.
  const indexed = workspace.get(document.path);
  if (indexed !== document) workspace.set(document);
  let outcome: FixPassesOutcome;
  try {
    outcome = fixInPasses(workspace, options, { fixable: (file) => file === document.path, ...(findings ? { initial: findings } : {}) });
  } finally {
    if (indexed !== document) {
      if (indexed) workspace.set(indexed);
      else workspace.remove(document.path);
    }
  }
  const fixed = outcome.changed.get(document.path);
  if (!fixed) return { text: document.text, edits: [], fixes: 0 };
  return { text: fixed.text, edits: composedEdits(document.text, fixed.passes), fixes: fixed.fixes };
}
