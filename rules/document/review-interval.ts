import type { DocumentRule } from '../../engine/rule.ts';
import { addMonths, compareDates, formatIsoDate, parseIsoDate } from '../../engine/text/dates.ts';
import { reviewIntervalOptions, type ReviewIntervalOptions } from './support/review-intervals.ts';

export const reviewInterval: DocumentRule<ReviewIntervalOptions> = {
  meta: {
    id: 'review-interval',
    family: 'document',
    defaultSeverity: 'warning',
    description: {
      da: 'Revisionsdatoen ligger længere fra vedtagelsen, end dokumenttypen tillader (politik 4 år, serviceniveau og retningslinje 2 år).',
      en: 'The review date lies further from adoption than the type allows (policy 4 years, service level and guideline 2 years).',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      tooLong: {
        da: 'Revision {review} ligger mere end {months} måneder efter vedtagelsen {adopted}; revidér senest {latest}.',
        en: 'Review {review} is more than {months} months after adoption {adopted}; review by {latest} at the latest.',
      },
      beforeAdoption: {
        da: 'Revisionsdatoen {review} ligger før vedtagelsen {adopted}.',
        en: 'The review date {review} is before the adoption {adopted}.',
      },
    },
    options: reviewIntervalOptions,
  },
  check(context) {
    const { document, options } = context;
    const entry = document.frontmatter?.entries.get('review');
    const adopted = document.meta.adopted ? parseIsoDate(document.meta.adopted) : undefined;
    const review = document.meta.review ? parseIsoDate(document.meta.review) : undefined;
    const months = options.reviewIntervalMonths.get(document.meta.type ?? '');
    if (!entry || !adopted || !review) return;
    const data = { review: document.meta.review!, adopted: document.meta.adopted! };
    if (compareDates(review, adopted) < 0) {
      context.report({ messageId: 'beforeAdoption', data, range: entry.valueRange });
      return;
    }
    if (months === undefined) return;
    const latest = addMonths(adopted, months);
    if (compareDates(review, latest) <= 0) return;
    const latestIso = formatIsoDate(latest);
    context.report({
      messageId: 'tooLong',
      data: { ...data, months, latest: latestIso },
      range: entry.valueRange,
      suggestions: [
        {
          title: { da: `Sæt revision til ${latestIso}`, en: `Set review to ${latestIso}` },
          edits: [{ start: entry.valueRange.start.offset, end: entry.valueRange.end.offset, newText: latestIso }],
          safe: false,
        },
      ],
    });
  },
};
