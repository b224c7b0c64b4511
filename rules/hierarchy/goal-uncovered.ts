import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { WorkspaceRule } from '../../engine/rule.ts';
import { levelAt, levelIndex } from './support/shared.ts';

// The field's central complaint: political goals are not translated into service levels and
// guidelines (seed 000_1aa2dd1d38db367a.txt, ch. 2 and 11). A policy or service-level goal that
// no document below carries out (`Udmønter:`/`Implements:` in a goal, or `implements` in front
// matter) is where the chain is broken (SPEC §3).
//
// Choices:
// - A document with no children yet reports every goal: the chain *is* broken, and saying so is
//   the point. A workspace that only holds a policy can turn the rule off.
// - References from retired documents do not count: a retired guideline carries nothing out.
// - A later duplicate of an id reports nothing: references reach the first document by path,
//   and id-duplicate already says so on both.
// - Goals without an ID cannot be referenced: goal-id-missing reports them.
export const goalUncovered: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'goal-uncovered',
    family: 'hierarchy',
    defaultSeverity: 'warning',
    description: {
      da: 'Et mål i en politik eller et serviceniveau, som intet dokument længere nede udmønter — kæden er brudt.',
      en: 'A policy or service-level goal that no document below carries out — the chain is broken.',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      uncovered: {
        da: 'Intet dokument udmønter mål {goal} (intet dokument af typen {belowDa} henviser til det med "Udmønter: {goal}") — kæden fra mål til praksis er brudt.',
        en: 'No document carries out goal {goal} (no {belowEn} document refers to it with "Implements: {goal}") — the chain from goal to practice is broken.',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    const index = levelIndex(context, document.meta.type);
    if (index < 0 || index >= context.config.levels.length - 1) return; // leaf level or unknown type
    if (document.meta.status === 'retired' || !workspace.isResolutionOfId(document)) return;
    const id = document.meta.id!;
    const below = levelAt(context, index + 1)!;
    const seen = new Set<string>();
    for (const goal of document.goals) {
      if (!goal.id || seen.has(goal.id)) continue;
      seen.add(goal.id);
      const covered = workspace.referencersOfGoal(id, goal.id).some((other) => other.path !== document.path && other.meta.status !== 'retired');
      if (covered) continue;
      context.report({
        messageId: 'uncovered',
        data: { goal: goal.id, belowDa: below.label.da, belowEn: below.label.en },
        range: goalHeadlineRange(goal),
        goal: goal.id,
      });
    }
  },
};
