// The web extension's language server (dist/web/server.js) in a Web Worker in headless Chromium,
// over its message channel (BrowserMessageReader/Writer on the page side), in a virtual workspace
// (a vscode-test-web: URI, as vscode.dev's repositories are not file: either). It asks the client
// for the workspace's files (govlint/workspaceFiles) and must publish, for an opened document,
// what the CLI finds in that file — the cross-file parent-unknown included — and findings for the
// closed files it read; its quick fix for the unknown parent is the CLI's suggestion.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, isolatedContext, launch, ORIGIN, root, skipBrowser } from './support.ts';

const TODAY = '2026-11-23';
const FOLDER = 'vscode-test-web://mount/samples';
const OPENED = 'da/serviceniveauer/anbringelse.md';

interface LspDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe.skipIf(skipBrowser)('the web language server in a Web Worker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("reads the virtual workspace through its client and publishes the CLI's findings for an opened document", async () => {
    const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), OPENED, '--format', 'json', '--today', TODAY], { cwd: join(root, 'samples'), encoding: 'utf8' });
    const expected = (JSON.parse(cli.stdout) as { diagnostics: Array<{ rule: string; message: string; line: number; column: number; endLine: number; endColumn: number }> }).diagnostics
      .map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule} ${d.message}`)
      .sort();
    expect(expected.some((line) => line.includes('parent-unknown'))).toBe(true);

    const client = await esbuild.build({ entryPoints: [join(import.meta.dirname, 'lsp-page-client.ts')], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent' });
    const { context, refused } = await isolatedContext(browser, {
      'lsp.html': `<!DOCTYPE html><meta charset="utf-8"><script src="./lsp-client.js"></script>`,
      'lsp-client.js': client.outputFiles[0]!.text,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${ORIGIN}/lsp.html`);
    const files = filesUnder(join(root, 'samples'), join(root, 'samples')).map((file) => ({ uri: `${FOLDER}/${file.path}`, text: file.text }));
    const opened = files.find((file) => file.uri === `${FOLDER}/${OPENED}`)!;

    const result = await page.evaluate(
      async ({ folder, files, opened, today }) => {
        type Lsp = import('./lsp-page-client.ts').LspPage;
        const lsp: Lsp = (globalThis as unknown as { govlintLsp: { start(url: string, files: unknown[]): Lsp } }).govlintLsp.start('./server.js', files);
        const { connection, published, asked } = lsp;
        const initialize = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
          processId: null,
          rootUri: folder,
          workspaceFolders: [{ uri: folder, name: 'samples' }],
          capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} }, workspace: {} },
          initializationOptions: { today },
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: opened.uri, languageId: 'markdown', version: 1, text: opened.text } });
        const started = Date.now();
        while (!published.has(opened.uri) && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 20));
        const diagnostics = (published.get(opened.uri) ?? []) as Array<{ code: string; range: unknown }>;
        const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'parent-unknown');
        const actions = unknown
          ? await connection.sendRequest<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri: opened.uri }, range: unknown.range, context: { diagnostics: [unknown] } })
          : [];
        const hover = await connection.sendRequest<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri: opened.uri }, position: { line: 5, character: 15 } });
        await connection.sendRequest('shutdown');
        return {
          server: initialize.serverInfo?.name,
          diagnostics,
          closed: [...published.keys()].filter((uri) => uri !== opened.uri && (published.get(uri) ?? []).length > 0),
          asked,
          actions: actions.map((action) => action.title),
          hover: hover !== null,
        };
      },
      { folder: FOLDER, files, opened, today: TODAY },
    );

    expect(result.server).toBe('govlint (web)');
    expect(result.asked).toContain('govlint/workspaceFiles');
    const actual = (result.diagnostics as LspDiagnostic[])
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message}`)
      .sort();
    expect(actual).toEqual(expected);
    // The closed files were read through the client and linted too (workspace diagnostics).
    expect(result.closed).toContain(`${FOLDER}/da/politik/boerne-og-ungepolitik.md`);
    expect(result.actions.some((title) => title.includes('boernepolitik-2025'))).toBe(true);
    expect(result.hover).toBe(true);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
