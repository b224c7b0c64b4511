// Code actions over a real stdio connection: every kind is applied and the resulting text compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, FULL_CAPABILITIES, LspTestClient, messageText } from './lsp-client.ts';

async function actionsFor(client: LspTestClient, name: string, code: string, match?: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
  const diagnostics = await client.waitFor(name, (list) => list.some((d) => d.code === code && (!match || messageText(d).includes(match))));
  const diagnostic = diagnostics.find((d) => d.code === code && (!match || messageText(d).includes(match)))!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: client.uri(name) },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  return { diagnostic, actions: actions.filter((action) => action.diagnostics?.some((d) => d.code === code)) };
}

function apply(client: LspTestClient, name: string, action: CodeAction | undefined): string {
  expect(action, 'code action').toBeDefined();
  return applyWorkspaceEdit(client.text(name), client.uri(name), action!.edit!);
}

describe('code actions', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  // The machine running the tests may be busy: generous timeouts, explicit waits inside.
  beforeAll(async () => {
    client = await LspTestClient.start();
    for (const name of ['politik.md', 'serviceniveau.md', 'retningslinje.md', 'noter.md']) await client.open(name);
  }, 120_000);
  afterAll(() => client.stop());

  it('inserts a missing goal field (missing-owner suggestion)', async () => {
    const { actions } = await actionsFor(client, 'serviceniveau.md', 'missing-owner');
    const text = apply(
      client,
      'serviceniveau.md',
      actions.find((action) => action.title === 'Tilføj "Ansvarlig:"'),
    );
    expect(text).toContain('### SN2 Skolestøtte\nSkolestøtte til anbragte børn.\n\n- Frist: 2027-06-30\n- Udmønter: M3\n- Ansvarlig: [enhed eller rolle]\n\n## Sagsbehandlingsfrister');
  });

  it('rewrites a vague goal into a SMART scaffold with placeholders (vague-goal suggestion)', async () => {
    const { actions } = await actionsFor(client, 'politik.md', 'vague-goal');
    const text = apply(
      client,
      'politik.md',
      actions.find((action) => action.title === 'Gør målet SMART'),
    );
    const before = client.text('politik.md');
    expect(before).toContain('### M2 Bedre trivsel\nVi vil styrke trivslen blandt anbragte børn.\n');
    const m2 = text.slice(text.indexOf('### M2'), text.indexOf('## Opfølgning'));
    expect(m2).not.toContain('Vi vil styrke');
    expect(m2).toMatch(/anbragte børn.*\[[^\]]+\]/);
    expect(m2).toContain('- Ansvarlig: Skolechefen\n- Frist: 2027-06-30\n');
  });

  it('replaces an unknown goal reference with a suggested one', async () => {
    const { actions } = await actionsFor(client, 'serviceniveau.md', 'implements-unknown');
    expect(
      actions
        .filter((action) => action.title.startsWith('Skift til'))
        .map((action) => action.title)
        .sort(),
    ).toEqual(['Skift til "M1"', 'Skift til "M2"']);
    const text = apply(
      client,
      'serviceniveau.md',
      actions.find((action) => action.title === 'Skift til "M2"'),
    );
    expect(text).toContain('- Udmønter: M2\n');
    expect(text).not.toContain('M3');
  });

  it('adds front matter to a bare file', async () => {
    const { actions } = await actionsFor(client, 'noter.md', 'frontmatter-missing');
    const text = apply(
      client,
      'noter.md',
      actions.find((action) => action.title === 'Tilføj front matter'),
    );
    expect(
      text.startsWith(
        '---\nid: noter\ntype: guideline\ntitle: Noter fra mødet\nowner: [ansvarlig enhed]\nparent: [overordnet-id]\nreview: [YYYY-MM-DD]\nstatus: draft\nlang: da\n---\n# Noter fra mødet\n',
      ),
    ).toBe(true);
  });

  it('adds a missing section from the type template (English document, English titles)', async () => {
    const { actions } = await actionsFor(client, 'retningslinje.md', 'required-section', 'Time limits');
    const action = actions.find((candidate) => candidate.title === 'Add the section "Time limits"');
    const text = apply(client, 'retningslinje.md', action);
    expect(text.endsWith('- Implements: SN1\n\n## Time limits\n\n[text]\n')).toBe(true);
  });

  it('sets a new review date', async () => {
    const { actions } = await actionsFor(client, 'retningslinje.md', 'review-overdue');
    const text = apply(
      client,
      'retningslinje.md',
      actions.find((action) => action.title === 'Set a new review date 2028-11-25'),
    );
    expect(text).toContain('\nreview: 2028-11-25\n');
  });

  it('disables a rule for one line with the directive the engine reads, and the finding goes away', async () => {
    const { actions } = await actionsFor(client, 'serviceniveau.md', 'implements-unknown');
    const action = actions.find((candidate) => candidate.title === 'Slå "Ukendt mål-henvisning" fra for denne linje')!;
    const text = apply(client, 'serviceniveau.md', action);
    expect(text).toContain('- Frist: 2027-06-30\n<!-- govlint-disable-next-line implements-unknown -->\n- Udmønter: M3\n');
    await client.edit('serviceniveau.md', action.edit!.changes![client.uri('serviceniveau.md')]!);
    await client.waitFor('serviceniveau.md', (list) => !list.some((d) => d.code === 'implements-unknown'));
  });

  it('disables a rule for the whole file, after the front matter, covering front-matter findings too', async () => {
    const { actions } = await actionsFor(client, 'retningslinje.md', 'review-overdue');
    // No "this line" inside YAML front matter: a comment there would break it.
    expect(actions.some((action) => action.title === 'Disable "Review overdue" for this line')).toBe(false);
    const action = actions.find((candidate) => candidate.title === 'Disable "Review overdue" for this file')!;
    const text = apply(client, 'retningslinje.md', action);
    expect(text).toContain('lang: en\n---\n<!-- govlint-disable-file review-overdue -->\n# Guideline for homework support\n');
    await client.edit('retningslinje.md', action.edit!.changes![client.uri('retningslinje.md')]!);
    await client.waitFor('retningslinje.md', (list) => !list.some((d) => d.code === 'review-overdue') && list.some((d) => d.code === 'required-section'));
    // A second rule joins the same directive.
    const second = await actionsFor(client, 'retningslinje.md', 'required-section');
    const joined = apply(
      client,
      'retningslinje.md',
      second.actions.find((candidate) => candidate.title === 'Disable "Missing section" for this file'),
    );
    expect(joined).toContain('---\n<!-- govlint-disable-file review-overdue required-section -->\n# Guideline');
  });

  it('source.fixAll.govlint applies every safe fix', async () => {
    await client.waitFor('serviceniveau.md', (list) => list.some((d) => d.code === 'frontmatter-invalid'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri('serviceniveau.md') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((action) => [action.title, action.kind])).toEqual([['Ret alle sikre govlint-fund', 'source.fixAll.govlint']]);
    const text = apply(client, 'serviceniveau.md', actions[0]);
    expect(text).toContain('\nadopted: 2026-02-01\n');
    expect(text).toContain('\nTilsyn med børn og unge, jf. BL § 9.\n');
    // The date fix is also offered on its own, as the preferred quick fix.
    const single = await actionsFor(client, 'serviceniveau.md', 'frontmatter-invalid');
    expect(single.actions[0]).toMatchObject({ title: 'Skriv datoen som 2026-02-01', kind: 'quickfix', isPreferred: true });
  });
});

describe('snippet edits', { timeout: 120_000 }, () => {
  it('turns [placeholders] into tab stops when the client supports snippet text edits', { timeout: 120_000 }, async () => {
    const client = await LspTestClient.start({
      capabilities: { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } },
    });
    try {
      await client.open('serviceniveau.md');
      const { actions } = await actionsFor(client, 'serviceniveau.md', 'missing-owner');
      const action = actions.find((candidate) => candidate.title === 'Tilføj "Ansvarlig:"')!;
      const change = action.edit!.documentChanges![0] as TextDocumentEdit;
      expect(change.textDocument).toEqual({ uri: client.uri('serviceniveau.md'), version: 1 });
      expect(change.edits).toEqual([
        { range: { start: { line: 29, character: 14 }, end: { line: 29, character: 14 } }, snippet: { kind: 'snippet', value: '\n- Ansvarlig: ${1:[enhed eller rolle]}' } },
      ]);
      // The SMART scaffold's placeholders become numbered tab stops.
      await client.open('politik.md');
      const vague = await actionsFor(client, 'politik.md', 'vague-goal');
      const scaffold = vague.actions.find((candidate) => candidate.title === 'Gør målet SMART');
      expect(client.logs).toEqual([]);
      expect(vague.actions.map((action) => action.title)).toContain('Gør målet SMART');
      const snippets = (scaffold!.edit!.documentChanges![0] as TextDocumentEdit).edits.map((edit) => (edit as unknown as { snippet: { value: string } }).snippet.value).join('');
      expect(snippets).toContain('${1:[');
      expect(snippets).toContain('${2:[');
    } finally {
      await client.stop();
    }
  });
});
