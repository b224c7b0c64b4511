// Cancellation, failures that must not take the server down, and a clean shutdown/exit.
import { describe, expect, it } from 'vitest';
import type { Hover, SymbolInformation } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client.ts';

describe('server lifecycle', { timeout: 120_000 }, () => {
  it('answers a cancelled request with RequestCancelled, survives hostile input, and exits cleanly', { timeout: 120_000 }, async () => {
    const goals = Array.from({ length: 600 }, (_, i) => `### M${i + 1} Mål nummer ${i + 1}\nVi vil styrke noget.\n\n- Udmønter: X${i}\n`).join('\n');
    const client = await LspTestClient.start({
      files: {
        'stor.md': `---\nid: stor\ntype: policy\ntitle: Stor\nowner: Udvalget\nreview: 2028-01-01\n---\n# Stor\n\n## Mål\n\n${goals}`,
        'binaer.md': '\u0000\u0001\u0002 binær',
        'lille.md': '---\nid: lille\ntype: service-level\nparent: stor\ntitle: Lille\nowner: Afd\nreview: 2027-01-01\n---\n# Lille\n\n### L1 Trin\n- Udmønter: M1\n',
      },
    });
    try {
      await client.waitFor('lille.md', () => client.published.has(client.uri('lille.md')), 30_000);
      // Cancelled before the server gets to it: the request and its $/cancelRequest arrive in one
      // write, so the server reads both before it dispatches the request. (Sent apart, a fast server
      // may answer before the cancellation arrives: a race, not a fault.)
      const answer = client.rawResponse('cancelled-early');
      client.writeTogether([
        { id: 'cancelled-early', method: 'workspace/symbol', params: { query: 'M' } },
        { method: '$/cancelRequest', params: { id: 'cancelled-early' } },
      ]);
      expect((await answer).error).toMatchObject({ code: -32800 });
      // A cancellation that comes too late is harmless: the answer stands.
      const late = client.rawResponse('cancelled-late');
      client.writeTogether([{ id: 'cancelled-late', method: 'workspace/symbol', params: { query: 'M1' } }]);
      expect(((await late).result as SymbolInformation[]).length).toBeGreaterThan(0);
      client.writeTogether([{ method: '$/cancelRequest', params: { id: 'cancelled-late' } }]);
      // A big request still answers within its budget (possibly partial) and the server stays up.
      const started = Date.now();
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
      expect(symbols.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      // Requests on files the server cannot parse, positions out of range, unknown documents: empty answers, no crash.
      await client.open('binaer.md', '\u0000\u0001 binær');
      expect(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri('binaer.md') }, position: { line: 99, character: 99 } })).toBeNull();
      expect(await client.request('textDocument/definition', { textDocument: { uri: client.uri('findes-ikke.md') }, position: { line: 0, character: 0 } })).toEqual([]);
      expect(await client.request('textDocument/codeLens', { textDocument: { uri: 'untitled:Untitled-1' } })).toEqual([]);
      // A file opened from outside the workspace folder is linted while open.
      const outside = `../govlint-udenfor-${process.pid}.md`;
      await client.open(outside, '# Udenfor\n\n## Mål\n\n### U1 Noget\nTekst.\n');
      await client.waitFor(outside, (list) => list.some((d) => d.code === 'frontmatter-missing'), 30_000);
      await client.close(outside);
      await client.waitFor(outside, (list) => list.length === 0, 30_000);
      expect(client.exited).toBeUndefined();
    } finally {
      // shutdown, then exit: the process ends with status 0.
      expect(await client.request('shutdown', null)).toBeNull();
      const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
      await client.connection.sendNotification('exit');
      expect(await exited).toBe(0);
      await client.stop();
    }
  });
});
