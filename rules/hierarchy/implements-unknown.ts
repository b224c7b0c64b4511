import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { GoalRef } from '../../engine/model/document.ts';
import type { WorkspaceRule, WorkspaceRuleContext } from '../../engine/rule.ts';
import type { Fix, RelatedLocation } from '../../engine/types.ts';
import { closestNames, levelIndex, orList } from './support/shared.ts';

// A service level or a guideline names the parent goals it carries out (SPEC §2: `Udmønter:` /
// `Implements:`, or `implements` in front matter). A reference that names no goal looks like a
// link from practice to politics but is none — the untraceable chain of seed
// 000_1aa2dd1d38db367a.txt, ch. 11. Bare IDs (`M1`) resolve in the parent document; qualified
// ones (`boernepolitik-2025#M1`) in the named document.

function replaceFix(start: number, end: number, value: string): Fix {
  return { title: { da: `Skift til "${value}"`, en: `Change to "${value}"` }, edits: [{ start, end, newText: value }], safe: false };
}

function checkRef(context: WorkspaceRuleContext, ref: GoalRef, goal: string | undefined): void {
  const { document, workspace } = context;
  const goalData = goal !== undefined ? { goal } : {};
  if (ref.documentId === undefined) {
    if (!document.meta.parent) {
      // Below the root a missing parent is parent-missing's finding; at the root there is no parent to look in.
      if (levelIndex(context, document.meta.type) === 0) {
        context.report({ messageId: 'bareAtRoot', data: { ref: ref.goalId }, range: ref.range, ...goalData });
      }
      return;
    }
    if (!workspace.resolve(document.meta.parent)) return; // parent-unknown's finding
  }
  const resolved = workspace.resolveRef(document, ref);
  if (!resolved) return;
  const target = resolved.document;
  const start = ref.range.start.offset;
  if (!target) {
    const candidates = closestNames(resolved.documentId, workspace.ids());
    context.report({
      messageId: candidates.length > 0 ? 'unknownDocumentWithCandidates' : 'unknownDocument',
      data: { ref: ref.raw, document: resolved.documentId, candidatesDa: orList(candidates, 'eller'), candidatesEn: orList(candidates, 'or') },
      range: ref.range,
      ...goalData,
      suggestions: candidates.map((id) => replaceFix(start, start + resolved.documentId.length, id)),
    });
    return;
  }
  if (resolved.goal) return;
  const goalIds = [...new Set(target.goals.flatMap((candidate) => (candidate.id ? [candidate.id] : [])))];
  const candidates = closestNames(ref.goalId, goalIds);
  const related: RelatedLocation[] = [];
  for (const id of candidates) {
    const candidate = target.goals.find((g) => g.id === id)!;
    related.push({ file: target.path, range: goalHeadlineRange(candidate), message: { da: `Mål ${id} i "${resolved.documentId}"`, en: `Goal ${id} in "${resolved.documentId}"` } });
  }
  const goalStart = ref.range.end.offset - ref.goalId.length;
  context.report({
    messageId: candidates.length > 0 ? 'unknownGoalWithCandidates' : 'unknownGoal',
    data: {
      ref: ref.goalId,
      document: resolved.documentId,
      candidatesDa: orList(candidates, 'eller'),
      candidatesEn: orList(candidates, 'or'),
    },
    range: ref.range,
    ...goalData,
    suggestions: candidates.map((id) => replaceFix(goalStart, ref.range.end.offset, id)),
    related,
  });
}

export const implementsUnknown: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'implements-unknown',
    family: 'hierarchy',
    defaultSeverity: 'error',
    description: {
      da: 'En "Udmønter:"/"implements"-henvisning nævner et mål, der ikke findes i det overordnede (eller det nævnte) dokument.',
      en: 'An "Implements:"/"implements" reference names a goal that does not exist in the parent (or the named) document.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      unknownGoal: {
        da: '"{document}" har intet mål {ref}, så henvisningen fører ingen steder hen.',
        en: '"{document}" has no goal {ref}, so the reference leads nowhere.',
      },
      unknownGoalWithCandidates: {
        da: '"{document}" har intet mål {ref} — mente du {candidatesDa}?',
        en: '"{document}" has no goal {ref} — did you mean {candidatesEn}?',
      },
      unknownDocument: {
        da: 'Henvisningen "{ref}" nævner dokumentet "{document}", som ikke findes.',
        en: 'The reference "{ref}" names the document "{document}", which does not exist.',
      },
      unknownDocumentWithCandidates: {
        da: 'Henvisningen "{ref}" nævner dokumentet "{document}", som ikke findes — mente du {candidatesDa}?',
        en: 'The reference "{ref}" names the document "{document}", which does not exist — did you mean {candidatesEn}?',
      },
      bareAtRoot: {
        da: 'Mål-id {ref} uden dokument-id kan ikke slås op: et dokument på øverste niveau har intet overordnet dokument. Skriv "dokument-id#{ref}".',
        en: 'The bare goal ID {ref} cannot be looked up: a top-level document has no parent. Write "document-id#{ref}".',
      },
    },
  },
  check(context) {
    const { document } = context;
    for (const ref of document.meta.implements) checkRef(context, ref, undefined);
    for (const goal of document.goals) for (const ref of goal.implements) checkRef(context, ref, goal.id);
  },
};
