import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { Rule } from '../../engine/rule.ts';
import { analyzedGoals, goalData, goalName, quoteAll, smartScaffold, spanRange } from './support/shared.ts';

export const vagueGoal: Rule = {
  meta: {
    id: 'vague-goal',
    family: 'goal',
    defaultSeverity: 'warning',
    description: {
      da: 'Målet siger ikke, hvad der konkret skal ændre sig eller gøres: intet mål, der kan måles, ingen leverance med dato og ingen enhed eller rolle, der gør noget bestemt — ikke Specifikt.',
      en: 'The goal does not say what concretely will be different or done: no measurable target, no dated deliverable and no unit or role doing something defined — not Specific.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      vague: {
        da: 'Mål {goal} er ikke specifikt: {words} siger ikke, hvem der gør hvad, eller hvad der skal kunne måles. Skriv et mål, der kan ses eller tælles, en leverance med dato, eller hvem der gør hvad.',
        en: 'Goal {goal} is not specific: {words} does not say who does what, or what is to be measured. State a target that can be seen or counted, a deliverable with a date, or who does what.',
      },
      noEvidence: {
        da: 'Mål {goal} er ikke specifikt: det siger ikke, hvem der gør hvad, eller hvad der skal kunne måles. Skriv et mål, der kan ses eller tælles, en leverance med dato, eller hvem der gør hvad.',
        en: 'Goal {goal} is not specific: it does not say who does what, or what is to be measured. State a target that can be seen or counted, a deliverable with a date, or who does what.',
      },
    },
  },
  check(context) {
    for (const item of analyzedGoals(context)) {
      const { goal, analysis } = item;
      if (analysis.specific) continue;
      // The words that carry the vagueness, where there are any: vague verbs first, then evaluative words.
      const words = [...analysis.vague, ...analysis.evaluative];
      const first = words[0];
      context.report({
        messageId: first ? 'vague' : 'noEvidence',
        data: { goal: goalName(goal), words: quoteAll(words) },
        range: first ? spanRange(context.document, first) : goalHeadlineRange(goal),
        ...goalData(goal),
        suggestions: [smartScaffold(context.document, item)],
      });
    }
  },
};
