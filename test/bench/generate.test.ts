// The benchmark's generator produces valid governance documents: they lint without internal
// errors or front-matter faults, carry the usual mistakes, and are deterministic. Not a timing test.
import { describe, expect, it } from 'vitest';
import { generateWorkspace, longDocument, policyDocument } from '../../bench/generate.mjs';
import { lintFiles } from '../support/lint-files.ts';

describe('benchmark workspace generator', () => {
  const files = generateWorkspace(20);
  const diagnostics = lintFiles(Object.fromEntries(files));

  it('writes one policy, service levels and guidelines with unique paths', () => {
    expect(files).toHaveLength(20);
    expect(new Set(files.map(([path]) => path)).size).toBe(20);
    expect(files[0]![0]).toBe('politik/boernepolitik.md');
    expect(files.filter(([path]) => path.startsWith('serviceniveauer/')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter(([path]) => path.startsWith('retningslinjer/')).length).toBeGreaterThan(10);
  });

  it('lints with no internal error and no front-matter fault', () => {
    const broken = diagnostics.filter((d) => ['internal-error', 'frontmatter-invalid', 'frontmatter-missing', 'hierarchy-order', 'hierarchy-cycle'].includes(d.rule));
    expect(broken.map((d) => `${d.file} ${d.rule}: ${d.message}`)).toEqual([]);
  });

  it('contains the usual mistakes', () => {
    const rules = new Set(diagnostics.map((d) => d.rule));
    for (const rule of ['missing-owner', 'review-overdue', 'parent-unknown']) expect(rules).toContain(rule);
  });

  it('is deterministic', () => {
    expect(generateWorkspace(20)).toEqual(files);
    expect(policyDocument(40)).toBe(policyDocument(40));
  });

  it('makes the editor-latency documents the size they claim', () => {
    expect(policyDocument(40).match(/^### M\d+ /gm)).toHaveLength(40);
    const lines = longDocument(1500).split('\n').length;
    expect(lines).toBeGreaterThanOrEqual(1490);
    expect(lines).toBeLessThanOrEqual(1520);
    const long = lintFiles({ 'lang.md': longDocument(1500) });
    expect(long.filter((d) => d.rule === 'internal-error')).toEqual([]);
  });
});
