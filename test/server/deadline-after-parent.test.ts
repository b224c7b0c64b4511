// deadline-after-parent over a real stdio connection: the parent policy's deadline is written in
// its statement, in words in its deadline field and in its target field. With the parent closed, the server reads it from the
// parent's outline; with the parent open, from the parent's text.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lateByStatementFixture } from '../../rules/hierarchy/support/test-docs.ts';
import { LspTestClient } from './lsp-client.ts';

const FIXTURE = lateByStatementFixture();

/** `line:character` of the deadline-after-parent findings (0-based, as LSP sends them). */
const late = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'deadline-after-parent').map((d) => `${d.range.start.line}:${d.range.start.character}`);
const EXPECTED = ['16:9', '20:49', '29:22'];
const same = (diagnostics: Diagnostic[]) => JSON.stringify(late(diagnostics)) === JSON.stringify(EXPECTED);

describe('deadline-after-parent in the language server', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files: { '.govlint.yaml': 'lang: da\n', ...FIXTURE } });
  }, 120_000);
  afterAll(() => client.stop());

  it('reports the three late goals with the parent closed, and with the parent open', async () => {
    await client.open('sn.md');
    await client.waitFor('sn.md', same);
    await client.open('politik.md');
    await client.waitFor('sn.md', same);
  });
});
