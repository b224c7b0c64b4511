import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['review-overdue'] };
const doc = (review: string, extra = '') => `---\nid: r\ntype: retningslinje\nansvarlig: Afdelingen\n${extra}revision: ${review}\n---\n`;

describe('review-overdue', () => {
  it('reports a passed review date at the date, counting the days, with a new date as suggestion', () => {
    const text = doc('2026-10-24');
    const diagnostics = lintFiles({ 'r.md': text }, { ...only, today: '2026-11-23' });
    expect(summarize(diagnostics)).toEqual(['r.md:5:11-5:21 review-overdue warning']);
    expect(diagnostics[0]!.messages.da).toBe('Dokumentet skulle have været revideret senest 2026-10-24 (30 dage siden).');
    // Guidelines are reviewed every 24 months by default.
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toContain('revision: 2028-11-23\n');
  });

  it('uses --today: the same document is fine the day of its review date', () => {
    expect(lintFiles({ 'r.md': doc('2026-11-23') }, { ...only, today: '2026-11-23' })).toEqual([]);
    expect(lintFiles({ 'r.md': doc('2026-11-23') }, { ...only, today: '2026-11-24' })).toHaveLength(1);
  });

  it('leaves retired documents and unparseable dates (frontmatter-invalid reports those) alone', () => {
    expect(lintFiles({ 'r.md': doc('2020-01-01', 'status: udgået\n') }, only)).toEqual([]);
    expect(lintFiles({ 'r.md': doc('snart') }, only)).toEqual([]);
  });
});
