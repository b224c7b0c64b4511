// The page side of the web server test: starts dist/web/server.js as a Web Worker and talks LSP to
// it over the worker's message channel, as VS Code's web extension host does. It answers the
// server's requests for the workspace's files from the files the test gives, and keeps what the
// server publishes. Bundled for the browser by the test (test/web/server.test.ts).
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/browser';

declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];

export interface LspPage {
  connection: MessageConnection;
  /** URI → the last diagnostics published for it. */
  published: Map<string, unknown[]>;
  /** Requests the server sent, by method. */
  asked: string[];
}

function start(url: string, files: Array<{ uri: string; text: string }>): LspPage {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the port's type names DOM types, which this Node-typed project does not load
  const worker = new Worker(url);
  const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  const published = new Map<string, unknown[]>();
  const asked: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
    published.set(params.uri, params.diagnostics);
  });
  connection.onRequest('govlint/workspaceFiles', () => (asked.push('govlint/workspaceFiles'), { files }));
  connection.onRequest('govlint/readFile', (params: { uri: string }) => (asked.push('govlint/readFile'), files.find((file) => file.uri === params.uri) ?? null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  return { connection, published, asked };
}

(globalThis as unknown as { govlintLsp: { start: typeof start } }).govlintLsp = { start };
