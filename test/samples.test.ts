// The samples are what a new user sees first (`npm start`). Their planted mistakes are listed in
// samples/README.md; this test keeps the two honest: each planted finding is reported where the
// README says, nothing crashes, and the front matter of every sample is valid.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/main.ts';

interface JsonDiagnostic {
  file: string;
  rule: string;
  severity: string;
  goal?: string;
}

async function lintSamples(): Promise<{ status: number; diagnostics: JsonDiagnostic[]; documents: number }> {
  let out = '';
  const status = await runCli(['samples', '--format', 'json', '--today', '2026-11-23'], {
    cwd: join(import.meta.dirname, '..'),
    stdout: (text) => {
      out += text;
    },
    stderr: () => {},
    isTTY: false,
  });
  const parsed = JSON.parse(out) as { diagnostics: JsonDiagnostic[]; documents: number };
  return { status, ...parsed };
}

// [file, rule, goal?]: every finding govlint reports on the samples. samples/README.md describes
// them; anything else is a false alarm or a lost finding, and fails this test.
const PLANTED: Array<[string, string, string?]> = [
  ['samples/da/politik/boerne-og-ungepolitik.md', 'readability'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'missing-deadline', 'M3'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'unmeasurable-goal', 'M3'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'vague-goal', 'M3'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'missing-owner', 'M4'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'unmeasurable-goal', 'M4'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'hedged-goal', 'M4'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'vague-goal', 'M4'],
  ['samples/da/politik/boerne-og-ungepolitik.md', 'goal-uncovered', 'M5'],
  ['samples/da/retningslinjer/boernefaglig-undersoegelse.md', 'legal-reference-outdated'],
  ['samples/da/retningslinjer/boernefaglig-undersoegelse.md', 'statutory-deadline'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'missing-deadline', 'R1'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'unmeasurable-goal', 'R1'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'vague-goal', 'R1'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'hedged-goal', 'R1'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'missing-deadline', 'R2'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'unmeasurable-goal', 'R2'],
  ['samples/da/retningslinjer/boernesamtaler.md', 'hedged-goal', 'R2'],
  ['samples/da/retningslinjer/familiebehandling.md', 'hierarchy-order'],
  ['samples/da/retningslinjer/netvaerksmoeder.md', 'parent-missing'],
  ['samples/da/retningslinjer/netvaerksmoeder.md', 'unmeasurable-goal', 'R1'],
  ['samples/da/retningslinjer/opfoelgning-anbringelse.md', 'deadline-after-parent', 'R1'],
  ['samples/da/retningslinjer/skolefravaer.md', 'missing-owner'],
  ['samples/da/retningslinjer/skolefravaer.md', 'stale-child'],
  ['samples/da/retningslinjer/skolefravaer.md', 'implements-unknown', 'R2'],
  ['samples/da/retningslinjer/underretninger.md', 'legal-reference-outdated'],
  ['samples/da/serviceniveauer/anbringelse.md', 'parent-unknown'],
  ['samples/da/serviceniveauer/forebyggelse.md', 'goal-uncovered', 'S1'],
  ['samples/da/serviceniveauer/forebyggelse.md', 'goal-uncovered', 'S3'],
  ['samples/da/serviceniveauer/forebyggelse.md', 'missing-deadline', 'S3'],
  ['samples/da/serviceniveauer/forebyggelse.md', 'unmeasurable-goal', 'S3'],
  ['samples/da/serviceniveauer/forebyggelse.md', 'vague-goal', 'S3'],
  ['samples/da/serviceniveauer/sagsbehandling.md', 'stale-child'],
  ['samples/da/serviceniveauer/sagsbehandling.md', 'review-overdue'],
  ['samples/da/serviceniveauer/sagsbehandling.md', 'implausible-target', 'S3'],
  ['samples/en/child-policy.md', 'goal-uncovered', 'G1'],
  ['samples/en/child-policy.md', 'missing-deadline', 'G2'],
  ['samples/en/child-policy.md', 'unmeasurable-goal', 'G2'],
  ['samples/en/child-policy.md', 'vague-goal', 'G2'],
  ['samples/en/child-policy.md', 'hedged-goal', 'G2'],
  ['samples/en/guideline-assessments.md', 'missing-deadline', 'A2'],
  ['samples/en/guideline-assessments.md', 'unmeasurable-goal', 'A2'],
  ['samples/en/guideline-assessments.md', 'vague-goal', 'A2'],
  ['samples/en/guideline-assessments.md', 'hedged-goal', 'A2'],
  ['samples/en/guideline-home-visits.md', 'hierarchy-cycle'],
  ['samples/en/service-level-family-support.md', 'hierarchy-cycle'],
  ['samples/en/service-level-family-support.md', 'stale-child'],
];

const HIERARCHY_RULES = ['parent-missing', 'parent-unknown', 'hierarchy-order', 'hierarchy-cycle', 'implements-unknown', 'goal-uncovered', 'deadline-after-parent', 'stale-child'];

describe('samples', () => {
  it('lints as one workspace of 16 documents, with errors (exit 1) and no internal errors or broken front matter', async () => {
    const { status, diagnostics, documents } = await lintSamples();
    expect(status).toBe(1);
    expect(documents).toBe(16);
    expect(diagnostics.filter((d) => d.rule === 'internal-error' || d.rule === 'frontmatter-invalid')).toEqual([]);
  });

  it('reports exactly the planted findings: none lost, no false alarms', async () => {
    const { diagnostics } = await lintSamples();
    const key = (file: string, rule: string, goal?: string) => `${file} ${rule}${goal ? ` ${goal}` : ''}`;
    expect(diagnostics.map((d) => key(d.file, d.rule, d.goal)).sort()).toEqual(PLANTED.map(([file, rule, goal]) => key(file, rule, goal)).sort());
  });

  it('exercise every hierarchy rule', async () => {
    const { diagnostics } = await lintSamples();
    expect(HIERARCHY_RULES.filter((rule) => !diagnostics.some((d) => d.rule === rule))).toEqual([]);
  });
});
