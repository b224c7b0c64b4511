import type { DocumentRule } from '../../engine/rule.ts';
import { addMonths, compareDates, formatIsoDate, parseIsoDate } from '../../engine/text/dates.ts';
import { reviewIntervalOptions, type ReviewIntervalOptions } from './support/review-intervals.ts';

export const reviewOverdue: DocumentRule<ReviewIntervalOptions> = {
  meta: {
    id: 'review-overdue',
    family: 'document',
    defaultSeverity: 'warning',
    description: {
      da: 'Revisionsdatoen er overskredet for et dokument, der ikke er udgået.',
      en: 'The review date has passed for a document that is not retired.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      overdue: {
        da: 'Dokumentet skulle have været revideret senest {review} ({days} dage siden).',
        en: 'The document was due for review by {review} ({days} days ago).',
      },
    },
    options: reviewIntervalOptions,
  },
  check(context) {
    const { document, today, options } = context;
    if (document.meta.status === 'retired') return;
    const entry = document.frontmatter?.entries.get('review');
    const review = document.meta.review ? parseIsoDate(document.meta.review) : undefined;
    const now = parseIsoDate(today);
    if (!entry || !review || !now || compareDates(review, now) >= 0) return;
    const days = Math.round((Date.UTC(now.year, now.month - 1, now.day) - Date.UTC(review.year, review.month - 1, review.day)) / 86_400_000);
    const months = options.reviewIntervalMonths.get(document.meta.type ?? '') ?? 24;
    const next = formatIsoDate(addMonths(now, months));
    context.report({
      messageId: 'overdue',
      data: { review: document.meta.review!, days },
      range: entry.valueRange,
      suggestions: [
        {
          title: { da: `Sæt ny revisionsdato ${next}`, en: `Set a new review date ${next}` },
          edits: [{ start: entry.valueRange.start.offset, end: entry.valueRange.end.offset, newText: next }],
          safe: false,
        },
      ],
    });
  },
};
