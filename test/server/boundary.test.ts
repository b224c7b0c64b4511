// The workspace boundary in the language server (over stdio): no file outside the workspace
// folder is read — not by `include` globs that climb out, not through a linked folder, and not
// through a watched-file event on a symbolic link (the rule loading the workspace applies too).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client.ts';

const policy = (id: string, owner = 'Udvalget') => `---\nid: ${id}\ntype: politik\ntitle: ${id}\nowner: ${owner}\nreview: 2028-01-01\n---\n# ${id}\n`;

let outside: string;
let client: LspTestClient | undefined;

function makeOutside(): string {
  outside = mkdtempSync(join(tmpdir(), 'govlint-outside-'));
  writeFileSync(join(outside, 'secret.md'), policy('hemmelig'));
  return outside;
}

afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(outside, { recursive: true, force: true });
});

/** Everything the server shows of the workspace must stay inside its folder and never mention the outside document. */
async function expectNothingOutside(client: LspTestClient, inside = true): Promise<void> {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
  if (inside) expect(symbols.length).toBeGreaterThan(0);
  for (const symbol of symbols) expect(symbol.location.uri.startsWith(client.uri('')), symbol.location.uri).toBe(true);
  expect(symbols.map((symbol) => symbol.name)).not.toContain('hemmelig');
  const hierarchy = JSON.stringify(await client.request('govlint/hierarchy', {}));
  if (inside) expect(hierarchy).toContain('inde');
  expect(hierarchy).not.toContain('hemmelig');
  for (const [uri, params] of client.published) {
    if (!uri.startsWith(client.uri(''))) expect(params.diagnostics, uri).toEqual([]);
    if (uri.includes('secret') || uri.includes('link')) expect(params.diagnostics, uri).toEqual([]);
  }
}

describe('the workspace boundary in the language server', { timeout: 60_000 }, () => {
  it('refuses include globs that reach outside the workspace and says which pattern', async () => {
    const escaping = `../${basename(makeOutside())}/*.md`;
    client = await LspTestClient.start({ files: { '.govlint.yaml': `include:\n  - "**/*.md"\n  - "${escaping}"\n`, 'inside.md': policy('inde') } });
    await client.waitFor('inside.md', (_list, params) => params !== undefined);
    expect(client.logs.join('\n')).toContain(`"include.1": the pattern "${escaping}" reaches outside the project folder, and govlint reads no file outside it`);
    await expectNothingOutside(client);
  });

  it('does not read files in a linked folder named in include', async () => {
    makeOutside();
    // A glob that starts in the linked folder: the search would begin there, behind the link.
    client = await LspTestClient.start({
      files: { '.govlint.yaml': 'include:\n  - "linked/*.md"\n', 'inside.md': policy('inde') },
      prepare: (dir) => symlinkSync(outside, join(dir, 'linked')),
    });
    await client.open('inside.md');
    await client.waitFor('inside.md', (_list, params) => params !== undefined);
    expect(client.logs.join('\n')).not.toContain('include');
    await expectNothingOutside(client, false);
  });

  it('does not read through a symbolic link on a watched-file event, as loading does not', async () => {
    makeOutside();
    client = await LspTestClient.start({ files: { 'inside.md': policy('inde') } });
    await client.waitFor('inside.md', (_list, params) => params !== undefined);
    symlinkSync(join(outside, 'secret.md'), join(client.dir, 'link.md'));
    symlinkSync(outside, join(client.dir, 'linked'));
    // The real file changes too: once its new findings are out, the events before it were handled.
    client.write('inside.md', policy('inde', ''));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: client.uri('link.md'), type: 1 },
        { uri: client.uri('linked/secret.md'), type: 1 },
        { uri: client.uri('inside.md'), type: 2 },
      ],
    });
    await client.waitFor('inside.md', (list) => list.some((d) => d.code === 'frontmatter-invalid'));
    expect(client.published.has(client.uri('link.md'))).toBe(false);
    expect(client.published.has(client.uri('linked/secret.md'))).toBe(false);
    await expectNothingOutside(client);
  });
});
