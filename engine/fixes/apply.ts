// The one fix applier: which safe fixes of a set of findings are applied together (the conflict
// policy), and the text they make. Pure: no files, no editor. `--fix` and the editor's
// `source.fixAll` both go through it (the passes around it are `passes.ts`).
import type { Diagnostic, TextEdit } from '../types.ts';

export type Eol = '\n' | '\r\n';

/** Whether two edits are the same change: same range, same text. */
export function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/**
 * The conflict policy. Two edits conflict when their ranges overlap or touch (`[0, 2)` and
 * `[2, 3)` touch, and so do two insertions at one offset, or an insertion at either end of a
 * replaced span), unless they are the same edit, which is then made once.
 *
 * Touching edits conflict because each fix was computed from the text around its own span: an
 * edit that begins where another ends changes what the other saw next to it, and two insertions
 * at one point have no order of their own. The later fix is not lost: it waits for the next
 * pass, where the findings are computed again on the fixed text.
 */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end && !sameEdit(a, b);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** In a `u` expression a surrogate pair is one code point: only a lone surrogate is in `Cs`. */
const LONE_SURROGATE = /\p{Cs}/u;

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsCharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
}

/**
 * Whether an edit can be made to `text` without breaking it: inside the text, not inverted, its
 * ends not inside a character, and its new text valid Unicode (so the result encodes to bytes
 * that read back as the same text).
 */
export function isValidEdit(text: string, edit: TextEdit): boolean {
  if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && 0 <= edit.start && edit.start <= edit.end && edit.end <= text.length)) return false;
  return !splitsCharacter(text, edit.start) && !splitsCharacter(text, edit.end) && !LONE_SURROGATE.test(edit.newText);
}

/** Inserted text with the line endings of the document it goes into. */
export function withEol(text: string, eol: Eol): string {
  return eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n');
}

/** The edits of a fix by file path: the finding's own file and `otherFiles`, each without repeated edits. */
function editsByFile(diagnostic: Diagnostic): Map<string, TextEdit[]> {
  const fix = diagnostic.fix!;
  const byFile = new Map<string, TextEdit[]>();
  const add = (file: string, edits: readonly TextEdit[]) => {
    const list = byFile.get(file) ?? [];
    for (const edit of edits) if (!list.some((other) => sameEdit(edit, other))) list.push(edit);
    byFile.set(file, list);
  };
  add(diagnostic.file, fix.edits);
  for (const [file, edits] of Object.entries(fix.otherFiles ?? {})) add(file, edits);
  return byFile;
}

export interface ChosenFixes {
  /** The edits to make, by file, in the coordinates of the file's current text (each edit once). */
  edits: Map<string, TextEdit[]>;
  /** Fixes taken. */
  fixes: number;
  /** Fixes taken, counted on the file of their finding. */
  fixesByFile: Map<string, number>;
}

/**
 * Chooses the fixes of one pass. Only safe fixes with edits are candidates; in the order of the
 * findings, a fix is taken whole or not at all:
 * - every file it edits must be one `textOf` gives a text for (the files being fixed): a fix that
 *   reaches into another file is left out;
 * - every edit must be valid for its file (`isValidEdit`);
 * - its edits must not conflict with each other or with an edit already taken (`editsConflict`);
 *   an edit identical to one already taken is made once.
 * A fix left out for a conflict is found again, on the fixed text, in the next pass.
 */
export function chooseFixes(diagnostics: readonly Diagnostic[], textOf: (file: string) => string | undefined): ChosenFixes {
  const taken = new Map<string, TextEdit[]>();
  const fixesByFile = new Map<string, number>();
  let fixes = 0;
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fix;
    if (!fix || fix.safe !== true || fix.edits.length === 0) continue;
    const byFile = editsByFile(diagnostic);
    const acceptable = [...byFile].every(([file, edits]) => {
      const text = textOf(file);
      if (text === undefined) return false;
      const accepted = taken.get(file) ?? [];
      return edits.every((edit, i) => isValidEdit(text, edit) && !accepted.some((other) => editsConflict(edit, other)) && !edits.some((other, j) => j !== i && editsConflict(edit, other)));
    });
    if (!acceptable) continue;
    for (const [file, edits] of byFile) {
      const accepted = taken.get(file) ?? [];
      for (const edit of edits) if (!accepted.some((other) => sameEdit(edit, other))) accepted.push(edit);
      taken.set(file, accepted);
    }
    fixes++;
    fixesByFile.set(diagnostic.file, (fixesByFile.get(diagnostic.file) ?? 0) + 1);
  }
  return { edits: taken, fixes, fixesByFile };
}

/**
 * Applies edits that do not conflict to a text, with the inserted text's line breaks written as
 * `eol` (the document's own). Returns the new text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], eol?: Eol): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) throw new RangeError(`edit ${edit.start}-${edit.end} outside the text or overlapping another`);
    parts.push(text.slice(at, edit.start), eol === undefined ? edit.newText : withEol(edit.newText, eol));
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
