// What stands at a position: a document id (declared in `id:`, named in `parent:` or in a
// qualified reference) or a goal ID (declared in a goal heading, named in a reference).
import { goalHeadlineRange, rangeAt, referencesOf, targetDocumentId, type DocumentOutline, type Goal, type GoalOutline, type GoalRef, type Range } from '../../engine/api/model.ts';
import type { IndexView } from '../workspace-state.ts';

export type Target =
  | { kind: 'document'; id: string; range: Range; declaration: boolean }
  | { kind: 'goal'; documentId: string | undefined; goalId: string; range: Range; declaration: boolean; goal?: Goal; ref?: GoalRef };

/**
 * Range of `needle` inside a range of the document (quotes around a YAML value excluded). An
 * outline has no text: there the value is the needle itself, or the needle in quotes.
 */
export function innerRange(document: DocumentOutline & { text?: string }, range: Range, needle: string): Range | undefined {
  const length = range.end.offset - range.start.offset;
  let at: number;
  if (document.text !== undefined) at = document.text.slice(range.start.offset, range.end.offset).indexOf(needle);
  else at = length === needle.length ? 0 : length === needle.length + 2 ? 1 : -1;
  if (at === -1) return undefined;
  const start = range.start.offset + at;
  return rangeAt(document.lineStarts, start, start + needle.length);
}

/** The document-id part (`doc` of `doc#M1`) and goal part of a reference. */
export function refParts(document: DocumentOutline, ref: GoalRef): { documentPart?: Range; goalPart: Range } {
  const end = ref.range.end.offset;
  const goalPart = rangeAt(document.lineStarts, end - ref.goalId.length, end);
  if (!ref.documentId) return { goalPart };
  const start = ref.range.start.offset;
  return { documentPart: rangeAt(document.lineStarts, start, start + ref.documentId.length), goalPart };
}

const within = (range: Range, offset: number) => offset >= range.start.offset && offset <= range.end.offset;

export function locate(document: DocumentOutline & { goals: Goal[] }, offset: number): Target | undefined {
  const entries = document.frontmatter?.entries;
  const idEntry = entries?.get('id');
  if (idEntry && document.meta.id && within(idEntry.valueRange, offset)) {
    const range = innerRange(document, idEntry.valueRange, document.meta.id);
    if (range) return { kind: 'document', id: document.meta.id, range, declaration: true };
  }
  const parentEntry = entries?.get('parent');
  if (parentEntry && document.meta.parent && within(parentEntry.valueRange, offset)) {
    const range = innerRange(document, parentEntry.valueRange, document.meta.parent);
    if (range) return { kind: 'document', id: document.meta.parent, range, declaration: false };
  }
  for (const ref of referencesOf(document)) {
    if (!within(ref.range, offset)) continue;
    const parts = refParts(document, ref);
    if (parts.documentPart && ref.documentId && within(parts.documentPart, offset) && offset < parts.goalPart.start.offset - 1) {
      return { kind: 'document', id: ref.documentId, range: parts.documentPart, declaration: false };
    }
    return { kind: 'goal', documentId: targetDocumentId(document, ref), goalId: ref.goalId, range: parts.goalPart, declaration: false, ref };
  }
  for (const goal of document.goals) {
    if (goal.id && goal.idRange && within(goalHeadlineRange(goal), offset)) {
      return { kind: 'goal', documentId: document.meta.id, goalId: goal.id, range: goal.idRange, declaration: true, goal };
    }
  }
  return undefined;
}

/** The goal a target names, and the document it stands in. */
export function resolveGoal(index: IndexView, target: Extract<Target, { kind: 'goal' }>, from: DocumentOutline): { document: DocumentOutline; goal: GoalOutline } | undefined {
  if (target.declaration && target.goal) return { document: from, goal: target.goal };
  if (!target.documentId) return undefined;
  const document = index.resolve(target.documentId);
  const goal = document?.goals.find((candidate) => candidate.id === target.goalId);
  return document && goal ? { document, goal } : undefined;
}

/** Where a document's id is declared (its `id:` value), or the start of the file. */
export function idDeclarationRange(document: DocumentOutline): Range {
  const entry = document.frontmatter?.entries.get('id');
  if (entry && document.meta.id) return innerRange(document, entry.valueRange, document.meta.id) ?? entry.valueRange;
  return rangeAt(document.lineStarts, 0, 0);
}
