// Without the configuration schema (zod), so the editor's templates can read it cheaply.

// Review intervals in months. Policy: one council term (4 years; seed 001 "hvert 4. år / ved ny
// kommunalbestyrelse"). Service level: the law's "mindst hvert andet år" for standards for case
// handling (seed 001). Guideline: 2 years by the same reasoning.
export const DEFAULT_REVIEW_INTERVAL_MONTHS: Record<string, number> = {
  policy: 48,
  'service-level': 24,
  guideline: 24,
};
