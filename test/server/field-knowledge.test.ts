// The language server picks up a project's field knowledge when `.govlint.yaml` changes, over a
// real stdio connection: added, refused with its line (the shipped knowledge stays), fixed again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client.ts';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'field-knowledge');
const CONFIG = readFileSync(join(fixture, '.govlint.yaml'), 'utf8');
const DOCUMENT = readFileSync(join(fixture, 'kvalitetsstandard.md'), 'utf8');

/** `rule@line:character` of the field findings (0-based, as LSP sends them). */
const field = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((diagnostic) => diagnostic.code === 'statutory-deadline' || diagnostic.code === 'legal-reference-outdated')
    .map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`);
const SHIPPED_ONLY = ['statutory-deadline@18:38'];
const WITH_PROJECT = ['statutory-deadline@12:52', 'legal-reference-outdated@16:47', 'statutory-deadline@18:38'];
const same = (expected: string[]) => (diagnostics: Diagnostic[]) => JSON.stringify(field(diagnostics)) === JSON.stringify(expected);

describe('fieldKnowledge in the language server', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files: { '.govlint.yaml': 'lang: da\n', 'kvalitetsstandard.md': DOCUMENT } });
  }, 120_000);
  afterAll(() => client.stop());

  const changed = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.govlint.yaml'), type: 2 }] });

  it('applies a project limit and move as soon as .govlint.yaml changes, without a restart', async () => {
    await client.waitFor('kvalitetsstandard.md', same(SHIPPED_ONLY));
    client.write('.govlint.yaml', CONFIG);
    await changed();
    const diagnostics = await client.waitFor('kvalitetsstandard.md', same(WITH_PROJECT));
    const move = diagnostics.find((diagnostic) => diagnostic.code === 'legal-reference-outdated')!;
    expect(move.message).toBe('Serviceloven § 120 gælder ikke længere: siden 1. juli 2025 står bestemmelsen helt eller delvis i ældreloven § 24 — kontrollér henvisningen.');
    expect(move.tags).toEqual([2]);
  });

  it('logs a bad entry with its line and keeps linting with the shipped knowledge, then takes the corrected file', async () => {
    client.write('.govlint.yaml', CONFIG.replace('law: aeldreloven', 'law: aeldrelov'));
    await changed();
    await client.waitFor('kvalitetsstandard.md', same(SHIPPED_ONLY));
    expect(client.logs.some((line) => /\.govlint\.yaml:35:12: "fieldKnowledge\.legalReferences\.120\.law": no law "aeldrelov" in "fieldKnowledge\.laws"/.test(line))).toBe(true);
    client.write('.govlint.yaml', CONFIG);
    await changed();
    await client.waitFor('kvalitetsstandard.md', same(WITH_PROJECT));
  });
});
