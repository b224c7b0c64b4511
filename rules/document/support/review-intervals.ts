// The review intervals per document type: read by `review-interval` (the longest time from
// adoption to review) and `review-overdue` (the next review date it suggests), declared by both.
import { z } from 'zod';
import { perTypeRecord } from '../../../engine/config/schema.ts';
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../../engine/config/review-intervals.ts';
import { ruleOptions } from '../../../engine/rule.ts';

export interface ReviewIntervalOptions {
  /** Per document type (a configured name: a Map, so `constructor` is a type like any other), in months. */
  reviewIntervalMonths: ReadonlyMap<string, number>;
}

export const reviewIntervalOptions = ruleOptions(
  {
    reviewIntervalMonths: perTypeRecord(z.number().int().positive(), 'Longest allowed time from `adopted` to `review`, per type, in months (defaults: policy 48, service-level 24, guideline 24).'),
  },
  (values): ReviewIntervalOptions => ({
    reviewIntervalMonths: new Map([...Object.entries(DEFAULT_REVIEW_INTERVAL_MONTHS), ...Object.entries(values.reviewIntervalMonths ?? {})]),
  }),
);
