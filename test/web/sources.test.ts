// lintSources, the browser engine's entry, on files held in memory: the configuration among them
// sets up the run as the project's does for the CLI; a broken one is reported and the defaults
// apply; findingViews gives each finding in the page's language with the goal's SMART card and
// the rewrite. (Run here from the sources; test/web/engine.test.ts runs the bundle in Chromium.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingViews, jsonReport, LintSession, lintSources } from '../../web/engine.ts';

const root = join(import.meta.dirname, '..', '..');

const policy = (id: string, goal: string) => `---
id: ${id}
type: policy
title: Policy
owner: Children's Committee
adopted: 2025-02-04
adopted-by: Borough Council
review: 2028-01-31
lang: en
---

# Policy

## Goals

### G1 Support

${goal}
`;

describe('lintSources', () => {
  it('takes the project from the configuration nearest the top: its folder is linted, files outside it are not', () => {
    const result = lintSources(
      [
        { path: 'repo/.govlint.yaml', text: 'ignore:\n  - drafts/**\nrules:\n  readability: off\n' },
        { path: 'repo/policy.md', text: policy('p', 'We will work towards better support for families.') },
        { path: 'repo/drafts/old.md', text: policy('old', 'We will support families.') },
        { path: 'elsewhere/other.md', text: policy('other', 'We will support families.') },
      ],
      { today: '2026-01-10' },
    );
    expect(result.configFile).toBe('repo/.govlint.yaml');
    expect(result.files).toBe(1);
    expect(new Set(result.diagnostics.map((diagnostic) => diagnostic.file))).toEqual(new Set(['repo/policy.md']));
    expect(result.diagnostics.some((diagnostic) => diagnostic.rule === 'readability')).toBe(false);
    expect(JSON.parse(jsonReport(result))).toMatchObject({ version: 1, documents: 1, files: 1 });
  });

  it('reports a configuration it cannot use, with its line, and lints with the defaults', () => {
    const result = lintSources([
      { path: '.govlint.yaml', text: 'rules:\n  vague-goa: off\n' },
      { path: 'policy.md', text: policy('p', 'We will work towards better support for families.') },
    ]);
    expect(result.configError).toMatch(/^\.govlint\.yaml:2:3: unknown rule "vague-goa" in "rules" \(did you mean "vague-goal"\?\)/);
    expect(result.diagnostics.some((diagnostic) => diagnostic.rule === 'vague-goal')).toBe(true);
  });

  it("gives a vague goal's finding in either language with its SMART card and a rewrite", () => {
    const result = lintSources([{ path: 'policy.md', text: policy('p', 'We will work towards better support for families.') }], { today: '2026-01-10' });
    for (const lang of ['da', 'en'] as const) {
      const vague = findingViews(result, 'policy.md', lang).find((view) => view.rule === 'vague-goal')!;
      expect(vague.goal).toBe('G1');
      expect(vague.message).toBe(result.diagnostics.find((diagnostic) => diagnostic.rule === 'vague-goal')!.messages[lang]);
      expect(vague.smart?.lines.map((line) => `${line.letter}${line.met === false ? '✗' : ''}`)).toEqual(['S✗', 'M✗', 'A', 'R', 'T✗']);
      expect(vague.rewrites.length).toBeGreaterThan(0);
      expect(vague.rewrites[0]!.text).toContain('[');
    }
  });
});

describe('LintSession', () => {
  it('after an edit to one file gives what a fresh run gives, the other files reused', () => {
    const session = new LintSession();
    const files = [
      { path: 'a.md', text: policy('a', 'We will work towards better support for families.') },
      { path: 'b.md', text: policy('b', 'The share of families helped within 10 days rises from 40 % to 60 % by 31 December 2027.') },
    ];
    const first = session.lint(files, { today: '2026-01-10' });
    expect(first.diagnostics).toEqual(lintSources(files, { today: '2026-01-10' }).diagnostics);
    // b.md now names a.md's id: a.md's findings change (a duplicate id is cross-file), and b.md's own.
    const edited = [files[0]!, { path: 'b.md', text: files[1]!.text.replace('id: b', 'id: a') }];
    const second = session.lint(edited, { today: '2026-01-10' });
    expect(second.diagnostics).toEqual(lintSources(edited, { today: '2026-01-10' }).diagnostics);
    expect(second.diagnostics.filter((diagnostic) => diagnostic.rule === 'id-duplicate').map((diagnostic) => diagnostic.file)).toEqual(['a.md', 'b.md']);
    // The unchanged file's document is the one parsed before.
    expect(second.workspace.get('a.md')).toBe(first.workspace.get('a.md'));
    expect(second.workspace.get('b.md')).not.toBe(first.workspace.get('b.md'));
    // Another date: everything is checked again.
    expect(session.lint(edited, { today: '2029-01-10' }).workspace.get('a.md')).not.toBe(first.workspace.get('a.md'));
  });
});

describe('lintSources on bytes', () => {
  it("reads a file's bytes as the CLI reads the file: one that is not UTF-8 (a Word export in Windows-1252) is reported, as the CLI reports it", () => {
    const work = mkdtempSync(join(tmpdir(), 'govlint-bytes-'));
    try {
      const latin1 = new TextEncoder().encode(policy('p', 'Vi vil styrke trivslen.')); // ASCII so far
      latin1[latin1.indexOf(0x43)] = 0xf8; // an "ø" as Windows-1252 writes it, in place of the first "C"
      writeFileSync(join(work, 'politik.md'), latin1);
      writeFileSync(join(work, '.govlint.yaml'), 'lang: da\n');
      const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '.', '--format', 'json', '--today', '2026-01-10'], { cwd: work, encoding: 'utf8' });
      const result = lintSources(
        [
          { path: 'politik.md', bytes: latin1 },
          { path: '.govlint.yaml', bytes: new TextEncoder().encode('lang: da\n') },
        ],
        { today: '2026-01-10' },
      );
      expect(jsonReport(result)).toBe(cli.stdout);
      expect(result.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['internal-error']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
