// Navigation and insight over a real stdio connection: hover, definition, references, rename,
// completion, document and workspace symbols, code lenses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, CompletionList, DocumentSymbol, Hover, Location, MarkupContent, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, LspTestClient } from './lsp-client.ts';

const at = (client: LspTestClient, name: string, search: string, delta = 0) => ({ textDocument: { uri: client.uri(name) }, position: client.position(name, search, delta) });
const where = (client: LspTestClient, locations: Location[]) =>
  locations.map((location) => `${location.uri.slice(client.uri('').length + 1)}:${location.range.start.line + 1}:${location.range.start.character + 1}-${location.range.end.character + 1}`).sort();

describe('navigation', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  // The machine running the tests may be busy: generous timeouts, explicit waits inside.
  beforeAll(async () => {
    client = await LspTestClient.start();
    for (const name of ['politik.md', 'serviceniveau.md', 'retningslinje.md']) await client.open(name);
    await client.waitFor('serviceniveau.md', (list) => list.length > 0);
  }, 120_000);
  afterAll(() => client.stop());

  it('hover on a goal shows its SMART scorecard and the documents that carry it out', async () => {
    const hover = await client.request<Hover>('textDocument/hover', at(client, 'politik.md', '### M1', 4));
    const value = (hover.contents as MarkupContent).value;
    expect((hover.contents as MarkupContent).kind).toBe('markdown');
    // The reasons come from engine/analysis; the card's shape and verdicts are what the server owns.
    const lines = value.split('\n');
    expect(lines[0]).toBe('**M1 Flere anbragte børn gennemfører folkeskolen** — SMART 5/5');
    expect(lines.slice(2, 7).map((line) => line.replace(/: .*$/, ''))).toEqual(['- ✓ **S** Specifikt', '- ✓ **M** Målbart', '- ✓ **A** Opnåeligt', '- ✓ **R** Realistisk', '- ✓ **T** Tidsbestemt']);
    expect(lines[6]).toContain('31. december 2027');
    const vague = (await client.request<Hover>('textDocument/hover', at(client, 'politik.md', '### M2', 4))).contents as MarkupContent;
    expect(vague.value).toMatch(/— SMART [0-3]\/5\n\n- ✗ \*\*S\*\* Specifikt: .*"styrke".*\n- ✗ \*\*M\*\* Målbart: /);
    expect(vague.value).toContain('Udmøntes af: ingen dokumenter');
    expect(value).toContain(`Udmøntes af:\n- [Serviceniveau for børn og unge](${client.uri('serviceniveau.md')}) (sn-boern)`);
    expect(hover.range).toEqual({ start: { line: 23, character: 4 }, end: { line: 23, character: 6 } });
  });

  it('hover on parent and on a goal reference shows the target title, owner and review date', async () => {
    const parent = await client.request<Hover>('textDocument/hover', at(client, 'serviceniveau.md', 'boernepolitik', 3));
    expect((parent.contents as MarkupContent).value).toBe('**Børne- og ungepolitik 2025–2028** (`boernepolitik`)\n\nType: policy · Ansvarlig: Børne- og Ungeudvalget · Revision: 2028-03-01');
    const ref = await client.request<Hover>('textDocument/hover', at(client, 'retningslinje.md', 'Implements: SN1', 13));
    const value = (ref.contents as MarkupContent).value;
    expect(value).toContain('**SN1 Lektiehjælp til anbragte børn**');
    expect(value).toContain('Ansvarlig: Familieafdelingen · Frist: 2027-06-30');
    expect(value).toContain('Type: service-level · Owner: Familieafdelingen · Review: 2027-06-01');
  });

  it('goes to the definition of a document id and of a goal ID', async () => {
    const parent = await client.request<Location[]>('textDocument/definition', at(client, 'serviceniveau.md', 'boernepolitik'));
    expect(where(client, parent)).toEqual(['politik.md:2:5-18']);
    const goal = await client.request<Location[]>('textDocument/definition', at(client, 'serviceniveau.md', 'Udmønter: M1', 10));
    expect(where(client, goal)).toEqual(['politik.md:24:5-7']);
  });

  it('finds references to a goal and to a document across files', async () => {
    const goal = await client.request<Location[]>('textDocument/references', { ...at(client, 'politik.md', '### M1', 4), context: { includeDeclaration: true } });
    expect(where(client, goal)).toEqual(['politik.md:24:5-7', 'serviceniveau.md:24:13-15']);
    const document = await client.request<Location[]>('textDocument/references', { ...at(client, 'serviceniveau.md', 'id: sn-boern', 5), context: { includeDeclaration: false } });
    expect(where(client, document)).toEqual(['retningslinje.md:6:9-17']);
  });

  it('renames a goal ID and a document id across files (prepareRename + WorkspaceEdit)', async () => {
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', at(client, 'politik.md', '### M1', 5));
    expect(prepared).toEqual({ range: { start: { line: 23, character: 4 }, end: { line: 23, character: 6 } }, placeholder: 'M1' });
    const goalEdit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(client, 'politik.md', '### M1', 5), newName: 'M10' });
    expect(
      Object.keys(goalEdit.changes!)
        .map((uri) => uri.split('/').pop())
        .sort(),
    ).toEqual(['politik.md', 'serviceniveau.md']);
    expect(applyWorkspaceEdit(client.text('politik.md'), client.uri('politik.md'), goalEdit)).toContain('### M10 Flere anbragte');
    expect(applyWorkspaceEdit(client.text('serviceniveau.md'), client.uri('serviceniveau.md'), goalEdit)).toContain('- Udmønter: M10\n');

    const documentEdit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(client, 'retningslinje.md', 'parent: sn-boern', 9), newName: 'serviceniveau-boern' });
    expect(applyWorkspaceEdit(client.text('serviceniveau.md'), client.uri('serviceniveau.md'), documentEdit)).toContain('\nid: serviceniveau-boern\n');
    expect(applyWorkspaceEdit(client.text('retningslinje.md'), client.uri('retningslinje.md'), documentEdit)).toContain('\nparent: serviceniveau-boern\n');

    // An invalid or taken name is refused.
    await expect(client.request('textDocument/rename', { ...at(client, 'politik.md', '### M1', 5), newName: 'M2' })).rejects.toThrow(/already exists/);
    await expect(client.request('textDocument/rename', { ...at(client, 'politik.md', 'id: boernepolitik', 5), newName: 'ikke gyldig' })).rejects.toThrow(/not a valid document id/);
  });

  it('completes document ids after parent: and goal IDs after implements:/Udmønter:', async () => {
    const version = await client.replace('retningslinje.md', 'parent: sn-boern', 'parent: ');
    expect(version).toBeGreaterThan(1);
    const parents = await client.request<CompletionList>('textDocument/completion', at(client, 'retningslinje.md', 'parent: ', 8));
    const sorted = [...parents.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((item) => item.label);
    expect(sorted).toEqual(['sn-boern', 'boernepolitik']);
    await client.replace('retningslinje.md', 'parent: ', 'parent: sn-boern');

    await client.replace('serviceniveau.md', '- Udmønter: M3', '- Udmønter: ');
    const goals = await client.request<CompletionList>('textDocument/completion', at(client, 'serviceniveau.md', '- Udmønter: \n', 12));
    expect(goals.items.filter((item) => item.sortText!.startsWith('0')).map((item) => [item.label, item.detail])).toEqual([
      ['M1', 'Flere anbragte børn gennemfører folkeskolen'],
      ['M2', 'Bedre trivsel'],
    ]);
    expect(goals.items.map((item) => item.label)).toContain('rl-lektiehjaelp#R1');

    // English field name in an English document: the parent's goals.
    await client.replace('retningslinje.md', '- Implements: SN1', '- Implements: S');
    const english = await client.request<CompletionList>('textDocument/completion', at(client, 'retningslinje.md', '- Implements: S', 15));
    expect(english.items.filter((item) => item.sortText!.startsWith('0')).map((item) => item.label)).toEqual(['SN1', 'SN2']);
    expect(english.items[0]!.textEdit).toMatchObject({ range: { start: { character: 14 }, end: { character: 15 } } });
    await client.replace('retningslinje.md', '- Implements: S', '- Implements: SN1');

    await client.replace('serviceniveau.md', 'parent: boernepolitik\n', 'parent: boernepolitik\nimplements: [M1, ]\n');
    const front = await client.request<CompletionList>('textDocument/completion', at(client, 'serviceniveau.md', 'implements: [M1, ', 17));
    expect(front.items.map((item) => item.label).slice(0, 2)).toEqual(['M1', 'M2']);
    await client.replace('serviceniveau.md', 'parent: boernepolitik\nimplements: [M1, ]\n', 'parent: boernepolitik\n');
    await client.replace('serviceniveau.md', '- Udmønter: \n', '- Udmønter: M3\n');
  });

  it('lists sections and goals as document symbols, documents and goals as workspace symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('politik.md') } });
    const outline = (list: DocumentSymbol[], depth = 0): string[] => list.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name} (${symbol.kind})`, ...outline(symbol.children ?? [], depth + 1)]);
    expect(outline(symbols)).toEqual([
      'Børne- og ungepolitik (15)',
      '  Værdier (15)',
      '  Målgrupper (15)',
      '  Mål (15)',
      '    M1 Flere anbragte børn gennemfører folkeskolen (24)',
      '    M2 Bedre trivsel (24)',
      '  Opfølgning (15)',
    ]);
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'lektie' });
    expect(found.map((symbol) => `${symbol.name} @ ${symbol.location.uri.split('/').pop()}`).sort()).toEqual([
      'Guideline for homework support @ retningslinje.md',
      'SN1 Lektiehjælp til anbragte børn @ serviceniveau.md',
    ]);
    const documents = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    expect(
      documents
        .filter((symbol) => symbol.kind === 1)
        .map((symbol) => symbol.name)
        .sort(),
    ).toEqual(['Børne- og ungepolitik 2025–2028', 'Guideline for homework support', 'Noter fra mødet', 'Serviceniveau for børn og unge']);
  });

  it('shows a code lens per goal: who carries it out and the SMART score, in the document language', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri('politik.md') } });
    expect(lenses.map((lens) => lens.command!.title)[0]).toBe('udmøntes af 1 dokument · SMART 5/5');
    expect(lenses.map((lens) => lens.command!.title)[1]).toMatch(/^udmøntes af 0 dokumenter · SMART [0-3]\/5$/);
    expect(lenses).toHaveLength(2);
    const english = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri('retningslinje.md') } });
    expect(english.map((lens) => lens.command!.title.replace(/SMART \d/, 'SMART n'))).toEqual(['carried out by 0 documents · SMART n/5']);
  });
});
