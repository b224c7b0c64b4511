// A small LSP client over a real stdio JSON-RPC connection to dist/server.js, for the server tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const serverPath = join(import.meta.dirname, '..', '..', 'dist', 'server.js');
export const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'server-ws');
export const TODAY = '2026-11-25';

export interface StartOptions {
  /** Files of the workspace by relative path (default: a copy of test/fixtures/server-ws). */
  files?: Record<string, string>;
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  /** Answer to workspace/configuration for `govlint`. */
  settings?: Record<string, unknown>;
  /** Options for the server's node process (e.g. `--expose-gc`). */
  nodeArgs?: string[];
  /** Runs on the workspace folder after the files are written, before the server starts (e.g. to make links). */
  prepare?: (dir: string) => void;
  /** Folders (relative to the temporary folder) to open as a multi-root workspace, instead of the folder itself. */
  workspaceFolders?: string[];
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
  textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

export class LspTestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Number of publishDiagnostics per URI (the server publishes each document it lints). */
  readonly publishCount = new Map<string, number>();
  readonly texts = new Map<string, TextDocument>();
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly stderr: string[] = [];
  /** `$/progress` value kinds in arrival order (begin, report, end). */
  readonly progress: string[] = [];
  /** window/logMessage texts (the server logs failures there). */
  readonly logs: string[] = [];
  exited: number | string | undefined;
  refreshes = 0;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private listeners = new Set<() => void>();

  private constructor(
    readonly dir: string,
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-lsp-'));
    if (options.files) {
      for (const [name, text] of Object.entries(options.files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
    } else cpSync(fixtureDir, dir, { recursive: true });
    options.prepare?.(dir);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspTestClient(dir, child, connection, options.settings ?? {});
    child.stderr.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    child.on('exit', (code, signal) => (client.exited = code ?? signal ?? 'exit'));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.set(params.uri, params);
      client.publishCount.set(params.uri, (client.publishCount.get(params.uri) ?? 0) + 1);
      for (const listener of [...client.listeners]) listener();
    });
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      client.progress.push(params.value.kind);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map((item) => (item.section === 'govlint' ? client.settings : null)));
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      for (const listener of [...client.listeners]) listener();
      return null;
    });
    connection.onRequest(() => null);
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(options.workspaceFolders ? join(dir, options.workspaceFolders[0]!) : dir).href,
      workspaceFolders: options.workspaceFolders ? options.workspaceFolders.map((name) => ({ uri: pathToFileURL(join(dir, name)).href, name })) : [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: { today: TODAY, ...(options.initializationOptions ?? {}) },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Adds and removes workspace folders (relative to the temporary folder), as a client does when the user changes them. */
  async changeFolders(added: string[], removed: string[] = []): Promise<void> {
    const folder = (name: string) => ({ uri: pathToFileURL(join(this.dir, name)).href, name });
    await this.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: added.map(folder), removed: removed.map(folder) } });
  }

  uri(name: string): string {
    return pathToFileURL(join(this.dir, name)).href;
  }

  write(name: string, text: string): void {
    writeFileSync(join(this.dir, name), text);
  }

  async open(name: string, text?: string): Promise<TextDocument> {
    const { readFileSync } = await import('node:fs');
    const content = text ?? readFileSync(join(this.dir, name), 'utf8');
    const document = TextDocument.create(this.uri(name), 'markdown', 1, content);
    this.texts.set(name, document);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: document.uri, languageId: 'markdown', version: 1, text: content } });
    return document;
  }

  text(name: string): string {
    return this.texts.get(name)!.getText();
  }

  /** Sends incremental edits (LSP ranges in the current text). */
  async edit(name: string, edits: TextEdit[]): Promise<number> {
    const current = this.texts.get(name)!;
    const next = TextDocument.create(current.uri, 'markdown', current.version + 1, TextDocument.applyEdits(current, edits));
    this.texts.set(name, next);
    // Incremental sync applies changes one after another: send them from the last to the first.
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: current.uri, version: next.version },
      contentChanges: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    return next.version;
  }

  /** Replaces the first occurrence of `search` in the open document. */
  async replace(name: string, search: string, replacement: string): Promise<number> {
    const current = this.texts.get(name)!;
    const at = current.getText().indexOf(search);
    if (at === -1) throw new Error(`"${search}" not in ${name}`);
    return this.edit(name, [{ range: { start: current.positionAt(at), end: current.positionAt(at + search.length) }, newText: replacement }]);
  }

  async close(name: string): Promise<void> {
    const document = this.texts.get(name)!;
    this.texts.delete(name);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: document.uri } });
  }

  position(name: string, search: string, delta = 0): { line: number; character: number } {
    const document = this.texts.get(name)!;
    const at = document.getText().indexOf(search);
    if (at === -1) throw new Error(`"${search}" not in ${name}`);
    return document.positionAt(at + delta);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Publish counts by file name since the last call. */
  takePublishCounts(): Record<string, number> {
    const counts = Object.fromEntries([...this.publishCount].map(([uri, count]) => [uri.slice(this.uri('').length + 1), count]));
    this.publishCount.clear();
    return counts;
  }

  diagnostics(name: string): Diagnostic[] {
    return this.published.get(this.uri(name))?.diagnostics ?? [];
  }

  /** Waits until the published diagnostics of a file satisfy `predicate`. */
  async waitFor(name: string, predicate: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams | undefined) => boolean, timeout = 30_000): Promise<Diagnostic[]> {
    const uri = this.uri(name);
    const test = () => {
      const params = this.published.get(uri);
      return predicate(params?.diagnostics ?? [], params);
    };
    if (test()) return this.diagnostics(name);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for diagnostics of ${name}: ${JSON.stringify(this.published.get(uri)?.diagnostics.map((d) => d.code))}`));
      }, timeout);
      const listener = () => {
        if (!test()) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
    return this.diagnostics(name);
  }

  /**
   * Writes framed JSON-RPC messages to the server in one write, past the connection, so the server
   * reads them together; answers to requests with string IDs the connection does not know are
   * collected from the raw output by `rawResponse`.
   */
  writeTogether(messages: object[]): void {
    const framed = messages.map((message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.process.stdin!.write(Buffer.concat(framed));
  }

  /** The raw answer to a request sent with `writeTogether` (its ID must be a string unique in the output). */
  rawResponse(id: string, timeout = 10_000): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const stdout = this.process.stdout!;
    let seen = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stdout.off('data', listener);
        reject(new Error(`no answer to ${id}`));
      }, timeout);
      const listener = (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        // Each message body is one line of JSON after its header; find the one with this ID.
        for (const part of seen.split(/Content-Length: \d+\r\n\r\n/)) {
          if (!part.includes(`"id":${JSON.stringify(id)}`)) continue;
          try {
            const message = JSON.parse(part) as { result?: unknown; error?: { code: number; message: string } };
            clearTimeout(timer);
            stdout.off('data', listener);
            resolve(message);
            return;
          } catch {
            // Not complete yet.
          }
        }
      };
      stdout.on('data', listener);
    });
  }

  /** Waits for any event (publish or refresh) or a timeout. */
  nextEvent(timeout = 2000): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        resolve();
      }, timeout);
      const listener = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }

  async stop(): Promise<void> {
    try {
      if (this.exited === undefined) {
        await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
        await this.connection.sendNotification('exit');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      this.connection.dispose();
      if (this.exited === undefined) this.process.kill();
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

/** A diagnostic's message as text (LSP allows Markdown content; govlint sends plain strings). */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Applies a workspace edit's edits for one URI to a text (`changes` or `documentChanges`). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      for (const item of change.edits) {
        if ('newText' in item) edits.push(item);
        else if ('snippet' in item) edits.push({ range: item.range, newText: (item as { snippet: { value: string } }).snippet.value });
      }
    }
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}
