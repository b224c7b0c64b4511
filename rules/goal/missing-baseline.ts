import type { Rule } from '../../engine/rule.ts';
import { addFieldSuggestion, analyzedGoals, goalData, goalName, spanRange } from './support/shared.ts';

export const missingBaseline: Rule = {
  meta: {
    id: 'missing-baseline',
    family: 'goal',
    defaultSeverity: 'info',
    description: {
      da: 'Målet har en målværdi men intet udgangspunkt, så fremdriften ikke kan vurderes — Opnåeligt/Realistisk kan ikke bedømmes.',
      en: 'The goal has a target value but no starting point, so progress cannot be judged — Achievable/Realistic cannot be assessed.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Mål {goal} sigter mod "{target}", men har intet udgangspunkt: hvor står vi i dag? Skriv "fra [værdi] i [år] til …" eller tilføj "Udgangspunkt:".',
        en: 'Goal {goal} aims at "{target}" but has no baseline: where do we stand today? Write "from [value] in [year] to …" or add a "Baseline:".',
      },
    },
  },
  check(context) {
    for (const item of analyzedGoals(context)) {
      const { goal, analysis, lang } = item;
      const target = analysis.absoluteTargets[0];
      if (!target || analysis.hasBaseline || analysis.measures.some((m) => m.relative && m.kind === 'percent')) continue;
      context.report({
        messageId: 'missing',
        data: { goal: goalName(goal), target: target.text.replace(/\s+/g, ' ') },
        range: spanRange(context.document, target),
        ...goalData(goal),
        suggestions: [addFieldSuggestion(context.document, goal, 'baseline', lang)],
      });
    }
  },
};
