// A project's own field knowledge (`fieldKnowledge` in .govlint.yaml) through the built CLI as a
// real process: the lint, the HTML report, and a bad entry as a configuration error (exit 2).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = join(root, 'test', 'fixtures', 'field-knowledge');
const work = mkdtempSync(join(tmpdir(), 'govlint-field-'));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIELD_RULES = new Set(['statutory-deadline', 'legal-reference-outdated']);

describe('fieldKnowledge through the CLI', () => {
  it("reports the project's statutory limit and moved paragraph beside the shipped ones", () => {
    const { code, stdout, stderr } = run(['--format', 'json', '--today', '2026-11-23'], fixture);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { diagnostics: Array<Record<string, unknown>> }).diagnostics
      .filter((diagnostic) => FIELD_RULES.has(String(diagnostic.rule)))
      .map(({ file, rule, severity, line, column, endLine, endColumn, message }) => ({ file, rule, severity, line, column, endLine, endColumn, message }));
    expect(findings).toEqual([
      {
        file: 'kvalitetsstandard.md',
        rule: 'statutory-deadline',
        severity: 'error',
        line: 13,
        column: 53,
        endLine: 13,
        endColumn: 67,
        message:
          'Fristen "senest 14 dage" er længere end loven tillader: kommunen skal kunne tilbyde opstart af genoptræning efter udskrivning fra sygehus (ellers kan borgeren vælge en privat leverandør) senest 7 dage (Tjek: sandsynligvis sundhedsloven § 140, stk. 4).',
      },
      {
        file: 'kvalitetsstandard.md',
        rule: 'legal-reference-outdated',
        severity: 'warning',
        line: 17,
        column: 48,
        endLine: 17,
        endColumn: 67,
        message: 'Serviceloven § 120 gælder ikke længere: siden 1. juli 2025 står bestemmelsen helt eller delvis i ældreloven § 24 — kontrollér henvisningen.',
      },
      {
        file: 'kvalitetsstandard.md',
        rule: 'statutory-deadline',
        severity: 'error',
        line: 19,
        column: 39,
        endLine: 19,
        endColumn: 58,
        message: 'Fristen "inden for 6 måneder" er længere end loven tillader: en børnefaglig undersøgelse skal være afsluttet senest 4 måneder (barnets lov § 20, stk. 3).',
      },
    ]);
  });

  it('puts them in the HTML report', () => {
    const out = join(work, 'report.html');
    const { code, stderr } = run(['report', '.', '--out', out, '--today', '2026-11-23'], fixture);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('Serviceloven § 120 gælder ikke længere: siden 1. juli 2025 står bestemmelsen helt eller delvis i ældreloven § 24');
    expect(page).toContain('Tjek: sandsynligvis sundhedsloven § 140, stk. 4');
  });

  it('exits 2 with one line naming the file, line and key of an entry that claims more than its evidence', () => {
    const project = join(work, 'broken');
    cpSync(fixture, project, { recursive: true });
    const config = readFileSync(join(fixture, '.govlint.yaml'), 'utf8');
    // The citation is no longer hedged, though no primary source places the limit in that subsection.
    const broken = config.replace('da: "Tjek: sandsynligvis sundhedsloven § 140, stk. 4"', 'da: "sundhedsloven § 140, stk. 4"');
    expect(broken).not.toBe(config);
    writeFileSync(join(project, '.govlint.yaml'), broken);
    const { code, stdout, stderr } = run(['--format', 'json'], project);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(/\.govlint\.yaml:10:9: "fieldKnowledge\.statutoryLimits\.0\.law": an unconfirmed paragraph is cited as "Tjek: …" \(da\) and "Check: …" \(en\)$/);
  });
});
