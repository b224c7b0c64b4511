// The LSP lifecycle over a real stdio connection: requests before `initialize` and after
// `shutdown` are refused with the codes the protocol names, and the memory a 20 MB document
// took is given back when it is closed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { LspTestClient, serverPath } from './lsp-client.ts';

interface RpcError {
  code: number;
  message: string;
}

async function errorOf(promise: Promise<unknown>): Promise<RpcError | 'answered'> {
  try {
    await promise;
    return 'answered';
  } catch (error) {
    return { code: (error as RpcError).code, message: (error as RpcError).message };
  }
}

/** A bare connection to the server, before anything is sent. */
function connect(): { connection: MessageConnection; exited: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { connection, exited, kill: () => child.kill() };
}

const hoverParams = { textDocument: { uri: 'file:///nowhere/a.md' }, position: { line: 0, character: 0 } };

describe('the LSP lifecycle', { timeout: 60_000 }, () => {
  it('answers requests before initialize with ServerNotInitialized (-32002), then serves normally', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-lifecycle-'));
    const { connection, exited, kill } = connect();
    try {
      const timeout = new Promise<RpcError>((resolve) => setTimeout(() => resolve({ code: 0, message: 'no answer within 5 s' }), 5000));
      for (const [method, params] of [
        ['workspace/symbol', { query: '' }],
        ['textDocument/hover', hoverParams],
        ['govlint/hierarchy', {}],
        ['shutdown', null],
      ] as const) {
        const error = await Promise.race([errorOf(connection.sendRequest(method, params)), timeout]);
        expect(error, method).toMatchObject({ code: -32002 });
      }
      const uri = pathToFileURL(dir).href;
      const result = await connection.sendRequest<{ capabilities: object }>('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} });
      expect(result.capabilities).toBeDefined();
      await connection.sendNotification('initialized', {});
      expect(await connection.sendRequest('workspace/symbol', { query: 'x' })).toEqual([]);
      // A second initialize is a protocol error too.
      expect(await errorOf(connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }))).toMatchObject({ code: -32600 });
      expect(await connection.sendRequest('shutdown', null)).toBeNull();
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers requests after shutdown with InvalidRequest (-32600) and still exits cleanly', async () => {
    const client = await LspTestClient.start({ files: { 'a.md': '---\nid: a\ntype: policy\ntitle: A\nowner: Udvalget\nreview: 2028-01-01\n---\n# A\n' } });
    try {
      await client.waitFor('a.md', (_list, params) => params !== undefined);
      expect(await client.request('shutdown', null)).toBeNull();
      for (const [method, params] of [
        ['workspace/symbol', { query: '' }],
        ['textDocument/hover', hoverParams],
        ['govlint/hierarchy', {}],
        ['shutdown', null],
      ] as const) {
        expect(await errorOf(client.request(method, params)), method).toMatchObject({ code: -32600 });
      }
      const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
      await client.connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      await client.stop();
    }
  });

  // The probe answers a signal: POSIX only.
  it.runIf(process.platform !== 'win32')('gives back the memory of a closed 20 MB document by itself', { timeout: 180_000 }, async () => {
    const probe = join(import.meta.dirname, 'heap-probe.cjs');
    const client = await LspTestClient.start({
      files: { 'a.md': '---\nid: a\ntype: policy\ntitle: A\nowner: Udvalget\nreview: 2028-01-01\n---\n# A\n' },
      nodeArgs: ['--require', probe],
    });
    const mb = (bytes: number) => bytes / 1024 / 1024;
    /** The server's heap and RSS in MB, as it is (the probe collects nothing). */
    const measure = async (): Promise<{ heap: number; rss: number }> => {
      const seen = client.stderr.join('').split('heap-probe ').length;
      client.process.kill('SIGUSR2');
      for (let waited = 0; client.stderr.join('').split('heap-probe ').length === seen; waited += 50) {
        if (waited > 10_000) throw new Error('the heap probe did not answer');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const last = client.stderr.join('').split('heap-probe ').at(-1)!.split('\n')[0]!;
      const figures = JSON.parse(last) as { heapUsed: number; rss: number };
      return { heap: mb(figures.heapUsed), rss: mb(figures.rss) };
    };
    try {
      await client.waitFor('a.md', (_list, params) => params !== undefined);
      await client.request('workspace/symbol', { query: '' });
      const baseline = await measure();
      const section = (i: number) =>
        `## Afsnit ${i}\n\n### M${i} Flere borgere i job\nAndelen skal stige fra 40 % til 50 % senest 2027-12-31.\n\n- Ansvarlig: Jobcentret\n\n${'Kommunen arbejder med børns trivsel og beskæftigelse – på tværs af forvaltninger. '.repeat(30)}\n\n`;
      const parts = ['---\nid: stor\ntype: policy\ntitle: Stor\nowner: Udvalget\nreview: 2028-01-01\n---\n# Stor\n\n'];
      let size = parts[0]!.length;
      for (let i = 1; size < 20 * 1024 * 1024; i++) {
        parts.push(section(i));
        size += parts[parts.length - 1]!.length;
      }
      await client.open('stor.md', parts.join(''));
      parts.length = 0;
      await client.waitFor('stor.md', (_list, params) => params !== undefined, 120_000);
      // A few edits: each one is a new 20 MB text (two bytes a character: "–" is not Latin-1).
      for (let i = 0; i < 5; i++) await client.replace('stor.md', 'Flere borgere', 'Flere borgere nu');
      await client.request('workspace/symbol', { query: 'M1' });
      const open = await measure();
      await client.close('stor.md');
      await client.waitFor('stor.md', (list) => list.length === 0, 60_000);
      // Idle, as an editor is after closing a file: nothing else makes the server allocate.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const closed = await measure();
      console.log(
        `server memory: baseline heap ${baseline.heap.toFixed(1)} MB, RSS ${baseline.rss.toFixed(0)} MB; ` +
          `20 MB document open: heap ${open.heap.toFixed(1)} MB, RSS ${open.rss.toFixed(0)} MB; ` +
          `2 s after closing it: heap ${closed.heap.toFixed(1)} MB, RSS ${closed.rss.toFixed(0)} MB`,
      );
      // The open document holds at least its text (40 MB as UTF-16).
      expect(open.heap - baseline.heap).toBeGreaterThan(30);
      // Closed, its memory is given back without any other request: the heap is back near the
      // baseline, and RSS far below a retained copy (generous: V8 keeps some pages for reuse).
      expect(closed.heap - baseline.heap).toBeLessThan(10);
      expect(closed.rss - baseline.rss).toBeLessThan(120);
    } finally {
      await client.stop();
    }
  });
});
