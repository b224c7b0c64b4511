import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { policy } from './support/test-docs.ts';

const only = { only: ['implausible-target'] };

describe('implausible-target', () => {
  it('reports a percentage above 100 and a target below its baseline when the text says it rises', () => {
    const text = policy('### M1 Skolegang\nAndelen stiger fra 60 % til 40 % senest 2027, og 120 % af børnene får et tilbud.\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:29-12:33 implausible-target warning M1', 'a.md:12:50-12:55 implausible-target warning M1']);
    expect(diagnostics.map((d) => d.messages.da)).toEqual([
      'Mål M1: målet "40 %" ligger under udgangspunktet "60 %", men teksten siger, at det skal stige.',
      'Mål M1: "120 %" er over 100 % — en andel kan højst være 100 %.',
    ]);
    expect(diagnostics[1]!.messages.en).toBe('Goal M1: "120 %" is above 100% — a share can be at most 100%.');
    expect(diagnostics[1]!.suggestions![0]).toMatchObject({ safe: false, placeholders: true });
    expect(applyEdits(text, diagnostics[1]!.suggestions![0]!.edits)).toContain('og [andel højst 100] % af børnene');
  });

  it('reports a deadline before adoption, and a passed deadline on an active goal', () => {
    const text = policy('### M1 Før\nAndelen stiger til 65 % senest 31. december 2024.\n\n### M2 Overskredet\nAndelen stiger til 65 %.\n\n- Frist: 2026-06-30\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:32-12:49 implausible-target warning M1', 'a.md:17:10-17:20 implausible-target warning M2']);
    expect(diagnostics.map((d) => d.messages.en)).toEqual([
      'Goal M1: the deadline "31. december 2024" (2024-12-31) lies before the document was adopted (2025-03-12).',
      'Goal M2: the deadline "2026-06-30" (2026-06-30) has passed, but the goal is still active. Set a new deadline, or mark the document as retired.',
    ]);
  });

  it('does not report relative increases, falling targets that fall, retired documents, or a loose year', () => {
    const goals = [
      'Antallet af forebyggende forløb øges med 150 % senest 2027.',
      'Antallet af anbringelser reduceres fra 120 til 90 senest i 2028.',
      'Andelen stiger fra 40 % til 55 % senest 2027.',
      'Andelen var 52 % i 2024.',
    ];
    const text = policy(goals.map((goal, i) => `### M${i + 1} Mål\n${goal}\n`).join('\n'));
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
    const retired = policy('### M1 Gammelt\nAndelen stiger til 65 % senest 2025-12-31.\n', { status: 'udgået' });
    expect(lintFiles({ 'a.md': retired }, only)).toEqual([]);
  });

  it('reads English statements', () => {
    const text = policy('### G1 Leavers\nThe share in work rises from 48% in 2024 to 40% by 2028.\n', { lang: 'en' });
    expect(lintFiles({ 'a.md': text }, only).map((d) => d.message)).toEqual(['Goal G1: the target "40%" is below the baseline "48%", but the statement says it rises.']);
  });
});
