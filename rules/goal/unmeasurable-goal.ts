import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { Rule } from '../../engine/rule.ts';
import { analyzedGoals, goalData, goalName, smartScaffold } from './support/shared.ts';

export const unmeasurableGoal: Rule = {
  meta: {
    id: 'unmeasurable-goal',
    family: 'goal',
    defaultSeverity: 'warning',
    description: {
      da: 'Målet har intet tal, ingen andel, intet antal, ingen rate og ingen navngiven indikator — ikke Målbart.',
      en: 'The goal has no number, percentage, count, rate or named indicator — not Measurable.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      unmeasurable: {
        da: 'Mål {goal} kan ikke måles: der er intet tal, ingen andel, intet antal og ingen indikator. Tilføj "Indikator:" og en målværdi.',
        en: 'Goal {goal} cannot be measured: there is no number, percentage, count or indicator. Add an "Indicator:" and a target value.',
      },
    },
  },
  check(context) {
    for (const item of analyzedGoals(context)) {
      const { goal, analysis } = item;
      if (analysis.measurable) continue;
      context.report({
        messageId: 'unmeasurable',
        data: { goal: goalName(goal) },
        range: goalHeadlineRange(goal),
        ...goalData(goal),
        suggestions: [smartScaffold(context.document, item)],
      });
    }
  },
};
