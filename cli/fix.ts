// `--fix` and `--fix-dry-run`: apply the fixes that are safe without a human, keeping each file's
// encoding (BOM, line endings) exactly as found. Which fixes apply, and in how many passes, is the
// engine's (`engine/fixes/`, shared with the editor's fix-all); writing the files is `fix-write.ts`.
import { createTwoFilesPatch } from 'diff';
import { fixInPasses, type FixedDocument, type FixPassesOutcome } from '../engine/api/fixing.ts';
import type { LintOptions, WorkspaceIndex } from '../engine/api/index.ts';
import type { Diagnostic } from '../engine/api/model.ts';

/** One file the fixer changed: its document as read, its new text, and the edits that lead from one to the other. */
export type FixedFile = FixedDocument;

export type FixOutcome = FixPassesOutcome;

/**
 * Applies safe fixes to the workspace in passes (`fixInPasses`); the workspace is then updated
 * in place with the fixed documents. Only the files `fixable` accepts are fixed, and only their
 * findings are `remaining`; the other documents are there for the hierarchy rules.
 */
export function fixWorkspace(workspace: WorkspaceIndex, options: LintOptions, initial?: Diagnostic[], fixable: (file: string) => boolean = () => true): FixOutcome {
  const outcome = fixInPasses(workspace, options, { fixable, ...(initial ? { initial } : {}) });
  for (const fixed of outcome.changed.values()) workspace.set(fixed.after);
  return outcome;
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
