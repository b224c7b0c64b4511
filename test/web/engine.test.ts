// The browser build of the engine (dist/web/engine.js) in headless Chromium: loaded as a module
// by a page that can reach nothing else, it lints the samples held in memory and must print
// exactly what the CLI prints for them (`govlint samples --format json`, run here). And the build
// itself: a Node builtin on the browser path does not bundle. Word documents given as bytes, beside
// a Markdown policy, give the CLI's JSON too, every finding with its paragraph location.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOptions } from '../../web/build.mjs';
import { lintSources } from '../../web/engine.ts';
import { guidelineWithMetadataTable, MARKDOWN_POLICY, policyWithGoalHeadings, policyWithNumberedGoals, qualityStandardWithTimeLimits } from '../support/word-fixtures.ts';
import { dist, filesUnder, launch, openEngineTab, root, skipBrowser } from './support.ts';

const TODAY = '2026-11-23';

describe('the browser bundles', () => {
  it('refuse a Node builtin on their path: the browser build fails on `node:fs`, `path` and `worker_threads`', async () => {
    const work = mkdtempSync(join(tmpdir(), 'govlint-web-build-'));
    try {
      for (const builtin of ['node:fs', 'path', 'worker_threads']) {
        const entry = join(work, 'entry.ts');
        writeFileSync(entry, `import * as platform from '${builtin}';\nexport const used = Object.keys(platform).length;\n`);
        await expect(esbuild.build({ ...browserOptions('0.0.0-test'), logLevel: 'silent', entryPoints: [entry], write: false, format: 'esm' })).rejects.toThrow(/Could not resolve/);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('hold no Node builtin: no import or require of one in engine.js, server.js or the page', () => {
    for (const bundle of ['engine.js', 'server.js', 'index.html']) {
      const text = readFileSync(join(dist, bundle), 'utf8');
      expect(text, bundle).not.toMatch(/\b(?:require\(|from\s*|import\(\s*)["'](?:node:[\w/]+|fs|path|url|os|worker_threads|child_process|crypto|v8|vm|zlib)["']/);
    }
  });
});

describe.skipIf(skipBrowser)('the browser engine in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("gives the CLI's JSON diagnostics for the samples, byte for byte, loading nothing from the network", async () => {
    const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'samples', '--format', 'json', '--today', TODAY], { cwd: root, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    const expected = cli.stdout;
    expect((JSON.parse(expected) as { diagnostics: unknown[] }).diagnostics.length).toBeGreaterThan(20);

    const { context, tab, errors, refused } = await openEngineTab(browser);
    const files = filesUnder(join(root, 'samples'), root);
    const actual = await tab.evaluate(
      ({ files, today }) => {
        const engine = (globalThis as unknown as { govlint: typeof import('../../web/engine.ts') }).govlint;
        return engine.jsonReport(engine.lintSources(files, { today }));
      },
      { files, today: TODAY },
    );
    expect(actual).toBe(expected);
    // The configuration's errors, worded by its schema (the bundle keeps zod's English messages only).
    const configError = await tab.evaluate(() => {
      const engine = (globalThis as unknown as { govlint: typeof import('../../web/engine.ts') }).govlint;
      return engine.lintSources([{ path: '.govlint.yaml', text: 'lang: fr\nreadability: { maxLix: high }\n' }]).configError;
    });
    expect(configError).toBe(lintSources([{ path: '.govlint.yaml', text: 'lang: fr\nreadability: { maxLix: high }\n' }]).configError);
    expect(configError).toMatch(/^\.govlint\.yaml:1:7: "lang": expected one of "da"\|"en"$/);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
  it("gives the CLI's JSON for Word documents beside a Markdown policy, byte for byte, each finding with its paragraph", async () => {
    // The CLI's test set: a Word service level whose parent is the Markdown policy, three more Word documents, and Word's lock file.
    const work = mkdtempSync(join(tmpdir(), 'govlint-web-word-'));
    try {
      const files: Record<string, Uint8Array> = {
        'boernepolitik.md': new TextEncoder().encode(MARKDOWN_POLICY),
        'early-help.docx': await policyWithNumberedGoals(),
        'kvalitetsstandard.docx': await qualityStandardWithTimeLimits(),
        'politik.docx': await policyWithGoalHeadings(),
        'retningslinje.docx': await guidelineWithMetadataTable(),
        '~$politik.docx': new TextEncoder().encode('Jens Hansen'),
      };
      mkdirSync(join(work, '.git'));
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, name), bytes);
      const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', '--today', TODAY], { cwd: work, encoding: 'utf8' });
      expect(cli.stderr).toBe('');
      const expected = cli.stdout;
      const diagnostics = (JSON.parse(expected) as { diagnostics: Array<{ file: string; rule: string; location?: { paragraph?: number; headings: string[] } }> }).diagnostics;
      expect(diagnostics.find((d) => d.file === 'politik.docx' && d.rule === 'vague-goal')?.location).toMatchObject({ paragraph: 14, headings: ['Mål', 'M2 Styrket trivsel'] });
      // The service level finds its Markdown parent: no finding on either.
      expect(diagnostics.filter((d) => d.file === 'kvalitetsstandard.docx' || d.file === 'boernepolitik.md')).toEqual([]);

      const { context, tab, errors, refused } = await openEngineTab(browser);
      const given = Object.entries(files).map(([path, bytes]) => ({ path, bytes: [...bytes] }));
      const actual = await tab.evaluate(
        ({ given, today }) => {
          const engine = (globalThis as unknown as { govlint: typeof import('../../web/engine.ts') }).govlint;
          const result = engine.lintSources(
            given.map(({ path, bytes }) => ({ path, bytes: new Uint8Array(bytes) })),
            { today },
          );
          const vague = engine.findingViews(result, 'politik.docx', 'da').find((view) => view.rule === 'vague-goal');
          return { json: engine.jsonReport(result), vague, text: engine.lintedText(result, 'politik.docx') };
        },
        { given, today: TODAY },
      );
      expect(actual.json).toBe(expected);
      // The page's view of the finding: the CLI's stylish mark and words, and offsets into the converted text.
      expect(actual.vague?.paragraph).toEqual({ mark: '¶14', where: 'afsnit 14 i Mål › M2 Styrket trivsel: »Vi vil styrke trivslen blandt børn og unge.«' });
      expect(actual.text?.slice(actual.vague!.start, actual.vague!.end)).toMatch(/styrke/);
      expect(errors).toEqual([]);
      expect(refused).toEqual([]);
      await context.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
