import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfigText } from '../../../engine/config/load.ts';
import type { ResolvedConfig } from '../../../engine/config/schema.ts';
import { createLinter, type Diagnostic } from '../../../engine/api/index.ts';
import { applyEdits, summarize } from '../../../test/support/lint-files.ts';
import { allRules } from '../../index.ts';
import { doc } from './test-docs.ts';

// A project adds statutory limits and moved legal references of its own area in `.govlint.yaml`
// (`fieldKnowledge`), with the same evidence the shipped data carries, laid over the shipped data.

const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'field-knowledge');
const fieldRules = allRules.filter((rule) => rule.meta.id === 'statutory-deadline' || rule.meta.id === 'legal-reference-outdated');

function lint(files: Record<string, string>, config: ResolvedConfig): Diagnostic[] {
  const linter = createLinter({ cwd: config.root, config: { resolved: config }, rules: fieldRules, today: '2026-11-23' });
  return linter.lintTexts(Object.entries(files).map(([path, text]) => ({ path, text }))).diagnostics;
}

const config = (yaml: string) => parseConfigText(yaml, '.govlint.yaml', allRules);

/** The message of the ConfigError that `yaml` raises. */
function configError(yaml: string): string {
  try {
    config(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

const evidence = `      evidence:
        - kind: law-text
          address: https://example.org/lov/24
          quote: Bestemmelsen videreføres uændret.
          shows: the move`;

describe('fieldKnowledge in .govlint.yaml', () => {
  it("is documented in the README with the fixture's configuration and its findings", () => {
    const readme = readFileSync(join(fixture, '..', '..', '..', 'README.md'), 'utf8');
    const block = /^```yaml config field-knowledge\n([\s\S]*?)^```/m.exec(readme)?.[1];
    expect(block).toBe(readFileSync(join(fixture, '.govlint.yaml'), 'utf8'));
    const loaded = loadConfigFile(join(fixture, '.govlint.yaml'), allRules);
    const findings = lint({ 'kvalitetsstandard.md': readFileSync(join(fixture, 'kvalitetsstandard.md'), 'utf8') }, loaded);
    const shown = /^```text\n(13:53[\s\S]*?)^```/m.exec(readme)?.[1]?.trim().split('\n');
    expect(shown).toEqual(
      findings
        .filter((finding) => finding.range.start.line !== 19)
        .map((finding) => `${finding.range.start.line}:${finding.range.start.column}  ${finding.severity === 'error' ? 'fejl    ' : 'advarsel'}  ${finding.messages.da}  ${finding.rule}`),
    );
  });

  it('checks the ældreområde example: a limit and a moved paragraph of its own, beside the shipped ones', () => {
    const loaded = loadConfigFile(join(fixture, '.govlint.yaml'), allRules);
    const text = readFileSync(join(fixture, 'kvalitetsstandard.md'), 'utf8');
    const diagnostics = lint({ 'kvalitetsstandard.md': text }, loaded);
    expect(summarize(diagnostics)).toEqual([
      'kvalitetsstandard.md:13:53-13:67 statutory-deadline error',
      'kvalitetsstandard.md:17:48-17:67 legal-reference-outdated warning',
      // The shipped child-welfare limit still applies.
      'kvalitetsstandard.md:19:39-19:58 statutory-deadline error',
    ]);
    const [limit, move] = diagnostics;
    expect(limit!.messages.da).toBe(
      'Fristen "senest 14 dage" er længere end loven tillader: kommunen skal kunne tilbyde opstart af genoptræning efter udskrivning fra sygehus (ellers kan borgeren vælge en privat leverandør) senest 7 dage (Tjek: sandsynligvis sundhedsloven § 140, stk. 4).',
    );
    expect(applyEdits(text, limit!.suggestions![0]!.edits)).toContain('begynder senest 7 dage efter udskrivelsen.');
    expect(move!.messages.da).toBe('Serviceloven § 120 gælder ikke længere: siden 1. juli 2025 står bestemmelsen helt eller delvis i ældreloven § 24 — kontrollér henvisningen.');
    expect(move!.messages.en).toBe(
      'Section 120 of the Social Services Act no longer applies: since 1 July 2025 the provision is wholly or partly section 24 of the Elderly Care Act (ældreloven) — check the reference.',
    );
    // Not safe: a suggestion that rewrites the law's name in its form, never an automatic fix.
    expect(move!.fix).toBeUndefined();
    expect(move!.suggestions!.map((suggestion) => suggestion.title.da)).toEqual(['Skift til ældreloven § 24']);
    expect(applyEdits(text, move!.suggestions![0]!.edits)).toContain('ydes efter ældrelovens § 24.');
  });

  it("finds nothing of the project's knowledge without it", () => {
    const text = readFileSync(join(fixture, 'kvalitetsstandard.md'), 'utf8');
    expect(summarize(lint({ 'kvalitetsstandard.md': text }, config('lang: da\n')))).toEqual(['kvalitetsstandard.md:19:39-19:58 statutory-deadline error']);
  });

  it('lets a project entry with a shipped key replace the shipped one', () => {
    const text = doc('Tilsynet følger servicelovens § 146.');
    const [shipped] = lint({ 'sn.md': text }, config('lang: da\n'));
    expect(shipped!.fix?.safe).toBe(true);
    const [own] = lint(
      { 'sn.md': text },
      config(`fieldKnowledge:
  legalReferences:
    "146":
      to: ["9"]
      safe: false
      confirmed: true
${evidence}
`),
    );
    // Same law (barnets lov, the default), but the project does not allow the automatic fix.
    expect(own!.fix).toBeUndefined();
    expect(own!.messages.da).toBe('Serviceloven § 146 gælder ikke længere for børn og unge: siden 1. januar 2024 står bestemmelsen helt eller delvis i barnets lov § 9 — kontrollér henvisningen.');
    const limitText = doc('Den børnefaglige undersøgelse afsluttes inden for 4 måneder.');
    expect(lint({ 'sn.md': limitText }, config('lang: da\n'))).toEqual([]);
    const replaced = `fieldKnowledge:
  statutoryLimits:
    - id: boernefaglig-undersoegelse
      step: { da: en testundersøgelse skal være afsluttet, en: a test investigation must be completed }
      limit: { value: 3, unit: months }
      law: { da: testloven § 1, en: section 1 of the Test Act }
      confirmed: true
      lawConfirmed: true
${evidence}
      terms: { da: [[børnefaglig* undersøgelse*]], en: [[child protection investigation*]] }
`;
    expect(summarize(lint({ 'sn.md': limitText }, config(replaced)))).toEqual(['sn.md:11:41-11:60 statutory-deadline error']);
    expect(lint({ 'sn.md': limitText }, config(replaced))[0]!.messages.da).toContain('senest 3 måneder (testloven § 1)');
  });

  it('names a law the project defines in English text and fixes, in the form of the old name', () => {
    const own = config(`fieldKnowledge:
  laws:
    aeldreloven: { name: ældreloven, genitive: ældrelovens, en: Elderly Care Act, effective: 2025-07-01, scope: { da: for ældre, en: to older people } }
  legalReferences:
    "120":
      law: aeldreloven
      to: ["24"]
      safe: true
      confirmed: true
${evidence}
`);
    const text = doc('Care allowance follows section 120 of the Social Services Act, and SEL § 120 in Danish notes.', 'en');
    const diagnostics = lint({ 'sn.md': text }, own);
    expect(summarize(diagnostics)).toEqual(['sn.md:11:24-11:62 legal-reference-outdated warning', 'sn.md:11:68-11:77 legal-reference-outdated warning']);
    expect(diagnostics[0]!.messages.en).toBe(
      'Section 120 of the Social Services Act no longer applies to older people: since 1 July 2025 the provision is section 24 of the Elderly Care Act (ældreloven).',
    );
    const fixed = applyEdits(applyEdits(text, diagnostics[1]!.fix!.edits), diagnostics[0]!.fix!.edits);
    expect(fixed).toContain('follows section 24 of the Elderly Care Act, and ældreloven § 24 in Danish notes.');
  });

  it("searches a project's short terms in linear time (tried at every letter of a long word, they were quadratic)", { timeout: 20_000 }, () => {
    const own = config(`fieldKnowledge:
  statutoryLimits:
    - id: kort
      step: { da: et trin, en: a step }
      limit: { value: 1, unit: days }
      law: { da: "Tjek: x", en: "Check: x" }
      confirmed: true
      lawConfirmed: false
      unconfirmed: x
${evidence}
      terms: { da: [[a* b*]], en: [[a* b*]] }
`);
    const started = performance.now();
    // 300,000 letters: about 3 minutes when every letter started a search to the word's end.
    expect(lint({ 'sn.md': doc(`${'a'.repeat(300_000)} inden for 6 måneder.`) }, own)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(summarize(lint({ 'sn.md': doc('Aa bb sker inden for 6 dage.') }, own))).toEqual(['sn.md:11:12-11:28 statutory-deadline error']);
  });

  it('refuses an entry without its evidence, or that claims more than its sources, with the line of the fault', () => {
    const limit = (fields: string) => `fieldKnowledge:
  statutoryLimits:
    - id: visitation
      step: { da: en afgørelse om hjemmehjælp skal træffes, en: a decision on home help must be made }
      limit: { value: 4, unit: weeks }
      terms: { da: [[hjemmehjælp*]], en: [[home help]] }
${fields}`;
    const sourced = `      evidence:
        - { kind: secondary, address: https://example.org/kommune, quote: Vi træffer afgørelse inden for 4 uger., shows: a promise }
`;
    expect(configError(limit(`      law: { da: serviceloven § 83, en: section 83 }\n      confirmed: true\n      lawConfirmed: true\n${sourced}`))).toBe(
      '.govlint.yaml:11:9: "fieldKnowledge.statutoryLimits.0.evidence": a confirmed limit needs evidence from a primary source',
    );
    expect(configError(limit(`      law: { da: serviceloven § 83, en: section 83 }\n      confirmed: false\n      lawConfirmed: false\n      unconfirmed: x\n${sourced}`))).toBe(
      '.govlint.yaml:7:12: "fieldKnowledge.statutoryLimits.0.law": an unconfirmed paragraph is cited as "Tjek: …" (da) and "Check: …" (en)',
    );
    expect(configError(limit(`      law: { da: "Tjek: x", en: "Check: x" }\n      confirmed: false\n      lawConfirmed: false\n      unconfirmed: x\n`))).toBe(
      '.govlint.yaml:3:7: "fieldKnowledge.statutoryLimits.0.evidence": Invalid input: expected array, received undefined',
    );
    expect(configError(limit(`      law: { da: "Tjek: x", en: "Check: x" }\n      confirmed: false\n      lawConfirmed: false\n      unconfirmed: x\n      evidense: []\n${sourced}`))).toBe(
      '.govlint.yaml:11:7: unknown key evidense in "fieldKnowledge.statutoryLimits.0"',
    );
    expect(
      configError(
        limit(
          `      law: { da: "Tjek: x", en: "Check: x" }\n      confirmed: false\n      lawConfirmed: false\n      unconfirmed: x\n${sourced.replace('https://example.org/kommune', 'example.org/kommune')}`,
        ),
      ),
    ).toBe('.govlint.yaml:12:39: "fieldKnowledge.statutoryLimits.0.evidence.0.address": the address must be an https URL');
    expect(
      configError(
        limit(`      law: { da: "Tjek: x", en: "Check: x" }\n      confirmed: false\n      lawConfirmed: false\n      unconfirmed: x\n${sourced}`).replace('[[hjemmehjælp*]]', '[[h*j*e*m]]'),
      ),
    ).toBe('.govlint.yaml:6:22: "fieldKnowledge.statutoryLimits.0.terms.da.0.0": words separated by single spaces, "*" only at the end of a word (e.g. "børnefaglig* undersøgelse*")');
    expect(configError(limit('').replace('unit: weeks', 'unit: uger'))).toBe(
      '.govlint.yaml:5:32: "fieldKnowledge.statutoryLimits.0.limit.unit": expected one of "hours"|"working-days"|"days"|"weeks"|"months"|"years"',
    );
  });

  it('refuses a move to a law nobody defines, an unsafe safe fix and a key that is no paragraph, with the line of the fault', () => {
    const move = (fields: string, key = '"120"') => `fieldKnowledge:
  legalReferences:
    ${key}:
      to: ["24"]
${fields}${evidence}
`;
    expect(configError(move('      law: aeldrelov\n      safe: false\n      confirmed: true\n'))).toBe(
      '.govlint.yaml:5:12: "fieldKnowledge.legalReferences.120.law": no law "aeldrelov" in "fieldKnowledge.laws" (known: barnets-lov)',
    );
    expect(configError(move('      safe: true\n      confirmed: false\n      unconfirmed: x\n'))).toBe(
      '.govlint.yaml:5:13: "fieldKnowledge.legalReferences.120.safe": a safe fix needs a confirmed move',
    );
    expect(configError(move('      safe: false\n      confirmed: true\n', '§120'))).toBe('.govlint.yaml:3:5: "fieldKnowledge.legalReferences.§120": a key like "50", "155b" or "19.2"');
    expect(configError(move('      safe: false\n      confirmed: true\n', '__proto__'))).toBe('.govlint.yaml:3:5: "fieldKnowledge.legalReferences.__proto__": a key like "50", "155b" or "19.2"');
  });
});
