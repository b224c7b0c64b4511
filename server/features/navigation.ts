// Go to definition, find references and rename, for document ids and goal IDs.
import { ResponseError, ErrorCodes, type Location, type Position, type Range as LspRange, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { isDocumentId, isGoalId, referencesOf, targetDocumentId, type GovDocument, type Range } from '../../engine/api/model.ts';
import type { Budget } from '../budget.ts';
import { positionToOffset, toLspRange } from '../convert.ts';
import type { FeatureContext } from './context.ts';
import { idDeclarationRange, innerRange, locate, refParts, type Target } from './locate.ts';

export function targetAt(context: FeatureContext, uri: string, position: Position): { document: GovDocument; target: Target } | undefined {
  const path = context.snapshot.pathOf(uri);
  if (!path) return undefined;
  const document = context.snapshot.document(path);
  if (!document) return undefined;
  const target = locate(document, positionToOffset(document, position));
  return target ? { document, target } : undefined;
}

interface Occurrence {
  path: string;
  range: Range;
  declaration: boolean;
}

/**
 * Every place a document id or goal ID stands in the workspace. With `breathe`, long searches let
 * other messages (a cancellation) through; rename does not, so its edits all come from one state.
 */
export async function occurrences(context: FeatureContext, target: Target, from: GovDocument, budget: Budget, breathe = true): Promise<Occurrence[]> {
  const { index } = context.snapshot;
  const result: Occurrence[] = [];
  if (target.kind === 'document') {
    const declared = index.resolve(target.id);
    if (declared) result.push({ path: declared.path, range: idDeclarationRange(declared), declaration: true });
    for (const document of index.documents()) {
      if (budget.exhausted) break;
      if (breathe) await budget.breathe();
      const parentEntry = document.frontmatter?.entries.get('parent');
      if (document.meta.parent === target.id && parentEntry) {
        const range = innerRange(document, parentEntry.valueRange, target.id);
        if (range) result.push({ path: document.path, range, declaration: false });
      }
      for (const ref of referencesOf(document)) {
        if (ref.documentId !== target.id) continue;
        const part = refParts(document, ref).documentPart;
        if (part) result.push({ path: document.path, range: part, declaration: false });
      }
    }
    return result;
  }
  const documentId = target.documentId ?? (target.declaration ? from.meta.id : undefined);
  if (!documentId) {
    if (target.declaration && target.goal?.idRange) result.push({ path: from.path, range: target.goal.idRange, declaration: true });
    return result;
  }
  const owner = target.declaration ? from : index.resolve(documentId);
  const goal = owner?.goals.find((candidate) => candidate.id === target.goalId);
  if (owner && goal?.idRange) result.push({ path: owner.path, range: goal.idRange, declaration: true });
  for (const document of index.referencersOfGoal(documentId, target.goalId)) {
    if (budget.exhausted) break;
    if (breathe) await budget.breathe();
    for (const ref of referencesOf(document)) {
      if (ref.goalId === target.goalId && targetDocumentId(document, ref) === documentId) {
        result.push({ path: document.path, range: refParts(document, ref).goalPart, declaration: false });
      }
    }
  }
  return result;
}

export async function definition(context: FeatureContext, uri: string, position: Position, budget: Budget): Promise<Location[]> {
  const found = targetAt(context, uri, position);
  if (!found) return [];
  const declarations = (await occurrences(context, found.target, found.document, budget)).filter((occurrence) => occurrence.declaration);
  return declarations.map((occurrence) => ({ uri: context.snapshot.uriOf(occurrence.path), range: toLspRange(occurrence.range) }));
}

export async function references(context: FeatureContext, uri: string, position: Position, includeDeclaration: boolean, budget: Budget): Promise<Location[]> {
  const found = targetAt(context, uri, position);
  if (!found) return [];
  return (await occurrences(context, found.target, found.document, budget))
    .filter((occurrence) => includeDeclaration || !occurrence.declaration)
    .map((occurrence) => ({ uri: context.snapshot.uriOf(occurrence.path), range: toLspRange(occurrence.range) }));
}

export function prepareRename(context: FeatureContext, uri: string, position: Position): { range: LspRange; placeholder: string } | null {
  const found = targetAt(context, uri, position);
  if (!found) return null;
  const { target } = found;
  const name = target.kind === 'document' ? target.id : target.goalId;
  return { range: toLspRange(target.range), placeholder: name };
}

export async function rename(context: FeatureContext, uri: string, position: Position, newName: string, budget: Budget): Promise<WorkspaceEdit | ResponseError<void> | null> {
  const found = targetAt(context, uri, position);
  if (!found) return null;
  const { target, document } = found;
  const name = newName.trim();
  if (target.kind === 'document') {
    if (!isDocumentId(name)) return new ResponseError(ErrorCodes.InvalidParams, `"${name}" is not a valid document id (letters, digits, ".", "-", "_")`);
    if (name !== target.id && context.snapshot.index.resolve(name)) return new ResponseError(ErrorCodes.InvalidParams, `a document with id "${name}" already exists`);
  } else {
    if (!isGoalId(name)) return new ResponseError(ErrorCodes.InvalidParams, `"${name}" is not a valid goal ID (e.g. M1, SN-3, M2.1)`);
    const owner = target.declaration ? document : target.documentId ? context.snapshot.index.resolve(target.documentId) : undefined;
    if (name !== target.goalId && owner?.goals.some((goal) => goal.id === name)) {
      return new ResponseError(ErrorCodes.InvalidParams, `goal ${name} already exists in "${owner.meta.id ?? owner.path}"`);
    }
  }
  const changes: Record<string, LspTextEdit[]> = {};
  for (const occurrence of await occurrences(context, target, document, budget, false)) {
    budget.check();
    const key = context.snapshot.uriOf(occurrence.path);
    (changes[key] ??= []).push({ range: toLspRange(occurrence.range), newText: name });
  }
  if (budget.exhausted) return new ResponseError(ErrorCodes.InternalError, 'rename ran out of time; nothing was changed');
  return { changes };
}
