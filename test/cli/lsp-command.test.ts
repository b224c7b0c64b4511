// `govlint lsp`: the language server behind the CLI's own command, over a real stdio LSP
// connection: initialize, open a document, get its diagnostics, shut down and exit cleanly.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

let dir: string | undefined;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Published {
  uri: string;
  diagnostics: Array<{ code?: string | number; source?: string }>;
}

describe('govlint lsp', () => {
  it('serves the language server on stdio', async () => {
    dir = mkdtempSync(join(tmpdir(), 'govlint-lsp-command-'));
    cpSync(join(root, 'test', 'fixtures', 'cli-basic'), dir, { recursive: true });
    const child = spawn(process.execPath, [cli, 'lsp'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const file = join(dir, 'politik', 'boernepolitik.md');
    const uri = pathToFileURL(file).href;
    const published = new Promise<Published>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
        if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
      });
    });
    connection.onRequest(() => null);
    connection.listen();
    const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: {},
    });
    expect(result.serverInfo?.name).toBe('govlint');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
    const diagnostics = (await published).diagnostics;
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('missing-owner');
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });
});
