// One SMART scorecard: the editor's hover, its code lens and the HTML report judge every goal of
// the bundled samples the same way (engine/analysis/smart-card.ts), letter by letter, over a real
// stdio connection to the language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { buildReport } from '../../cli/report/run.ts';
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

/** Goals with an ID in a heading: [file, heading line text]. */
function goalHeadings(files: Record<string, string>): Array<{ file: string; heading: string; id: string }> {
  const goals: Array<{ file: string; heading: string; id: string }> = [];
  for (const [file, text] of Object.entries(files)) {
    for (const match of text.matchAll(/^(#{2,6} ([A-ZÆØÅ]+[-.]?\d+(?:\.\d+)*)\b.*)$/gmu)) goals.push({ file, heading: match[1]!, id: match[2]! });
  }
  return goals;
}

describe('one SMART scorecard in the hover, the code lens and the report', { timeout: 180_000 }, () => {
  const files = sampleFiles(samplesDir);
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files });
    for (const file of new Set(goalHeadings(files).map((goal) => goal.file))) await client.open(file);
    await client.waitFor('da/politik/boerne-og-ungepolitik.md', (list) => list.length > 0);
  }, 180_000);
  afterAll(() => client.stop());

  it('agrees on every goal of the samples', async () => {
    const { model } = await buildReport({ paths: ['.'], today: TODAY }, client.dir);
    const goals = goalHeadings(files);
    expect(goals.length).toBeGreaterThan(25);
    const mark = { pass: '✓', fail: '✗', unchecked: '–' } as const;
    for (const goal of goals) {
      const reported = model.goals.find((entry) => entry.key === `${goal.file}#${goal.id}`);
      expect(reported, `${goal.file} ${goal.id} in the report`).toBeDefined();
      const expected = (['S', 'M', 'A', 'R', 'T'] as const).map((letter) => `${mark[reported!.scorecard[letter]]}${letter}`);
      const met = (['S', 'M', 'A', 'R', 'T'] as const).filter((letter) => reported!.scorecard[letter] === 'pass').length;

      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: client.uri(goal.file) },
        position: client.position(goal.file, goal.heading, goal.heading.indexOf(goal.id)),
      });
      const lines = (hover.contents as MarkupContent).value.split('\n');
      expect(lines[0], `${goal.file} ${goal.id} hover title`).toMatch(new RegExp(`— SMART ${met}/5$`));
      const letters = lines.filter((line) => /^- [✓✗–] \*\*[SMART]\*\*/.test(line)).map((line) => `${line[2]}${line.slice(6, 7)}`);
      expect(letters, `${goal.file} ${goal.id} hover letters`).toEqual(expected);

      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(goal.file) } });
      const line = client.position(goal.file, goal.heading).line;
      const lens = lenses.find((entry) => entry.range.start.line === line);
      expect(lens?.command?.title, `${goal.file} ${goal.id} code lens`).toMatch(new RegExp(`SMART ${met}/5$`));
    }
  });
});
