// The edit → diagnostics path of the server: what it publishes after edits, with the analysis and
// readability caches warm, equals what a fresh server publishes for the same text; a burst of
// edits costs about one pass (there is no debounce to coalesce them, the flush lets queued edits in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDocument, policyDocument } from '../bench/generate.mjs';
import { LspTestClient } from '../test/server/lsp-client.ts';

const POLICY = policyDocument(12);
const LONG = longDocument(400);

describe('server edits with warm caches', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files: { 'politik.md': POLICY, 'lang.md': LONG } });
    await client.open('politik.md', POLICY);
    await client.open('lang.md', LONG);
    await client.waitFor('politik.md', (_list, params) => params?.version === 1);
    await client.waitFor('lang.md', (_list, params) => params?.version === 1);
  }, 120_000);
  afterAll(() => client.stop());

  /** Diagnostics a new server publishes for `text` as a file on disk. */
  async function fresh(name: string, text: string) {
    const other = await LspTestClient.start({ files: { [name]: text } });
    try {
      return await other.waitFor(name, (_list, params) => params !== undefined);
    } finally {
      await other.stop();
    }
  }

  it('publishes after an edit, an undo and an edit of another goal what a fresh server publishes', async () => {
    const statements = [...POLICY.matchAll(/^Andelen .*$|^.*stiger fra.*$/gm)].map((match) => match[0]);
    expect(statements.length).toBeGreaterThan(2);
    const steps: Array<[string, string]> = [
      [statements[0]!, 'Vi vil styrke trivslen blandt børn og unge.'],
      ['Vi vil styrke trivslen blandt børn og unge.', statements[0]!],
      [statements[2]!, `${statements[2]} Så vidt muligt skal flere unge i uddannelse.`],
    ];
    for (const [search, replacement] of steps) {
      const version = await client.replace('politik.md', search, replacement);
      const published = await client.waitFor('politik.md', (_list, params) => params?.version === version);
      expect(published).toEqual(await fresh('politik.md', client.text('politik.md')));
    }
  });

  it('publishes after edits in the middle of a long document what a fresh server publishes', async () => {
    const lines = LONG.split('\n');
    const middle = lines.findIndex((line, i) => i > lines.length / 2 && /\p{L}{4}/u.test(line) && !line.startsWith('#') && !line.startsWith('-') && !line.startsWith('|'));
    const line = lines[middle]!;
    for (const [search, replacement] of [
      [line, `${line} Kommunalbestyrelsens sammenhængende helhedsorienterede indsatser koordineres tværfagligt og løbende.`],
      [`${line} Kommunalbestyrelsens`, `${line}\n\nKort. Kommunalbestyrelsens`],
    ] as const) {
      const version = await client.replace('lang.md', search, replacement);
      const published = await client.waitFor('lang.md', (_list, params) => params?.version === version);
      expect(published).toEqual(await fresh('lang.md', client.text('lang.md')));
    }
  });

  it('lints a burst of edits about once, and publishes the last version', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.takePublishCounts();
    // An edit of the long document starts a pass; ten edits written meanwhile (as keys typed
    // during the pass, or a paste, or a formatter) queue up behind it.
    let version = 0;
    const sends: Array<Promise<number>> = [client.replace('lang.md', '\n#', '\n\n#')];
    for (let i = 0; i < 10; i++) sends.push(client.replace('politik.md', '## Mål', i % 2 === 0 ? '## Mål ' : '## Mål'));
    for (const sent of sends) version = await sent;
    await client.waitFor('politik.md', (_list, params) => params?.version === version);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.takePublishCounts()['politik.md']).toBeLessThanOrEqual(3);
  });
});
