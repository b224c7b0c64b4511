// One owner of the server's document state, over a real stdio connection: a request sees every
// edit sent before it, in any open document, without waiting for the findings to be published;
// closing an edited document without saving puts its file's state back, for it and for the
// documents that read it; a burst of edits is published once per document, in its final state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { fixtureDir, LspTestClient } from './lsp-client.ts';

const at = (client: LspTestClient, name: string, search: string, delta = 0) => ({ textDocument: { uri: client.uri(name) }, position: client.position(name, search, delta) });
const where = (client: LspTestClient, locations: Location[]) =>
  locations.map((location) => `${location.uri.slice(client.uri('').length + 1)}:${location.range.start.line + 1}:${location.range.start.character + 1}-${location.range.end.character + 1}`).sort();
/** Findings of unknown goal references in serviceniveau.md (SN2 names a goal M3 the policy lacks: one is always there). */
const unknownRefs = (client: LspTestClient) => client.diagnostics('serviceniveau.md').filter((diagnostic) => diagnostic.code === 'implements-unknown').length;
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the server state seen by requests', { timeout: 120_000 }, () => {
  let client: LspTestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  async function started(): Promise<LspTestClient> {
    client = await LspTestClient.start();
    await client.open('politik.md');
    await client.open('serviceniveau.md');
    await client.waitFor('serviceniveau.md', (_list, params) => params?.version === 1);
    await client.waitFor('politik.md', (_list, params) => params?.version === 1);
    return client;
  }

  it('answers a definition on a document with the edit just sent to the document it reads', async () => {
    const client = await started();
    // The goal moves two lines down: the reference in the other document must find it there at once.
    await client.replace('politik.md', '## Mål\n', '## Mål\n\nMålene gælder hele perioden.\n');
    const moved = await client.request<Location[]>('textDocument/definition', at(client, 'serviceniveau.md', 'Udmønter: M1', 10));
    expect(where(client, moved)).toEqual(['politik.md:26:5-7']);
  });

  it('answers a hover on a document with the edit just sent to the document it reads', async () => {
    const client = await started();
    await client.replace('politik.md', '### M1 Flere anbragte', '### M1 Alle anbragte');
    const hover = await client.request<Hover>('textDocument/hover', at(client, 'serviceniveau.md', 'Udmønter: M1', 10));
    expect((hover.contents as MarkupContent).value.split('\n')[0]).toBe('**M1 Alle anbragte børn gennemfører folkeskolen**');
  });

  it('answers code actions on a document with the findings the edit just sent to the document it reads gives it', async () => {
    const client = await started();
    // The goal gets another ID: the reference to M1 is now unknown, and its quick fix offers the new ID.
    await client.replace('politik.md', '### M1 ', '### M4 ');
    const reference = at(client, 'serviceniveau.md', 'Udmønter: M1', 10);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: reference.textDocument,
      range: { start: reference.position, end: reference.position },
      context: { diagnostics: [] },
    });
    expect(actions.map((action) => action.title)).toContain('Skift til "M4"');
  });

  it('puts back the file of a document closed without saving, for it and for the documents that read it', async () => {
    const client = await started();
    const before = { politik: client.diagnostics('politik.md'), serviceniveau: client.diagnostics('serviceniveau.md') };
    expect(unknownRefs(client)).toBe(1);
    const version = await client.replace('politik.md', '### M1 ', '### M7 ');
    await client.waitFor('politik.md', (_list, params) => params?.version === version);
    await client.waitFor('serviceniveau.md', () => unknownRefs(client) === 2);

    await client.close('politik.md');
    await client.waitFor('serviceniveau.md', () => unknownRefs(client) === 1);
    expect(client.diagnostics('serviceniveau.md')).toEqual(before.serviceniveau);
    // The closed file's own findings are those of the file on disk (published without a version: it is not open).
    await client.waitFor('politik.md', (_list, params) => params?.version === undefined);
    expect(client.diagnostics('politik.md')).toEqual(before.politik);
    const definition = await client.request<Location[]>('textDocument/definition', at(client, 'serviceniveau.md', 'Udmønter: M1', 10));
    expect(where(client, definition)).toEqual(['politik.md:24:5-7']);
  });

  it('publishes a burst of edits once per document, in the final state', async () => {
    const client = await started();
    await settle();
    client.takePublishCounts();
    const original = readFileSync(join(fixtureDir, 'politik.md'), 'utf8');
    const uri = client.uri('politik.md');
    // Ten edits the server reads at once (a paste, a formatter, keys typed while it was busy); the last one renames M1.
    const messages = Array.from({ length: 10 }, (_, i) => ({
      method: 'textDocument/didChange',
      params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: original.replace('### M1 ', i % 2 === 0 && i !== 9 ? '### M1 ' : '### M9 ') }] },
    }));
    client.writeTogether(messages);
    await client.waitFor('politik.md', (_list, params) => params?.version === 11);
    await client.waitFor('serviceniveau.md', () => unknownRefs(client) === 2);
    await settle();
    expect(client.takePublishCounts()).toEqual({ 'politik.md': 1, 'serviceniveau.md': 1 });
  });
});
