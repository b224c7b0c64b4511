import type { Rule } from '../../engine/rule.ts';
import type { Fix, TextEdit } from '../../engine/types.ts';
import { analyzedGoals, goalData, goalName, smartScaffold, spanRange } from './support/shared.ts';

export const hedgedGoal: Rule = {
  meta: {
    id: 'hedged-goal',
    family: 'goal',
    defaultSeverity: 'info',
    description: {
      da: 'Forbehold, der tømmer løftet: så vidt muligt, i videst muligt omfang, efter behov, hvor det er relevant.',
      en: 'Hedges that empty the promise: where possible, as appropriate, if feasible.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      hedge: {
        da: 'Mål {goal}: "{words}" tager løftet tilbage — hvem afgør, hvornår det er muligt eller relevant? Skriv betingelsen konkret, eller fjern forbeholdet.',
        en: 'Goal {goal}: "{words}" takes the promise back — who decides when it is possible or relevant? State the condition concretely, or remove the hedge.',
      },
    },
  },
  check(context) {
    const text = context.document.text;
    for (const item of analyzedGoals(context)) {
      const { goal, analysis, lang } = item;
      for (const hedge of analysis.hedges) {
        // Removing the hedge takes its separating comma or space with it.
        let start = hedge.start;
        let end = hedge.end;
        const before = /,?[ \t]+$/.exec(text.slice(Math.max(0, start - 4), start));
        if (before) start -= before[0].length;
        else if (text[end] === ',') end += 1;
        if (!before && text[end] === ' ') end += 1;
        const removal: TextEdit = { start, end, newText: '' };
        const replace: Fix = {
          title: lang === 'da' ? { da: 'Skriv betingelsen konkret', en: 'State the condition concretely' } : { da: 'Skriv betingelsen konkret', en: 'State the condition concretely' },
          edits: [{ start: hedge.start, end: hedge.end, newText: lang === 'da' ? '[konkret betingelse, f.eks. når … inden for … dage]' : '[concrete condition, e.g. when … within … days]' }],
          safe: false,
          placeholders: true,
        };
        context.report({
          messageId: 'hedge',
          data: { goal: goalName(goal), words: hedge.text.replace(/\s+/g, ' ') },
          range: spanRange(context.document, hedge),
          ...goalData(goal),
          suggestions: [
            replace,
            { title: { da: 'Fjern forbeholdet', en: 'Remove the hedge' }, edits: [removal], safe: false },
            ...(analysis.measurable ? [] : [smartScaffold(context.document, item)]),
          ],
        });
      }
    }
  },
};
