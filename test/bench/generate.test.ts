// The benchmark's generator produces valid governance documents: they lint without internal
// errors or front-matter faults, carry the usual mistakes, and are deterministic. Not a timing test.
import { describe, expect, it } from 'vitest';
import { generateWorkspace, longDocument, policyDocument } from '../../bench/generate.mjs';
import { generateCorpus } from '../../bench/shapes.mjs';
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

describe('benchmark workspace shapes', () => {
  const shapes = ['goal-heavy', 'prose-heavy', 'small-files'] as const;

  it.each(shapes)('%s: lints with no internal error and no front-matter or hierarchy fault, deterministically', (shape) => {
    const files = generateCorpus(shape, 30);
    expect(files).toHaveLength(30);
    expect(new Set(files.map(([path]) => path)).size).toBe(30);
    expect(generateCorpus(shape, 30)).toEqual(files);
    const diagnostics = lintFiles(Object.fromEntries(files));
    const broken = diagnostics.filter((d) => ['internal-error', 'frontmatter-invalid', 'frontmatter-missing', 'hierarchy-order', 'hierarchy-cycle', 'parent-unknown', 'goal-unknown'].includes(d.rule));
    expect(broken.map((d) => `${d.file} ${d.rule}: ${d.message}`)).toEqual([]);
    // Every shape carries goal findings, so the goal rules do their work in the benchmark.
    expect(diagnostics.some((d) => d.rule === 'vague-goal')).toBe(true);
  });

  it('gives each shape its character: no tables in goal-heavy, long prose in prose-heavy, short files in small-files', () => {
    const goalHeavy = generateCorpus('goal-heavy', 40);
    expect(goalHeavy.slice(1).some(([, text]) => /^\|/m.test(text))).toBe(false);
    const goals = goalHeavy.slice(1).map(([, text]) => (text.match(/^### /gm) ?? []).length);
    expect(Math.min(...goals)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...goals)).toBeLessThanOrEqual(40);
    const statements = goalHeavy.flatMap(([, text]) => text.split('\n').filter((line) => /^[A-ZÆØÅ].*\.$/.test(line) && !line.startsWith('- ')));
    expect(new Set(statements).size / statements.length).toBeGreaterThan(0.5);

    const prose = generateCorpus('prose-heavy', 20).slice(1);
    for (const [, text] of prose) {
      expect(text.length).toBeGreaterThan(10_000);
      expect((text.match(/^### /gm) ?? []).length).toBe(2);
    }
    const small = generateCorpus('small-files', 100).filter(([path]) => path.startsWith('retningslinjer/'));
    for (const [, text] of small) expect(text.split('\n').length).toBeLessThan(40);
  });

  it('refuses an unknown shape', () => {
    expect(() => generateCorpus('huge' as never, 10)).toThrow(/unknown corpus shape "huge"/);
  });
});
