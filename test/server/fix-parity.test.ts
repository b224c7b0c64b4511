// `govlint --fix` (a CLI process writing files) and `source.fixAll` (the server over a real stdio
// connection) fix through the same engine applier: on the same documents they make the same text,
// byte for byte. The documents are the samples with their front-matter dates written out in words
// (fixable findings), one of them with CRLF line endings, and one with fixes that share an edit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, LspTestClient, TODAY } from './lsp-client.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const samples = join(root, 'samples');

const DA_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Front-matter dates written in words ("12. marts 2025", "4 February 2025"): `frontmatter-invalid` fixes each. */
function writtenDates(text: string): string {
  return text.replace(/^(vedtaget|revision|adopted|review): (\d{4})-(\d{2})-(\d{2})$/gm, (_line, key: string, year: string, month: string, day: string) => {
    const english = key === 'adopted' || key === 'review';
    const name = (english ? EN_MONTHS : DA_MONTHS)[Number(month) - 1];
    return english ? `${key}: ${Number(day)} ${name} ${year}` : `${key}: ${Number(day)}. ${name} ${year}`;
  });
}

function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && name !== 'README.md') files[relative(samples, path)] = writtenDates(readFileSync(path, 'utf8'));
    }
  };
  walk(samples);
  return files;
}

const OVERLAPPING = 'da/retningslinjer/tilsyn.md';
const CRLF = 'da/serviceniveauer/anbringelse.md';

const temps: string[] = [];
let files: Record<string, string>;
let cliFixed: Record<string, string>;

beforeAll(() => {
  files = sampleFiles();
  files[CRLF] = files[CRLF]!.replace(/\n/g, '\r\n');
  // Two references share the law's name: both fixes rename it, and each renumbers its own paragraph.
  files[OVERLAPPING] = [
    '---',
    'id: tilsyn',
    'type: retningslinje',
    'titel: Tilsyn med anbragte børn',
    'ansvarlig: Familieafdelingen',
    'overordnet: serviceniveau-anbringelse',
    'vedtaget: 1. februar 2026',
    'revision: 2027-06-01',
    '---',
    '# Tilsyn med anbragte børn',
    '',
    'Tilsynet følger SEL § 146. Tilsyn efter § 146 i SEL § 146 følger samme regler.',
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'govlint-fix-parity-'));
  temps.push(dir);
  writeFileSync(join(dir, '.govlint.yaml'), readFileSync(join(samples, '.govlint.yaml')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const run = spawnSync(process.execPath, [cli, '--fix', '--today', TODAY], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(run.stderr).not.toMatch(/not fixed|ikke rettet/);
  cliFixed = Object.fromEntries(Object.keys(files).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
});
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('--fix and source.fixAll', { timeout: 240_000 }, () => {
  it('make byte-identical text of the same documents', async () => {
    // The CLI fixed something in most documents, CRLF stayed CRLF, and the shared edit was made once.
    const changed = Object.keys(files).filter((name) => cliFixed[name] !== files[name]);
    expect(changed.length).toBeGreaterThanOrEqual(15);
    expect(cliFixed[CRLF]!.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(cliFixed[CRLF]).toContain('\r\nvedtaget: 2025-06-18\r\n');
    expect(cliFixed[OVERLAPPING]).toContain('\nvedtaget: 2026-02-01\n');
    expect(cliFixed[OVERLAPPING]).toContain('Tilsynet følger BL § 9. Tilsyn efter § 9 i BL § 9 følger samme regler.');

    const client = await LspTestClient.start({ files: { ...files, '.govlint.yaml': readFileSync(join(samples, '.govlint.yaml'), 'utf8') } });
    try {
      for (const name of Object.keys(files)) await client.open(name, files[name]);
      for (const name of Object.keys(files)) await client.waitFor(name, (_list, params) => params !== undefined, 60_000);
      const fixAll: Record<string, string> = {};
      for (const name of Object.keys(files)) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: client.uri(name) },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll'] },
        });
        const action = actions.find((candidate) => candidate.kind === 'source.fixAll.govlint');
        fixAll[name] = action ? applyWorkspaceEdit(client.text(name), client.uri(name), action.edit!) : client.text(name);
      }
      for (const name of Object.keys(files)) expect(Buffer.from(fixAll[name]!, 'utf8').equals(Buffer.from(cliFixed[name]!, 'utf8')), name).toBe(true);
      expect(fixAll).toEqual(cliFixed);
    } finally {
      await client.stop();
    }
  });
});
