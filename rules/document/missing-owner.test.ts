import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['missing-owner'] };

const policy = (frontmatterExtra: string, goals: string) => `---\nid: p\ntype: politik\n${frontmatterExtra}revision: 2028-01-01\n---\n\n## Mål\n\n${goals}`;

describe('missing-owner', () => {
  it('reports a document without owner as an error and a goal without owner as a warning', () => {
    const text = policy('', '### M1 Flere børn i trivsel\n\nTekst.\n\n- Frist: 2027-12-31\n');
    const diagnostics = lintFiles({ 'p.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['p.md:1:1-1:4 missing-owner error', 'p.md:9:5-9:28 missing-owner warning M1']);
    expect(diagnostics[1]!.messages.da).toBe(
      'Mål M1 nævner ingen ansvarlig: hverken et "Ansvarlig:"-felt eller en enhed eller rolle, der handler. Tilføj "- Ansvarlig: …", eller skriv, hvem der gør det.',
    );
  });

  it('suggests the missing front-matter key and the goal field, in the document language', () => {
    const text = policy('', '### M1 Flere børn i trivsel\n\nTekst.\n\n- Frist: 2027-12-31\n');
    const [documentFinding, goalFinding] = lintFiles({ 'p.md': text }, only);
    expect(applyEdits(text, documentFinding!.suggestions![0]!.edits)).toContain('ansvarlig: [enhed eller rolle]\n');
    const fixed = applyEdits(text, goalFinding!.suggestions![0]!.edits);
    expect(fixed).toContain('- Frist: 2027-12-31\n- Ansvarlig: [enhed eller rolle]\n');
    expect(goalFinding!.suggestions![0]!.placeholders).toBe(true);
  });

  it('names an unnumbered goal by its title', () => {
    const diagnostics = lintFiles({ 'p.md': policy('ansvarlig: Udvalget\n', '- Færre børn anbringes akut\n') }, only);
    expect(diagnostics.map((d) => d.messages.en)).toEqual([
      'The goal "Færre børn anbringes akut" names no one responsible: neither an "Owner:" field nor a unit or role that acts. Add "- Owner: …", or say who does it.',
    ]);
  });

  it('accepts owners given in Danish or English, and inherited goal owners when configured', () => {
    expect(lintFiles({ 'p.md': policy('ansvarlig: Udvalget\n', '### M1 A\n\n- Ansvarlig: Direktøren\n\n### M2 B\n\n- Owner: Director\n') }, only)).toEqual([]);
    expect(lintFiles({ 'p.md': policy('owner: Udvalget\n', '### M1 A\n') }, { ...only, config: { goalsInheritOwner: true } })).toEqual([]);
  });

  it('reads the owner columns of published action plans as owner fields', () => {
    const goals = '### M1 A\n\n- Tovholder: Skolechefen\n\n### M2 B\n\n- Lead officer: Head of Service\n\n### M3 C\n\n- Subgroup: Early Help Subgroup\n\n### M4 D\n\n- Lead: Director\n';
    expect(lintFiles({ 'p.md': policy('ansvarlig: Udvalget\n', goals) }, only)).toEqual([]);
  });

  it('does not count a placeholder as an owner, and does not offer a second owner field', () => {
    const text = policy('ansvarlig: "[Enhed eller rolle]"\n', '### M1 A\n\nTekst.\n\n- Ansvarlig: [Enhed eller rolle]\n\n### M2 B\n\n- Owner: TBD\n');
    const diagnostics = lintFiles({ 'p.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['p.md:1:1-1:4 missing-owner warning', 'p.md:10:5-10:9 missing-owner warning M1', 'p.md:16:5-16:9 missing-owner warning M2']);
    expect(diagnostics.map((d) => d.suggestions)).toEqual([undefined, undefined, undefined]);
  });

  it('reads a unit in the statement whose municipality is written as a bracketed name, and a role that opens the sentence whose tasks follow', () => {
    const goals = [
      '### M1 Honorering\n\nHonoreringsudvalget ved [Kommune] fastsætter honoreringens størrelse.\n',
      '### M2 SSP\n\nSSP-konsulenterne er aktive på gaden, og deres arbejdsopgaver er at gennemføre årlige besøg på skolerne.\n',
      '### M3 Koordinator\n\nSSP-koordinatoren er mødeindkalder, afholder møder og skriver referater.\n',
      '### M4 Skabelon\n\n[Enhed] fastsætter honoreringens størrelse.\n',
    ].join('\n');
    expect(lintFiles({ 'p.md': policy('ansvarlig: Udvalget\n', goals) }, only).map((d) => d.goal)).toEqual(['M4']);
  });

  it('does not take agencies, practitioners or partners in general for a named owner, but a lead practitioner or a named unit is one', () => {
    const goals = [
      '### G1 Sharing\n\nAgencies must share information with the MASH within 24 hours.\n',
      '### G2 Records\n\nPractitioners record every contact in the case file on the same day.\n',
      '### G3 Lead\n\nThe Lead Practitioner will review the plan every 6 weeks.\n',
      '### G4 Hub\n\nReferrals are screened by a Multi-Agency Safeguarding Hub Officer within 24 hours.\n',
    ].join('\n');
    const english = `---\nid: p\ntype: policy\nowner: Children's Services\nlang: en\nreview: 2028-01-01\n---\n\n## Goals\n\n${goals}`;
    expect(lintFiles({ 'p.md': english }, only).map((d) => d.goal)).toEqual(['G1', 'G2']);
  });

  it('does not count an empty owner field as an owner (the hover and the report name none either), and offers no second field', () => {
    const text = policy('ansvarlig: Udvalget\n', '### M1 A\n\nTekst.\n\n- Ansvarlig:\n- Frist: 2027-12-31\n');
    const diagnostics = lintFiles({ 'p.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['p.md:10:5-10:9 missing-owner warning M1']);
    expect(diagnostics[0]!.suggestions).toBeUndefined();
  });

  it('takes the unit acting in the statement as the owner when the owner field is template text', () => {
    expect(lintFiles({ 'p.md': policy('ansvarlig: Udvalget\n', '### M1 A\n\nMyndighedsteamet vurderer hver underretning inden for 24 timer.\n\n- Ansvarlig: [enhed eller rolle]\n') }, only)).toEqual(
      [],
    );
  });
});
