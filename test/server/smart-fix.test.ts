// "Gør målet SMART" over a real stdio connection, with a client that declares snippet edits:
// offered once, on the goal's statement as on its heading; its placeholders numbered once across
// the fix, brackets kept; and the text, once the placeholders are filled in, no longer vague.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, LspTestClient } from './lsp-client.ts';

const FRONT = [
  '---',
  'id: boernepolitik',
  'type: politik',
  'titel: Børne- og ungepolitik',
  'ansvarlig: Børne- og Ungeudvalget',
  'vedtaget: 2025-03-12',
  'revision: 2028-12-31',
  '---',
  '# Børne- og ungepolitik',
  '',
  '## Mål',
  '',
].join('\n');

const POLICY = `${FRONT}
### M1 Trivsel

Vi vil styrke trivslen blandt anbragte børn.

- Ansvarlig: Børne- og Ungeudvalget

### M2 Samarbejde

Vi vil udvikle samarbejdet mellem skole, dagtilbud og familieafdeling.

- Frist: 2027-12-31

## Opfølgning

Udvalget følger op hvert år.
`;

/** What a user types into each placeholder. */
const VALUES: Record<string, string> = {
  '[indikator]': 'andelen, der svarer, at de trives, i den nationale trivselsmåling',
  '[udgangspunkt]': '61 % i 2024',
  '[mål]': '75 %',
  '[dato]': '31. december 2027',
  '[enhed eller rolle]': 'Familieafdelingen',
};

interface SnippetEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: { kind: 'snippet'; value: string };
}

function snippetEdits(action: CodeAction): SnippetEdit[] {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return change.edits as unknown as SnippetEdit[];
}

/** Every tab stop of the snippets as `[number, default text]`, in order. */
function tabStops(edits: readonly SnippetEdit[]): Array<[number, string]> {
  return edits.flatMap((edit) => [...edit.snippet.value.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m): [number, string] => [Number(m[1]), m[2]!]));
}

/** The snippets as the editor leaves them once each placeholder is typed over with its value. */
function filled(edits: readonly SnippetEdit[]): Array<{ range: SnippetEdit['range']; newText: string }> {
  return edits.map((edit) => ({
    range: edit.range,
    newText: edit.snippet.value.replace(/\$\{(\d+):([^}]*)\}/g, (_whole, _n: string, text: string) => VALUES[text] ?? text),
  }));
}

describe('the SMART quick fix over LSP, with snippet edits', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({
      files: { 'politik.md': POLICY, '.govlint.yaml': 'lang: da\n' },
      capabilities: { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } },
    });
    await client.open('politik.md');
    await client.waitFor('politik.md', (list) => list.some((d) => d.code === 'vague-goal'));
  }, 120_000);
  afterAll(() => client.stop());

  async function actionsAt(line: number, character: number): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri('politik.md') },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics: [] },
    });
  }

  it('offers one "Gør målet SMART" on the heading and on the statement, with suppressions by rule name, once each', async () => {
    const lines = client.text('politik.md').split('\n');
    const heading = lines.indexOf('### M2 Samarbejde');
    const statement = heading + 2;
    for (const [line, character] of [
      [heading, 8],
      [statement, 40],
    ] as const) {
      const titles = (await actionsAt(line, character)).map((action) => action.title);
      expect(titles.filter((title) => title === 'Gør målet SMART')).toHaveLength(1);
      expect(new Set(titles).size).toBe(titles.length);
      expect(titles.some((title) => /\b(?:vague-goal|missing-owner|missing-deadline|unmeasurable-goal)\b/.test(title))).toBe(false);
    }
    const onHeading = (await actionsAt(heading, 8)).map((action) => action.title);
    expect(onHeading).toContain('Slå "Manglende ansvarlig" fra for denne linje');
    expect(onHeading.filter((title) => title.endsWith('fra for hele filen'))).toHaveLength(1);
  });

  it('rewrites a goal that has an owner line: placeholders numbered once, brackets kept, and filled in it is not vague', async () => {
    const lines = client.text('politik.md').split('\n');
    const statement = lines.indexOf('Vi vil styrke trivslen blandt anbragte børn.');
    const action = (await actionsAt(statement, 12)).find((candidate) => candidate.title === 'Gør målet SMART');
    expect(action, 'the SMART rewrite on the statement line').toBeDefined();
    const edits = snippetEdits(action!);
    const stops = tabStops(edits);
    expect(stops.map(([, text]) => text)).toEqual(['[indikator]', '[udgangspunkt]', '[mål]', '[dato]']);
    expect(stops.map(([n]) => n)).toEqual([1, 2, 3, 4]);
    expect(edits.map((edit) => edit.snippet.value)).toEqual(['Trivslen blandt anbragte børn, målt ved ${1:[indikator]}, stiger fra ${2:[udgangspunkt]} til ${3:[mål]} senest ${4:[dato]}.']);

    await client.edit('politik.md', filled(edits));
    expect(client.text('politik.md')).toContain(
      '### M1 Trivsel\n\nTrivslen blandt anbragte børn, målt ved andelen, der svarer, at de trives, i den nationale trivselsmåling, stiger fra 61 % i 2024 til 75 % senest 31. december 2027.\n\n- Ansvarlig: Børne- og Ungeudvalget\n',
    );
    const after = await client.waitFor('politik.md', (list) => !list.some((d) => d.code === 'vague-goal' && d.range.start.line === statement));
    const smart = ['vague-goal', 'unmeasurable-goal', 'missing-deadline', 'missing-baseline', 'hedged-goal', 'missing-owner', 'placeholder'];
    const m1 = after.filter((d) => d.range.start.line >= statement - 2 && d.range.start.line <= statement + 2 && smart.includes(String(d.code)));
    expect(m1.map((d) => d.code)).toEqual([]);
  });

  it('numbers the placeholders of a fix with several edits once across all of them, the statement first', async () => {
    const lines = client.text('politik.md').split('\n');
    const statement = lines.indexOf('Vi vil udvikle samarbejdet mellem skole, dagtilbud og familieafdeling.');
    const action = (await actionsAt(statement, 10)).find((candidate) => candidate.title === 'Gør målet SMART')!;
    const edits = snippetEdits(action);
    expect(edits).toHaveLength(2);
    const stops = tabStops(edits);
    expect(stops.map(([n]) => n)).toEqual([1, 2, 3, 4]);
    expect(stops.map(([, text]) => text)).toEqual(['[indikator]', '[udgangspunkt]', '[mål]', '[enhed eller rolle]']);
    // The goal has a deadline field: the sentence adds no date, and the owner joins the field list.
    expect(edits[0]!.snippet.value).toBe('Vi vil udvikle samarbejdet mellem skole, dagtilbud og familieafdeling, så ${1:[indikator]} stiger fra ${2:[udgangspunkt]} til ${3:[mål]}.');
    expect(edits[1]!.snippet.value).toBe('\n- Ansvarlig: ${4:[enhed eller rolle]}');
  });
});
