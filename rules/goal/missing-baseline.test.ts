import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { policy } from './support/test-docs.ts';

const only = { only: ['missing-baseline'] };

describe('missing-baseline', () => {
  it('reports a target level with no starting point, on the target', () => {
    const text = policy('### M1 Uddannelse\nAndelen af tidligere anbragte unge i uddannelse stiger til 65 % senest 2028.\n');
    const diagnostics = lintFiles({ 'a.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['a.md:12:60-12:64 missing-baseline info M1']);
    expect(diagnostics[0]!.messages).toEqual({
      da: 'Mål M1 sigter mod "65 %", men har intet udgangspunkt: hvor står vi i dag? Skriv "fra [værdi] i [år] til …" eller tilføj "Udgangspunkt:".',
      en: 'Goal M1 aims at "65 %" but has no baseline: where do we stand today? Write "from [value] in [year] to …" or add a "Baseline:".',
    });
    expect(diagnostics[0]!.suggestions![0]).toMatchObject({ safe: false, placeholders: true });
    expect(applyEdits(text, diagnostics[0]!.suggestions![0]!.edits)).toContain('senest 2028.\n\n- Udgangspunkt: [værdi] ([år])');
  });

  it('accepts a baseline in the text or a field, relative targets, time limits and trigger thresholds', () => {
    const goals = [
      'Andelen stiger fra 52 % i 2024 til 65 % senest 2027.',
      'I 2024 var andelen 52 %, og den skal stige til 65 % senest 2027.',
      'I dag er andelen 48 %; den skal være 60 % i 2027.',
      'Andelen stiger til 65 % senest 2027.\n\n- Udgangspunkt: 52 % (2024)',
      'Fraværet halveres fra 12 % i 2024 senest 2027.',
      'Andelen stiger med 10 procentpoint senest 2027.',
      'Underretninger vurderes inden for 24 timer.',
      'Når en elev har mere end 10 % fravær i et kvartal, holdes et møde inden for 15 hverdage.',
      'Kommunen tilbyder 200 familier et forældrekursus i 2027.',
      'Andelen, der består sprogvurderingen, er 85 % i 2028 mod 74 % i 2024.',
      'Antallet reduceres fra 142 pr. 1. januar 2025 til højst 120 pr. 1. januar 2028.',
    ];
    const text = policy(goals.map((goal, i) => `### M${i + 1} Mål\n${goal}\n`).join('\n'));
    expect(lintFiles({ 'a.md': text }, only)).toEqual([]);
  });

  it('reports a halving or doubling with no starting point, and a level named only by an indicator field', () => {
    const text = policy(
      '### M1 Fravær\nSkolefraværet blandt anbragte børn halveres senest 2027.\n\n### M2 Trivsel\nTrivslen blandt anbragte børn skal forbedres senest 2027.\n\n- Indikator: Andel med høj trivsel i trivselsmålingen\n',
    );
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual(['a.md:12:36-12:44 missing-baseline info M1', 'a.md:17:14-17:54 missing-baseline info M2']);
  });

  it('reports counts only when the text says they rise or fall, and reads English', () => {
    const text = policy('### G1 Placements\nFewer children are placed: 90 placements a year by 2028.\n\n### G2 Rate\nThe share of care leavers in work rises to 70% by 2028.\n', { lang: 'en' });
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual(['a.md:13:28-13:30 missing-baseline info G1', 'a.md:16:44-16:47 missing-baseline info G2']);
  });

  it('reports a count given a date as a level to reach, but not a count that names the scope', () => {
    const text = policy('### M1 Fritidsjob\nKommunen tilbyder 200 pladser i fritidsjobordningen senest 2027.\n\n### M2 Skoleveje\nAlle 14 skoledistrikter er gennemgået senest 1. juni 2027.\n');
    expect(summarize(lintFiles({ 'a.md': text }, only))).toEqual(['a.md:12:19-12:22 missing-baseline info M1']);
  });
});
