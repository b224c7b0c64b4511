import type { ImplausibleKind } from '../../engine/analysis/index.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Fix, Lang } from '../../engine/types.ts';
import { analyzedGoals, goalData, goalName, spanRange } from './support/shared.ts';

const PLACEHOLDERS: Record<ImplausibleKind, Record<Lang, string>> = {
  'percent-over-100': { da: '[andel højst 100] %', en: '[share at most 100] %' },
  'deadline-before-adoption': { da: '[frist efter vedtagelsen]', en: '[deadline after adoption]' },
  'deadline-passed': { da: '[ny frist]', en: '[new deadline]' },
  'target-below-baseline': { da: '[mål over udgangspunktet]', en: '[target above the baseline]' },
  'target-above-baseline': { da: '[mål under udgangspunktet]', en: '[target below the baseline]' },
};

const MESSAGE_IDS: Record<ImplausibleKind, string> = {
  'percent-over-100': 'percentOver100',
  'deadline-before-adoption': 'beforeAdoption',
  'deadline-passed': 'passed',
  'target-below-baseline': 'belowBaseline',
  'target-above-baseline': 'aboveBaseline',
};

export const implausibleTarget: Rule = {
  meta: {
    id: 'implausible-target',
    family: 'goal',
    defaultSeverity: 'warning',
    description: {
      da: 'En andel over 100 %, en frist før vedtagelsen, en overskredet frist på et aktivt mål, eller et mål under udgangspunktet, når teksten siger, at det skal stige.',
      en: 'A percentage above 100, a deadline before adoption, a passed deadline on an active goal, or a target below its baseline when the statement says it rises.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      percentOver100: {
        da: 'Mål {goal}: "{value}" er over 100 % — en andel kan højst være 100 %.',
        en: 'Goal {goal}: "{value}" is above 100% — a share can be at most 100%.',
      },
      beforeAdoption: {
        da: 'Mål {goal}: fristen "{text}" ({date}) ligger før dokumentet blev vedtaget ({adopted}).',
        en: 'Goal {goal}: the deadline "{text}" ({date}) lies before the document was adopted ({adopted}).',
      },
      passed: {
        da: 'Mål {goal}: fristen "{text}" ({date}) er overskredet, men målet er stadig aktivt. Sæt en ny frist, eller markér dokumentet som udgået.',
        en: 'Goal {goal}: the deadline "{text}" ({date}) has passed, but the goal is still active. Set a new deadline, or mark the document as retired.',
      },
      belowBaseline: {
        da: 'Mål {goal}: målet "{target}" ligger under udgangspunktet "{baseline}", men teksten siger, at det skal stige.',
        en: 'Goal {goal}: the target "{target}" is below the baseline "{baseline}", but the statement says it rises.',
      },
      aboveBaseline: {
        da: 'Mål {goal}: målet "{target}" ligger over udgangspunktet "{baseline}", men teksten siger, at det skal falde.',
        en: 'Goal {goal}: the target "{target}" is above the baseline "{baseline}", but the statement says it falls.',
      },
    },
  },
  check(context) {
    for (const { goal, analysis, lang } of analyzedGoals(context)) {
      for (const finding of analysis.implausible) {
        const suggestion: Fix = {
          title: { da: 'Erstat med en pladsholder', en: 'Replace with a placeholder' },
          edits: [{ start: finding.finding.start, end: finding.finding.end, newText: PLACEHOLDERS[finding.kind][lang] }],
          safe: false,
          placeholders: true,
        };
        context.report({
          messageId: MESSAGE_IDS[finding.kind],
          data: { goal: goalName(goal), text: finding.finding.text.replace(/\s+/g, ' '), ...finding.data },
          range: spanRange(context.document, finding.finding),
          ...goalData(goal),
          suggestions: [suggestion],
        });
      }
    }
  },
};
