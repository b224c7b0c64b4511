import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['required-section'] };
const guideline = (sections: string[], lang = 'da') =>
  `---\nid: r\ntype: retningslinje\nansvarlig: Afdelingen\nrevision: 2027-01-01\nsprog: ${lang}\n---\n\n# Retningslinje\n\n${sections.map((s) => `## ${s}\n\nTekst.\n`).join('\n')}`;

describe('required-section', () => {
  it('reports each missing section of a guideline on the title heading', () => {
    const diagnostics = lintFiles({ 'r.md': guideline(['Formål', 'Fremgangsmåde']) }, only);
    expect(summarize(diagnostics)).toEqual(['r.md:9:1-9:16 required-section warning', 'r.md:9:1-9:16 required-section warning', 'r.md:9:1-9:16 required-section warning']);
    expect(diagnostics.map((d) => d.messages.da)).toEqual([
      'Afsnittet "Ansvar" mangler (dokumenttypen retningslinje skal have: Formål, Ansvar, Fremgangsmåde, Frister, Dokumentation).',
      'Afsnittet "Frister" mangler (dokumenttypen retningslinje skal have: Formål, Ansvar, Fremgangsmåde, Frister, Dokumentation).',
      'Afsnittet "Dokumentation" mangler (dokumenttypen retningslinje skal have: Formål, Ansvar, Fremgangsmåde, Frister, Dokumentation).',
    ]);
  });

  it('recognises numbered, English and longer headings', () => {
    expect(lintFiles({ 'r.md': guideline(['1. Formål', 'Responsibilities', '3) Arbejdsgang', 'Tidsfrister:', 'Krav til dokumentation']) }, only)).toEqual([]);
  });

  it('offers the missing heading in the document language, appended at the end', () => {
    const text = guideline(['Purpose', 'Responsibilities', 'Procedure', 'Documentation'], 'en');
    const [diagnostic] = lintFiles({ 'r.md': text }, only);
    expect(diagnostic!.messages.en).toBe('The section "Time limits" is missing (the document type guideline needs: Formål, Ansvar, Fremgangsmåde, Frister, Dokumentation).');
    expect(applyEdits(text, diagnostic!.suggestions![0]!.edits).endsWith('Tekst.\n\n## Time limits\n\n[text]\n')).toBe(true);
  });

  it('follows configured sections', () => {
    const config = { requiredSections: { guideline: [['Formål'], ['Tjekliste', 'Checklist']] } };
    expect(summarize(lintFiles({ 'r.md': guideline(['Formål']) }, { ...only, config }))).toEqual(['r.md:9:1-9:16 required-section warning']);
    expect(lintFiles({ 'r.md': guideline(['Formål', 'Checklist']) }, { ...only, config })).toEqual([]);
  });
});
