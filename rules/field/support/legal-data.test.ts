import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../../test/support/lint-files.ts';
import { legalReferencesSchema, loadLegalReferences, loadStatutoryLimits, parseLegalData, statutoryLimitsSchema } from './legal-data.ts';
import { doc } from './test-docs.ts';

// Issue 21: legal facts administrators copy into official documents carry their evidence, and
// nothing a primary source does not state is applied without a human or cited without "Tjek:".

const primary = { kind: 'bill-remarks', address: 'https://www.lovguiden.dk/loven/x/9', quote: 'Det foreslås, at bestemmelsen videreføres.', shows: 'the move' };
const secondary = { ...primary, kind: 'secondary' };
const BARNETS_LOV = { name: 'barnets lov', genitive: 'barnets lovs', en: "Children's Act", effective: '2024-01-01', scope: { da: 'for børn og unge', en: 'to children' } };
const move = (entry: Record<string, unknown>) => JSON.stringify({ effective: '2024-01-01', laws: { 'barnets-lov': BARNETS_LOV }, paragraphs: { '146': entry } });
const refuse = (text: string) => () => parseLegalData('legal-references.json', legalReferencesSchema, text);

describe('the evidence schema of data/legal-references.json', () => {
  it('accepts a confirmed safe move with a quotation from a primary source', () => {
    expect(refuse(move({ to: ['9'], safe: true, confirmed: true, evidence: [primary] }))).not.toThrow();
  });

  it('refuses a safe fix that no primary source confirms', () => {
    expect(refuse(move({ to: ['9'], safe: true, confirmed: false, evidence: [primary], unconfirmed: 'x' }))).toThrow(
      'govlint: data/legal-references.json is not valid: paragraphs.146.safe: a safe fix needs a confirmed move',
    );
    expect(refuse(move({ to: ['9'], safe: false, confirmed: true, evidence: [secondary] }))).toThrow('a confirmed move needs evidence from a primary source');
    expect(refuse(move({ to: ['9', '10'], safe: true, confirmed: true, evidence: [primary] }))).toThrow('a safe fix needs exactly one new paragraph');
  });

  it('refuses evidence without an address or an exact quotation, and an unhedged note', () => {
    expect(refuse(move({ to: ['9'], safe: false, confirmed: true, evidence: [{ ...primary, address: 'lovguiden.dk/9' }] }))).toThrow('the address must be an https URL');
    expect(refuse(move({ to: ['9'], safe: false, confirmed: true, evidence: [{ ...primary, quote: '' }] }))).toThrow('paragraphs.146.evidence.0.quote');
    expect(refuse(move({ to: ['9'], safe: false, confirmed: false, evidence: [primary] }))).toThrow('an unconfirmed move says what is not confirmed');
    expect(refuse(move({ to: ['9'], safe: false, confirmed: true, evidence: [primary], note: { da: 'Se § 19.', en: 'See section 19.' } }))).toThrow(
      'a note starts with "Tjek:" (da) and "Check:" (en)',
    );
  });
});

describe('the evidence schema of data/statutory-limits.json', () => {
  const limit = (entry: Record<string, unknown>) => () =>
    parseLegalData(
      'statutory-limits.json',
      statutoryLimitsSchema,
      JSON.stringify({
        limits: [
          {
            id: 'x',
            step: { da: 'trin', en: 'step' },
            limit: { value: 24, unit: 'hours' },
            terms: { da: [['underretning*']], en: [['notification*']] },
            evidence: [primary],
            ...entry,
          },
        ],
      }),
    );

  it('refuses a paragraph cited as law when no primary source places the limit there', () => {
    expect(limit({ law: { da: 'barnets lov § 136', en: 'section 136' }, confirmed: true, lawConfirmed: false, unconfirmed: 'x' })).toThrow(
      'an unconfirmed paragraph is cited as "Tjek: …" (da) and "Check: …" (en)',
    );
    expect(limit({ law: { da: 'Tjek: sandsynligvis barnets lov § 136', en: 'Check: probably section 136' }, confirmed: true, lawConfirmed: false, unconfirmed: 'x' })).not.toThrow();
    expect(limit({ law: { da: 'barnets lov § 136', en: 'section 136' }, confirmed: true, lawConfirmed: true, evidence: [secondary] })).toThrow(
      'a confirmed limit needs evidence from a primary source',
    );
  });
});

describe('the shipped legal data', () => {
  const references = loadLegalReferences().paragraphs;

  it('loads: every entry carries evidence, and every confirmed entry a primary source', () => {
    expect(Object.keys(references).length).toBeGreaterThan(10);
    for (const [key, entry] of Object.entries(references)) {
      expect(entry.evidence.length, key).toBeGreaterThan(0);
      if (entry.confirmed)
        expect(
          entry.evidence.some((item) => item.kind !== 'secondary'),
          key,
        ).toBe(true);
    }
    expect(loadStatutoryLimits().limits.length).toBeGreaterThan(3);
  });

  it('applies a safe fix only for confirmed moves, and cites an unconfirmed paragraph only as "Tjek:"', () => {
    for (const [key, entry] of Object.entries(references)) {
      const [paragraph, subsection] = key.split('.');
      const label = paragraph!.replace(/^(\d+)([a-z])$/, '$1 $2');
      const body = `Efter servicelovens § ${label}${subsection ? `, stk. ${subsection}` : ''}.`;
      const [finding] = lintFiles({ 'sn.md': doc(body) }, { only: ['legal-reference-outdated'] });
      expect(finding, body).toBeDefined();
      if (finding!.fix?.safe) expect(entry.confirmed && entry.safe, body).toBe(true);
      if (!entry.confirmed && entry.to.length > 0) {
        expect(finding!.messages.da, body).toContain('Tjek: sandsynligvis barnets lov');
        expect(finding!.messages.en, body).toContain('Check: probably section');
      }
      const plain = (finding!.suggestions ?? []).filter((suggestion) => !suggestion.title.da.startsWith('Tjek:')).map((suggestion) => suggestion.title.da);
      const confirmedTargets = entry.confirmed ? entry.to.map((to) => `Skift til barnets lov § ${to}`) : [];
      expect(plain, body).toEqual(confirmedTargets.filter(() => !finding!.fix));
    }
  });

  it('cites the paragraph of an enforced limit plainly only when it is confirmed', () => {
    const [finding] = lintFiles({ 'sn.md': doc('En underretning vurderes senest 48 timer efter modtagelsen.') }, { only: ['statutory-deadline'] });
    expect(finding!.messages.da).toBe(
      'Fristen "senest 48 timer" er længere end loven tillader: en underretning skal vurderes (er barnets sundhed eller udvikling i fare, er der behov for akutte indsatser) senest 24 timer (Tjek: sandsynligvis barnets lov § 136).',
    );
    for (const limit of loadStatutoryLimits().limits) {
      if (!limit.lawConfirmed) expect(limit.law.da, limit.id).toMatch(/^Tjek: /);
    }
  });
});
