// Names that a plain JavaScript object already answers to (constructor, __proto__, toString) are
// ordinary names in the configuration and in documents: level types, per-type sections and review
// intervals, front-matter keys and values, goal field labels.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'govlint-proto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = `hierarchy:
  levels:
    - type: constructor
      label: { da: konstruktør, en: constructor level }
    - type: __proto__
    - type: toString
requiredSections:
  __proto__: [Formål]
  toString: [[Ansvar, Responsibility]]
reviewIntervalMonths:
  constructor: 12
  __proto__: 6
`;

const files: Record<string, string> = {
  '.govlint.yaml': config,
  'a.md': '---\nid: a\ntype: constructor\ntitle: A\nowner: Udvalget\nadopted: 2020-01-01\nreview: 2026-01-01\n---\n# A\n',
  'b.md': '---\nid: b\ntype: __proto__\ntitle: B\nowner: Udvalget\nparent: a\nadopted: 2024-01-01\nreview: 2025-01-01\n---\n# B\n',
  'c.md': '---\nid: c\ntype: toString\ntitle: C\nowner: Udvalget\nparent: b\nadopted: 2024-01-01\nreview: 2030-01-01\nstatus: constructor\nconstructor: x\n---\n# C\n\n## Ansvar\n\nTeamleder.\n',
};

interface Output {
  diagnostics: Array<{ file: string; rule: string; message: string; line: number }>;
}

describe('Object.prototype names as level types and keys', () => {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = spawnSync(process.execPath, [cli, '.', '--format', 'json', '--lang', 'en', '--today', '2026-11-23'], { cwd: dir, encoding: 'utf8' });
  const output = (result.stdout ? JSON.parse(result.stdout) : { diagnostics: [] }) as Output;
  const found = (file: string, rule: string) => output.diagnostics.filter((d) => d.file === file && d.rule === rule).map((d) => d.message);

  it('lints without an internal error and without an inherited value in any message', () => {
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.status);
    expect(output.diagnostics.filter((d) => d.rule === 'internal-error')).toEqual([]);
    for (const d of output.diagnostics) expect(d.message, `${d.file} ${d.rule}`).not.toMatch(/native code|NaN|\[object|function/);
  });

  it('reads each type’s own review interval, and none for a type without one', () => {
    expect(found('a.md', 'review-interval')).toEqual(['Review 2026-01-01 is more than 12 months after adoption 2020-01-01; review by 2021-01-01 at the latest.']);
    expect(found('b.md', 'review-interval')).toEqual(['Review 2025-01-01 is more than 6 months after adoption 2024-01-01; review by 2024-07-01 at the latest.']);
    expect(found('c.md', 'review-interval')).toEqual([]);
  });

  it('requires each type’s own sections, with the configured label', () => {
    expect(found('a.md', 'required-section')).toEqual([]);
    expect(found('b.md', 'required-section')).toEqual(['The section "Formål" is missing (the document type __proto__ needs: Formål).']);
    expect(found('c.md', 'required-section')).toEqual([]);
  });

  it('treats a status or front-matter key named after an Object member as unknown', () => {
    const invalid = found('c.md', 'frontmatter-invalid');
    expect(invalid.some((message) => message.includes('constructor'))).toBe(true);
    expect(output.diagnostics.filter((d) => d.file === 'c.md' && d.rule === 'frontmatter-invalid' && d.line === 9)).toHaveLength(1);
  });
});
