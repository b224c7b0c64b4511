import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { closestOwners, looksLikePersonName } from './unknown-owner.ts';
import { doc } from './support/test-docs.ts';

const owners = ['Børne- og Ungeudvalget', 'Familieafdelingen', 'Myndighedsafsnittet', 'Sundhedsplejen'];
const lint = (text: string, configured: string[] | null = owners) => lintFiles({ 'sn.md': text }, { only: ['unknown-owner'], ...(configured ? { config: { owners: configured } } : {}) });

const goals = [
  '## Mål',
  '',
  '### M1 Færre akutte anbringelser',
  '',
  'Tekst.',
  '',
  '- Ansvarlig: Myndighedsafsnitet',
  '',
  '### M2 Flere sundhedsbesøg',
  '',
  'Tekst.',
  '',
  '- Ansvarlig: sundhedsplejen',
  '',
].join('\n');

describe('unknown-owner', () => {
  it('does nothing when no owners are configured', () => {
    expect(lint(doc(goals, 'da', 'Famileafdelingen'), null)).toEqual([]);
    expect(lint(doc(goals, 'da', 'Famileafdelingen'), [])).toEqual([]);
  });

  it('reports an unknown document owner and goal owner with the closest configured owners as suggestions', () => {
    const text = doc(goals, 'da', 'Famileafdelingen');
    const diagnostics = lint(text);
    expect(summarize(diagnostics)).toEqual(['sn.md:5:12-5:28 unknown-owner warning', 'sn.md:17:14-17:32 unknown-owner warning M1']);
    expect(diagnostics.map((d) => d.messages.da)).toEqual([
      'Dokumentets ansvarlige "Famileafdelingen" er ikke en kendt enhed eller rolle — mente du "Familieafdelingen"?',
      'Ansvarlig for mål M1, "Myndighedsafsnitet", er ikke en kendt enhed eller rolle — mente du "Myndighedsafsnittet"?',
    ]);
    expect(diagnostics[1]!.messages.en).toBe('The owner of goal M1, "Myndighedsafsnitet", is not a known unit or role — did you mean "Myndighedsafsnittet"?');
    expect(diagnostics.every((d) => d.fix === undefined && d.suggestions?.length === 1 && !d.suggestions[0]!.safe)).toBe(true);
    const fixed = applyEdits(text, [...diagnostics[0]!.suggestions![0]!.edits, ...diagnostics[1]!.suggestions![0]!.edits]);
    expect(lint(fixed)).toEqual([]);
  });

  it('accepts owners regardless of case, spacing and a trailing full stop; keeps quotes in a suggestion', () => {
    expect(lint(doc('## Mål\n\n- M1 Tekst\n  - Ansvarlig:  familieafdelingen.\n', 'da', 'FAMILIEAFDELINGEN'))).toEqual([]);
    const text = doc('', 'da', '"Familieafd."');
    const [d] = lint(text, ['Familieafdelingen', 'Familiehuset']);
    expect(d!.messages.en).toBe('The document owner "Familieafd." is not a known unit or role — did you mean "Familieafdelingen"?');
    expect(applyEdits(text, d!.suggestions![0]!.edits)).toContain('ansvarlig: "Familieafdelingen"\n');
  });

  it('says so without suggestions when nothing is close, and names an unnumbered goal by its title', () => {
    const [d, g] = lint(doc('## Mål\n\n- Flere børn i almene tilbud\n  - Ansvarlig: Direktionen\n', 'da', 'Borgmesteren'));
    expect(d!.messages.da).toBe('Dokumentets ansvarlige "Borgmesteren" er ikke en kendt enhed eller rolle.');
    expect(d!.suggestions).toBeUndefined();
    expect(g!.goal).toBeUndefined();
    expect(g!.messages.en).toBe('The owner of goal "Flere børn i almene tilbud", "Direktionen", is not a known unit or role.');
  });

  it("asks for a unit or role, as an info, when an owner is a person's name", () => {
    const [d, g] = lint(doc('## Mål\n\n### M1 Skolegang\nAndelen stiger fra 52 % til 65 % senest 2027.\n\n- Ansvarlig: Hanne Vestergaard-Holm\n', 'da', 'Jens Hansen'));
    expect([d!.severity, g!.severity]).toEqual(['info', 'info']);
    expect(d!.messages.da).toBe('Dokumentets ansvarlige "Jens Hansen" ligner en persons navn: skriv den enhed eller rolle, der svarer for dokumentet, så ansvaret overlever personaleskift.');
    expect(g!.messages.en).toBe(
      'The owner of goal M1, "Hanne Vestergaard-Holm", looks like a person\'s name: name the unit or role that answers for the goal, so responsibility survives staff changes.',
    );
    expect(looksLikePersonName('Skolechefen Vest')).toBe(false);
    expect(looksLikePersonName('Team Nord')).toBe(false);
    expect(looksLikePersonName('Børne- og Ungeudvalget')).toBe(false);
  });

  it('ranks candidates by edit distance and takes containment as close', () => {
    expect(closestOwners('Familie', ['Familieafdelingen', 'Familiehuset', 'Sundhedsplejen'])).toEqual(['Familiehuset', 'Familieafdelingen']);
    expect(closestOwners('Sundhedsplejn', owners)).toEqual(['Sundhedsplejen']);
    expect(closestOwners('Teknik og Miljø', owners)).toEqual([]);
  });
});
