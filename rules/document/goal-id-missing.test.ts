import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['goal-id-missing'] };
const policy = (goals: string) => `---\nid: p\ntype: politik\nansvarlig: Udvalget\nrevision: 2028-01-01\n---\n\n## Mål\n\n${goals}`;

describe('goal-id-missing', () => {
  it('reports list items under a goal section without an ID, numbering after the highest ID', () => {
    const text = policy('- M1 Flere anbragte børn gennemfører folkeskolen.\n- Færre børn har ugyldigt fravær.\n- M4 Flere unge i uddannelse.\n- Bedre trivsel.\n');
    const diagnostics = lintFiles({ 'p.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['p.md:11:3-11:34 goal-id-missing info', 'p.md:13:3-13:17 goal-id-missing info']);
    expect(diagnostics.map((d) => d.messages.da)).toEqual([
      'Målet har intet id (f.eks. M5), så ingen serviceniveauer eller retningslinjer kan henvise til det.',
      'Målet har intet id (f.eks. M6), så ingen serviceniveauer eller retningslinjer kan henvise til det.',
    ]);
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toContain('- M5 Færre børn har ugyldigt fravær.\n');
  });

  it('keeps the prefix the document uses', () => {
    const [d] = lintFiles({ 's.md': policy('- SN-1 Første.\n- Andet.\n') }, only);
    expect(d!.messages.en).toBe('The goal has no ID (e.g. SN-2), so no service level or guideline can refer to it.');
  });

  it('accepts goals that all have IDs, and lists outside goal sections', () => {
    const text = `${policy('- M1 A.\n- M2 B.\n')}\n## Baggrund\n\n- Et punkt, ikke et mål.\n`;
    expect(lintFiles({ 'p.md': text }, only)).toEqual([]);
  });
});
