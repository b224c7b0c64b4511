import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Fix } from '../../engine/types.ts';
import { addFieldSuggestion, analyzedGoals, goalData, goalName, quoteAll, smartScaffold, spanRange } from './support/shared.ts';

export const missingDeadline: Rule = {
  meta: {
    id: 'missing-deadline',
    family: 'goal',
    defaultSeverity: 'warning',
    description: {
      da: 'Målet har hverken et "Frist:"-felt eller et tidsudtryk (senest 31.12.2027, inden udgangen af 2026, inden for 24 timer) — ikke Tidsbestemt.',
      en: 'The goal has neither a "Deadline:" field nor a time expression (by March 2027, by the end of 2026, within 24 hours) — not Time-bound.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Mål {goal} har ingen frist: ingen dato, ingen tidsfrist og intet "Frist:"-felt. Skriv, hvornår målet skal være nået.',
        en: 'Goal {goal} has no deadline: no date, no time limit and no "Deadline:" field. Say when the goal is to be reached.',
      },
      notADate: {
        da: 'Mål {goal} har ingen frist: feltet "{key}" siger "{value}", som ikke er en dato, en periode eller en tidsfrist. Skriv en dato (ÅÅÅÅ-MM-DD) eller en frist som "inden for 10 hverdage".',
        en: 'Goal {goal} has no deadline: the field "{key}" says "{value}", which is not a date, a period or a time limit. Write a date (YYYY-MM-DD) or a limit such as "within 10 working days".',
      },
      frequencyOnly: {
        da: 'Mål {goal} har kun en hyppighed ({words}), ikke en frist: hyppigheden siger, hvor tit der følges op, ikke hvornår målet skal være nået. Tilføj "Frist:".',
        en: 'Goal {goal} has only a frequency ({words}), not a deadline: it says how often progress is followed up, not when the goal is to be reached. Add a "Deadline:".',
      },
    },
  },
  check(context) {
    for (const item of analyzedGoals(context)) {
      const { goal, analysis, lang } = item;
      if (analysis.timeBound) continue;
      const suggestions: Fix[] = [addFieldSuggestion(context.document, goal, 'deadline', lang)];
      if (!analysis.measurable) suggestions.push(smartScaffold(context.document, item));
      const unusable = analysis.unusableDeadlineField;
      const field = analysis.fields.deadline;
      if (unusable && field) {
        context.report({
          messageId: 'notADate',
          data: { goal: goalName(goal), key: field.rawKey ?? field.key, value: unusable.text.trim() },
          range: spanRange(context.document, unusable),
          ...goalData(goal),
          suggestions,
        });
        continue;
      }
      const frequencies = analysis.times.filter((time) => time.kind === 'frequency' && time.source === 'statement');
      if (analysis.frequencyOnly && frequencies[0]) {
        context.report({
          messageId: 'frequencyOnly',
          data: { goal: goalName(goal), words: quoteAll(frequencies) },
          range: spanRange(context.document, frequencies[0]),
          ...goalData(goal),
          suggestions,
        });
        continue;
      }
      context.report({ messageId: 'missing', data: { goal: goalName(goal) }, range: goalHeadlineRange(goal), ...goalData(goal), suggestions });
    }
  },
};
