// Soak test: the language server takes 10,000 random edits across several documents, some of
// them breaking front matter or Markdown, and must neither crash nor grow without bound.
// The figures are printed so a run can be quoted.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const serverPath = join(import.meta.dirname, '..', '..', 'dist', 'server.js');
const EDITS = 10_000;

const seeds: Record<string, string> = {
  'politik.md':
    '---\nid: politik\ntype: politik\ntitle: Politik\nowner: Udvalget\nreview: 2028-01-01\n---\n# Politik\n\n## Mål\n\n### M1 Styrke trivslen\nVi vil styrke trivslen.\n\n- Ansvarlig: Direktør\n',
  'sn.md': '---\nid: sn\ntype: serviceniveau\ntitle: SN\nowner: Afdeling\nparent: politik\nreview: 2027-01-01\n---\n# SN\n\n### SN1 Indsats\n- Udmønter: M1\n',
  'rl.md': '---\nid: rl\ntype: retningslinje\ntitle: RL\nowner: Team\nparent: sn\nreview: 2027-01-01\n---\n# RL\n\n### R1 Trin\nUnderretninger vurderes inden for 24 timer.\n',
  'noter.md': '# Noter\n\nIngen front matter.\n',
};

const alphabet = ['a', 'æ', ' ', '\n', '-', '#', ':', '---\n', '### M9 ', '- Udmønter: M', '>', '`', '*', '%', '1', '2025-01-01', '\r\n', '<!--', '-->', '§ 50'];

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

describe('language server soak', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-soak-'));
  for (const [name, text] of Object.entries(seeds)) writeFileSync(join(dir, name), text);
  let server: ChildProcess | undefined;
  let connection: MessageConnection | undefined;
  afterAll(() => {
    connection?.dispose();
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`survives ${EDITS} random edits with bounded memory`, async () => {
    server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let crashed: string | undefined;
    server.on('exit', (code, signal) => {
      crashed = `exited with ${code ?? signal}`;
    });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published = new Map<string, number>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
      published.set(params.uri, (published.get(params.uri) ?? 0) + 1);
    });
    connection.onRequest(() => null); // configuration, registration and other server → client requests
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'soak' }],
      capabilities: {},
    });
    await connection.sendNotification('initialized', {});

    const texts = new Map<string, string>();
    const versions = new Map<string, number>();
    for (const [name, text] of Object.entries(seeds)) {
      const uri = pathToFileURL(join(dir, name)).href;
      texts.set(uri, text);
      versions.set(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    }
    const uris = [...texts.keys()];
    const settle = async () => {
      // A request round trip: the server has processed every notification sent before it.
      await connection!.sendRequest('shutdown/ping-does-not-exist').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 400));
    };
    await settle();
    const rssBefore = rssKb(server.pid!);
    const started = Date.now();
    const checkpoints: number[] = [];

    const edits = fc.sample(
      fc.record({ doc: fc.nat(uris.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(6), insert: fc.array(fc.constantFrom(...alphabet), { maxLength: 3 }) }),
      { numRuns: EDITS, seed: 20261124 },
    );
    for (const [i, edit] of edits.entries()) {
      const uri = uris[edit.doc]!;
      const text = texts.get(uri)!;
      const start = Math.floor(edit.at * text.length);
      const end = Math.min(text.length, start + edit.remove);
      const insert = edit.insert.join('');
      const before = text.slice(0, start);
      const line = before.split('\n').length - 1;
      const character = before.length - (before.lastIndexOf('\n') + 1);
      const removed = text.slice(start, end);
      const endLine = line + removed.split('\n').length - 1;
      const endCharacter = removed.includes('\n') ? removed.length - (removed.lastIndexOf('\n') + 1) : character + removed.length;
      const next = before + insert + text.slice(end);
      // Keep documents within a realistic size: reset a document that grew past 20 kB.
      const version = versions.get(uri)! + 1;
      versions.set(uri, version);
      if (next.length > 20_000) {
        texts.set(uri, seeds[uri.split('/').pop()!]!);
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: texts.get(uri) }] });
      } else {
        texts.set(uri, next);
        await connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, text: insert }],
        });
      }
      if (i % 500 === 499) {
        await settle();
        expect(crashed).toBeUndefined();
        checkpoints.push(rssKb(server.pid!));
      }
    }
    await settle();
    const seconds = (Date.now() - started) / 1000;
    const rssAfter = rssKb(server.pid!);
    expect(crashed).toBeUndefined();
    // The server still answers, and published diagnostics for every open document.
    for (const uri of uris) expect(published.get(uri) ?? 0).toBeGreaterThan(0);
    const mb = (kb: number) => (kb / 1024).toFixed(0);
    console.log(`soak: ${EDITS} edits in ${seconds.toFixed(1)} s; RSS ${mb(rssBefore)} MB before, ${mb(rssAfter)} MB after; every 500 edits: ${checkpoints.map(mb).join(' ')} MB`);
    // Bounded: memory levels off. The second half of the run may not grow the peak of the first half by more than 50 %.
    const half = checkpoints.length / 2;
    const firstHalfPeak = Math.max(...checkpoints.slice(0, half));
    const secondHalfPeak = Math.max(...checkpoints.slice(half));
    expect(secondHalfPeak).toBeLessThan(firstHalfPeak * 1.5);
    expect(rssAfter).toBeLessThan(rssBefore + 300 * 1024);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  }, 300_000);
});
