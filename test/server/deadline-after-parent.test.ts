// deadline-after-parent over a real stdio connection: the parent policy's deadline is written in
// its statement and in words in its field. With the parent closed, the server reads it from the
// parent's outline; with the parent open, from the parent's text.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { md } from '../../rules/hierarchy/test-docs.ts';
import { LspTestClient } from './lsp-client.ts';

const POLICY = md({
  id: 'politik',
  type: 'politik',
  goals: [
    { head: 'M1 Skolegang', text: 'Andelen af anbragte børn med en afgangsprøve stiger fra 52 % til 65 % senest 31. december 2027.' },
    { head: 'M2 Trivsel', fields: ['Frist: senest 31. december 2027'] },
  ],
});
const SERVICE_LEVEL = md({
  id: 'sn',
  type: 'serviceniveau',
  parent: 'politik',
  goals: [
    { head: 'S1 Frister', fields: ['Udmønter: M1', 'Frist: 2029-06-30'] },
    { head: 'S2 Trivsel', fields: ['Udmønter: M2'], text: 'Alle anbragte børn har en trivselssamtale senest 30. juni 2028.' },
  ],
});

/** `line:character` of the deadline-after-parent findings (0-based, as LSP sends them). */
const late = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'deadline-after-parent').map((d) => `${d.range.start.line}:${d.range.start.character}`);
const EXPECTED = ['16:9', '20:49'];
const same = (diagnostics: Diagnostic[]) => JSON.stringify(late(diagnostics)) === JSON.stringify(EXPECTED);

describe('deadline-after-parent in the language server', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files: { '.govlint.yaml': 'lang: da\n', 'politik.md': POLICY, 'sn.md': SERVICE_LEVEL } });
  }, 120_000);
  afterAll(() => client.stop());

  it('reports both late goals with the parent closed, and with the parent open', async () => {
    await client.open('sn.md');
    await client.waitFor('sn.md', same);
    await client.open('politik.md');
    await client.waitFor('sn.md', same);
  });
});
