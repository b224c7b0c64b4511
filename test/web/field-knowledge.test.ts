// A project's own field knowledge (`fieldKnowledge` in .govlint.yaml) in the browser build of the
// engine (dist/web/engine.js, where the shipped legal data comes from the bundle, not from disk):
// given the files of test/fixtures/field-knowledge, it prints exactly what the CLI prints for that
// folder, the project's time limit and moved paragraph included; a move to a law nobody defines
// and a `__proto__` paragraph key are refused with the line of the fault, as the CLI refuses them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, launch, openEngineTab, root, skipBrowser } from './support.ts';

const TODAY = '2026-11-23';
const fixture = join(root, 'test', 'fixtures', 'field-knowledge');

type Engine = typeof import('../../web/engine.ts');

describe.skipIf(skipBrowser)('fieldKnowledge in the browser engine (headless Chromium)', () => {
  let browser: Browser;
  let tab: Page;
  let errors: string[] = [];
  let refused: string[] = [];
  beforeAll(async () => {
    browser = await launch();
    ({ tab, errors, refused } = await openEngineTab(browser));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("gives the CLI's JSON for the folder, byte for byte: the project's statutory limit and moved paragraph are reported", async () => {
    const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '.', '--format', 'json', '--today', TODAY], { cwd: fixture, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(1);
    const files = filesUnder(fixture, fixture);
    expect(files.map((file) => file.path)).toEqual(['.govlint.yaml', 'kvalitetsstandard.md']);
    const actual = await tab.evaluate(
      ({ files, today }) => {
        const engine = (globalThis as unknown as { govlint: Engine }).govlint;
        const result = engine.lintSources(files, { today });
        return { json: engine.jsonReport(result), configError: result.configError ?? null };
      },
      { files, today: TODAY },
    );
    expect(actual.configError).toBeNull();
    expect(actual.json).toBe(cli.stdout);
    // Not a vacuous match: the findings only the project's fieldKnowledge gives are there.
    const messages = (JSON.parse(actual.json) as { diagnostics: Array<{ rule: string; message: string }> }).diagnostics.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`);
    expect(messages).toContain(
      'statutory-deadline: Fristen "senest 14 dage" er længere end loven tillader: kommunen skal kunne tilbyde opstart af genoptræning efter udskrivning fra sygehus (ellers kan borgeren vælge en privat leverandør) senest 7 dage (Tjek: sandsynligvis sundhedsloven § 140, stk. 4).',
    );
    expect(messages).toContain('legal-reference-outdated: Serviceloven § 120 gælder ikke længere: siden 1. juli 2025 står bestemmelsen helt eller delvis i ældreloven § 24 — kontrollér henvisningen.');
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('refuses a move to a law nobody defines and a __proto__ paragraph key, with the line of the fault, as the CLI does', async () => {
    const text = readFileSync(join(fixture, '.govlint.yaml'), 'utf8');
    const cases = [
      {
        yaml: text.replace('law: aeldreloven', 'law: aeldrelov'),
        fault: /^\.govlint\.yaml:\d+:\d+: "fieldKnowledge\.legalReferences\.120\.law": no law "aeldrelov" in "fieldKnowledge\.laws" \(known: aeldreloven, barnets-lov\)$/,
      },
      { yaml: text.replace('"120":', '__proto__:'), fault: /^\.govlint\.yaml:\d+:5: "fieldKnowledge\.legalReferences\.__proto__": a key like "50", "155b" or "19\.2"$/ },
    ];
    const work = mkdtempSync(join(tmpdir(), 'govlint-web-field-'));
    try {
      cpSync(fixture, work, { recursive: true });
      for (const { yaml, fault } of cases) {
        expect(yaml).not.toBe(text);
        const browserError = await tab.evaluate(
          (files) => (globalThis as unknown as { govlint: Engine }).govlint.lintSources(files).configError ?? null,
          [
            { path: '.govlint.yaml', text: yaml },
            { path: 'kvalitetsstandard.md', text: readFileSync(join(fixture, 'kvalitetsstandard.md'), 'utf8') },
          ],
        );
        expect(browserError).toMatch(fault);
        // The CLI refuses the same file at the same line and column, for the same fault.
        writeFileSync(join(work, '.govlint.yaml'), yaml);
        const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '.', '--format', 'json'], { cwd: work, encoding: 'utf8' });
        expect(cli.status).toBe(2);
        expect(cli.stderr.trim().endsWith(browserError!)).toBe(true);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
  });
});
