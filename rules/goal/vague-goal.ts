import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { Rule } from '../../engine/rule.ts';
import { analyzedGoals, goalData, goalName, quoteAll, smartScaffold, spanRange } from './shared.ts';

export const vagueGoal: Rule = {
  meta: {
    id: 'vague-goal',
    family: 'goal',
    defaultSeverity: 'warning',
    description: {
      da: 'Målet hviler på vage ord (styrke, fokus på, arbejde for, understøtte …) uden et konkret, observerbart mål — ikke Specifikt.',
      en: 'The goal rests on vague words (strengthen, focus on, work towards, support …) with no concrete, observable target — not Specific.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      vague: {
        da: 'Mål {goal} er ikke specifikt: {words} siger ikke, hvad der konkret skal ændre sig. Der mangler et observerbart mål (et tal, en andel eller en indikator).',
        en: 'Goal {goal} is not specific: {words} does not say what concretely should change. An observable target (a number, a share or an indicator) is missing.',
      },
    },
  },
  check(context) {
    for (const item of analyzedGoals(context)) {
      const { goal, analysis } = item;
      if (analysis.vague.length === 0 || analysis.concrete) continue;
      const first = analysis.vague[0]!;
      context.report({
        messageId: 'vague',
        data: { goal: goalName(goal), words: quoteAll(analysis.vague) },
        range: first ? spanRange(context.document, first) : goalHeadlineRange(goal),
        ...goalData(goal),
        suggestions: [smartScaffold(context.document, item)],
      });
    }
  },
};
