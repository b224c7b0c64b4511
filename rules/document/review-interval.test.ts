import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['review-interval'] };
const doc = (type: string, adopted: string, review: string) => `---\nid: d\ntype: ${type}\nansvarlig: Afdelingen\nvedtaget: ${adopted}\nrevision: ${review}\n---\n`;

describe('review-interval', () => {
  it('reports a policy reviewed more than four years after adoption, suggesting the latest allowed date', () => {
    const text = doc('politik', '2025-03-12', '2030-03-01');
    const diagnostics = lintFiles({ 'p.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['p.md:6:11-6:21 review-interval warning']);
    expect(diagnostics[0]!.messages.en).toBe('Review 2030-03-01 is more than 48 months after adoption 2025-03-12; review by 2029-03-12 at the latest.');
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toContain('revision: 2029-03-12\n');
  });

  it('applies two years to service levels and guidelines', () => {
    expect(summarize(lintFiles({ 's.md': doc('serviceniveau', '2025-06-18', '2027-06-19') }, only))).toEqual(['s.md:6:11-6:21 review-interval warning']);
    expect(lintFiles({ 's.md': doc('serviceniveau', '2025-06-18', '2027-06-18') }, only)).toEqual([]);
  });

  it('reports a review date before the adoption', () => {
    const diagnostics = lintFiles({ 'r.md': doc('retningslinje', '2025-06-18', '2025-01-01') }, only);
    expect(diagnostics.map((d) => d.messages.da)).toEqual(['Revisionsdatoen 2025-01-01 ligger før vedtagelsen 2025-06-18.']);
  });

  it('follows configured intervals', () => {
    const text = doc('retningslinje', '2025-06-18', '2026-12-01');
    expect(lintFiles({ 'r.md': text }, only)).toEqual([]);
    expect(lintFiles({ 'r.md': text }, { ...only, config: { reviewIntervalMonths: { guideline: 12 } } })).toHaveLength(1);
  });
});
