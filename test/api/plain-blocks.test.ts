// Plain paragraphs and headings are built without the Markdown tokenizer (engine/parse/plain-blocks.ts).
// Linting a generated workspace of each benchmark shape with and without that path must print the
// same JSON report, byte for byte.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeWorkspace } from '../../bench/generate.mjs';
import { SHAPES, generateCorpus } from '../../bench/shapes.mjs';
import { formatJson } from '../../cli/formatters/json.ts';
import { createLinter } from '../../engine/api/index.ts';
import { setPlainBlocks } from '../../engine/parse/markdown.ts';
import { findPlainBlocks } from '../../engine/parse/plain-blocks.ts';

const TODAY = '2026-11-23';

/** The JSON report of the workspace in `dir`, linted on this thread (where the switch applies). */
async function report(dir: string, plainBlocks: boolean): Promise<string> {
  setPlainBlocks(plainBlocks);
  try {
    const result = await createLinter({ cwd: dir, today: TODAY, concurrency: 1 }).lintFiles(['.']);
    return formatJson({ ...result, files: 0, rules: [] }, { lang: 'da', color: false, suggest: false, cwd: dir });
  } finally {
    setPlainBlocks(true);
  }
}

const workspaces: Array<[string, () => Array<[string, string]>]> = [
  ...SHAPES.map((shape): [string, () => Array<[string, string]>] => [`${shape} shape`, () => generateCorpus(shape, 40, 5)]),
  ['generated project of 120 documents', () => generateWorkspace(120, 23)],
];

describe.each(workspaces)('a %s', { timeout: 180_000 }, (_name, files) => {
  let dir: string;
  let plainBlocks = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govlint-plain-blocks-'));
    const written = files();
    writeWorkspace(dir, written);
    plainBlocks = written.reduce((sum, [, text]) => sum + findPlainBlocks(text).length, 0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gets the same JSON report with plain blocks built directly as with every block tokenized', async () => {
    expect(plainBlocks).toBeGreaterThan(100);
    const tokenized = await report(dir, false);
    expect((JSON.parse(tokenized) as { diagnostics: unknown[] }).diagnostics.length).toBeGreaterThan(40);
    expect(await report(dir, true)).toBe(tokenized);
  });
});
