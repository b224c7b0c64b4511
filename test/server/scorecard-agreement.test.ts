// One reading of a goal: the editor's hover, its code lens, the HTML report and the rules judge
// every goal the same way (engine/analysis/goal-summary.ts) — the SMART scorecard letter by letter
// (a letter fails exactly when one of its rules reports the goal), and who answers for the goal
// (the hover's and the report's owner; `missing-owner` exactly when there is none). Over a real
// stdio connection to the language server, on the bundled samples and on goals written to tell
// the owner's readings apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { buildReport } from '../../cli/report/run.ts';
import { createLinter } from '../../engine/api/index.ts';
import { SMART_RULES } from '../../engine/api/model.ts';
import { LspTestClient, TODAY } from './lsp-client.ts';

const samplesDir = join(import.meta.dirname, '..', '..', 'samples');

function sampleFiles(dir: string, files: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sampleFiles(path, files);
    else if (name.endsWith('.md')) files[relative(samplesDir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** Goals whose owner is read each way: a field; an empty field; a placeholder field and an acting unit; nobody. */
const OWNERS_POLICY = `---
id: ejerskab-2026
type: politik
titel: Ejerskab af mål
ansvarlig: Børne- og Ungeudvalget
vedtaget: 2026-01-15
vedtaget-af: Kommunalbestyrelsen
revision: 2029-01-01
status: vedtaget
sprog: da
---

# Ejerskab af mål

## Mål

### E1 Flere børn i trivsel

Andelen af børn, der trives i skolen, stiger fra 60 % i 2024 til 70 % senest 31. december 2027.

- Ansvarlig: Familieafdelingen
- Frist: 2027-12-31

### E2 Kortere sagsbehandling

Sagsbehandlingstiden falder fra 12 til 8 uger senest 30. juni 2028.

- Ansvarlig:

### E3 Sager vurderes rettidigt

Myndighedsteamet vurderer hver underretning inden for 24 timer.

- Ansvarlig: [enhed eller rolle]

### E4 Styrket samarbejde

Samarbejdet med skolerne skal styrkes.
`;

/** English goals whose owner is a pronoun for someone named before them, or nobody. */
const OWNERS_PROMISE = `---
id: owners-promise-2026
type: policy
title: Our promise to young people leaving care
owner: Leaving Care Service
adopted: 2026-01-15
adopted-by: City Council
review: 2029-01-01
status: adopted
lang: en
---

# Our promise to young people leaving care

## Goals

### P1 Visits

They will visit you at least every 4 weeks.

### P2 Decisions

They will be told of the decision within 5 working days.
`;

/** Goals with an ID in a heading: [file, heading line text]. */
function goalHeadings(files: Record<string, string>): Array<{ file: string; heading: string; id: string }> {
  const goals: Array<{ file: string; heading: string; id: string }> = [];
  for (const [file, text] of Object.entries(files)) {
    if (!file.endsWith('.md')) continue;
    for (const match of text.matchAll(/^(#{2,6} ([A-ZÆØÅ]+[-.]?\d+(?:\.\d+)*)\b.*)$/gmu)) goals.push({ file, heading: match[1]!, id: match[2]! });
  }
  return goals;
}

const LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;
const MARK = { pass: '✓', fail: '✗', unchecked: '–' } as const;
/** How the hover says where the owner was read, after the owner. */
const OWNER_SOURCE = / \((?:handler i målets tekst|acts in the statement|dokumentets ansvarlige|the document's owner|nævnt før målet|named before the goal)\)$/;

/** Expects the hover, the code lens, the report and the rules to read every goal of `files` alike; returns the owners the report names, by goal. */
async function expectAgreement(client: LspTestClient, files: Record<string, string>, inherit: boolean): Promise<Map<string, string | undefined>> {
  const { model } = await buildReport({ paths: ['.'], today: TODAY }, client.dir);
  const { diagnostics } = await createLinter({ cwd: client.dir, today: TODAY }).lintFiles(['.']);
  const owners = new Map<string, string | undefined>();
  for (const goal of goalHeadings(files)) {
    const name = `${goal.file} ${goal.id}`;
    const reported = model.goals.find((entry) => entry.key === `${goal.file}#${goal.id}`);
    expect(reported, `${name} in the report`).toBeDefined();
    const expected = LETTERS.map((letter) => `${MARK[reported!.scorecard[letter]]}${letter}`);
    const met = LETTERS.filter((letter) => reported!.scorecard[letter] === 'pass').length;

    // The rules: a letter fails exactly when one of its rules reports the goal.
    const findings = diagnostics.filter((diagnostic) => diagnostic.file === goal.file && diagnostic.goal === goal.id);
    const failedByRules = LETTERS.filter((letter) => findings.some((finding) => SMART_RULES[letter].includes(finding.rule)));
    expect(
      LETTERS.filter((letter) => reported!.scorecard[letter] === 'fail'),
      `${name}: the report's failing letters are the rules'`,
    ).toEqual(failedByRules);

    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: client.uri(goal.file) },
      position: client.position(goal.file, goal.heading, goal.heading.indexOf(goal.id)),
    });
    const lines = (hover.contents as MarkupContent).value.split('\n');
    expect(lines[0], `${name} hover title`).toMatch(new RegExp(`— SMART ${met}/5$`));
    const letters = lines.filter((line) => /^- [✓✗–] \*\*[SMART]\*\*/.test(line)).map((line) => `${line[2]}${line.slice(6, 7)}`);
    expect(letters, `${name} hover letters`).toEqual(expected);

    // The owner: the hover's is the report's, and missing-owner reports the goal exactly when there is none.
    const ownerLine = lines.find((line) => /^(?:Ansvarlig|Owner): /.test(line));
    const hoverOwner = ownerLine
      ?.replace(/^(?:Ansvarlig|Owner): /, '')
      .replace(OWNER_SOURCE, '')
      .replace(/\\(.)/g, '$1');
    // (A pronoun for an owner named before the goal is said so in each one's language: the hover's is the document's, the report's its own.)
    expect(hoverOwner, `${name} hover owner`).toBe(reported!.owner?.replace(OWNER_SOURCE, ''));
    expect(
      findings.some((finding) => finding.rule === 'missing-owner'),
      `${name} missing-owner`,
    ).toBe(!inherit && reported!.owner === undefined);
    owners.set(`${goal.file}#${goal.id}`, reported!.owner);

    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(goal.file) } });
    const line = client.position(goal.file, goal.heading).line;
    const lens = lenses.find((entry) => entry.range.start.line === line);
    expect(lens?.command?.title, `${name} code lens`).toMatch(new RegExp(`SMART ${met}/5$`));
  }
  return owners;
}

async function startWith(files: Record<string, string>): Promise<LspTestClient> {
  const client = await LspTestClient.start({ files });
  for (const file of new Set(goalHeadings(files).map((goal) => goal.file))) await client.open(file);
  return client;
}

describe('one reading of a goal in the hover, the code lens, the report and the rules', { timeout: 180_000 }, () => {
  const files = { ...sampleFiles(samplesDir), 'da/politik/ejerskab.md': OWNERS_POLICY, 'en/promise.md': OWNERS_PROMISE };
  let client: LspTestClient;
  beforeAll(async () => {
    client = await startWith(files);
    await client.waitFor('da/politik/boerne-og-ungepolitik.md', (list) => list.length > 0);
  }, 180_000);
  afterAll(() => client.stop());

  it('agrees on every goal of the samples and on each way of naming an owner', async () => {
    expect(goalHeadings(files).length).toBeGreaterThan(25);
    const owners = await expectAgreement(client, files, false);
    expect([...owners].filter(([key]) => key.startsWith('da/politik/ejerskab.md'))).toEqual([
      ['da/politik/ejerskab.md#E1', 'Familieafdelingen'],
      ['da/politik/ejerskab.md#E2', undefined],
      ['da/politik/ejerskab.md#E3', 'Myndighedsteamet'],
      ['da/politik/ejerskab.md#E4', undefined],
    ]);
    expect([...owners].filter(([key]) => key.startsWith('en/promise.md'))).toEqual([
      ['en/promise.md#P1', 'They (nævnt før målet)'],
      ['en/promise.md#P2', undefined],
    ]);
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: client.uri('en/promise.md') },
      position: client.position('en/promise.md', '### P1 Visits', 4),
    });
    expect((hover.contents as MarkupContent).value.split('\n')).toContain('Owner: They (named before the goal)');
  });
});

describe('goals that inherit the document owner', { timeout: 180_000 }, () => {
  const files = { '.govlint.yaml': 'goalsInheritOwner: true\n', 'da/politik/ejerskab.md': OWNERS_POLICY };
  let client: LspTestClient;
  beforeAll(async () => {
    client = await startWith(files);
    await client.waitFor('da/politik/ejerskab.md', (list) => list.length > 0);
  }, 180_000);
  afterAll(() => client.stop());

  it('names the document owner where no field or acting unit answers, everywhere alike', async () => {
    const owners = await expectAgreement(client, files, true);
    expect([...owners]).toEqual([
      ['da/politik/ejerskab.md#E1', 'Familieafdelingen'],
      ['da/politik/ejerskab.md#E2', 'Børne- og Ungeudvalget'],
      ['da/politik/ejerskab.md#E3', 'Myndighedsteamet'],
      ['da/politik/ejerskab.md#E4', 'Børne- og Ungeudvalget'],
    ]);
  });
});
