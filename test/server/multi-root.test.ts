// A multi-root workspace over a real stdio connection: one server, each folder its own project
// with its own configuration (a Danish one, an English one), a folder inside one with its own
// configuration as a project of its own (as `govlint FILE` finds it), and a folder added and
// one removed while the server runs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover, SymbolInformation } from 'vscode-languageserver-protocol';
import type { HierarchyNode, HierarchyTree } from '../../engine/workspace/hierarchy-tree.ts';
import { LspTestClient } from './lsp-client.ts';

function policy(id: string, title: string): string {
  return [
    '---',
    `id: ${id}`,
    'type: policy',
    `title: ${title}`,
    'owner: Børne- og Ungeudvalget',
    'adopted: 2025-03-12',
    'adopted-by: Kommunalbestyrelsen',
    'review: 2028-03-01',
    'status: adopted',
    '---',
    `# ${title}`,
    '',
    '## Mål',
    '',
    '### M1 Flere anbragte børn gennemfører folkeskolen',
    'Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger fra 52 % i 2024 til 65 % senest 31. december 2027.',
    '',
    '- Ansvarlig: Børne- og Ungedirektøren',
    '- Frist: 2027-12-31',
    '',
  ].join('\n');
}

function serviceLevel(id: string, parent: string): string {
  return [
    '---',
    `id: ${id}`,
    'type: service-level',
    `title: Serviceniveau ${id}`,
    'owner: Myndighedsafdelingen',
    `parent: ${parent}`,
    'implements: [M1]',
    'adopted: 2025-05-01',
    'review: 2027-05-01',
    'status: adopted',
    '---',
    `# Serviceniveau ${id}`,
    '',
  ].join('\n');
}

const FILES: Record<string, string> = {
  'alpha/.govlint.yaml': 'lang: da\n',
  'alpha/politik.md': policy('alpha-politik', 'Alpha-politik'),
  'alpha/serviceniveau.md': serviceLevel('alpha-sn', 'alpha-politik'),
  // Its parent lives in the other folder, another project: unknown here.
  'alpha/fremmed.md': serviceLevel('alpha-fremmed', 'beta-politik'),
  // Gets a configuration of its own while the server runs.
  'alpha/eget/eget.md': serviceLevel('eget-sn', 'alpha-politik'),
  'beta/.govlint.yaml': 'lang: en\n',
  'beta/politik.md': policy('beta-politik', 'Beta policy'),
  'beta/serviceniveau.md': serviceLevel('beta-sn', 'beta-politik'),
  'beta/fremmed.md': serviceLevel('beta-fremmed', 'alpha-politik'),
  // A configuration of its own: a project of its own, where beta-politik is unknown (as `govlint beta/aeldre/aeldre.md` says).
  'beta/aeldre/.govlint.yaml': 'lang: da\n',
  'beta/aeldre/aeldre.md': serviceLevel('aeldre-sn', 'beta-politik'),
  // Added as a folder later.
  'gamma/.govlint.yaml': 'lang: en\n',
  'gamma/politik.md': policy('gamma-politik', 'Gamma policy'),
  'gamma/fremmed.md': serviceLevel('gamma-fremmed', 'alpha-politik'),
};

const has = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);
const lacks = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.length > 0 && !diagnostics.some((diagnostic) => diagnostic.code === code);
const message = (diagnostics: Diagnostic[], code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)?.message;

/** Every document of a tree as `id (child ids)`, depth first. */
function shape(nodes: HierarchyNode[]): string[] {
  return nodes.map((node) => (node.children.length > 0 ? `${node.id} (${shape(node.children).join(', ')})` : `${node.id}${node.problem ? ` !${node.problem}` : ''}`));
}

describe('multi-root workspace', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files: FILES, workspaceFolders: ['alpha', 'beta'] });
  }, 120_000);
  afterAll(() => client.stop());

  it('lints every folder with its own configuration, each document in its own project', async () => {
    // alpha (lang: da): the parent in beta is unknown here, in Danish.
    const alphaForeign = await client.waitFor('alpha/fremmed.md', has('parent-unknown'));
    expect(message(alphaForeign, 'parent-unknown')).toMatch(/^Intet dokument har id "beta-politik"/);
    // beta (lang: en): the parent in alpha is unknown here, in English.
    const betaForeign = await client.waitFor('beta/fremmed.md', has('parent-unknown'));
    expect(message(betaForeign, 'parent-unknown')).toMatch(/^No document has the id "alpha-politik"/);
    // Parents inside the own folder resolve.
    expect(has('parent-unknown')(await client.waitFor('alpha/serviceniveau.md', (list) => list.length > 0))).toBe(false);
    expect(has('parent-unknown')(await client.waitFor('beta/serviceniveau.md', (list) => list.length > 0))).toBe(false);
    // The nested project: its own configuration (Danish), and beta's policy is not in it.
    const nested = await client.waitFor('beta/aeldre/aeldre.md', has('parent-unknown'));
    expect(message(nested, 'parent-unknown')).toMatch(/^Intet dokument har id "beta-politik"/);
    // Not a folder yet: nothing.
    expect(client.published.has(client.uri('gamma/fremmed.md'))).toBe(false);
  });

  it('answers the hierarchy for each folder, and for the whole workspace with every project apart', async () => {
    const alpha = await client.request<HierarchyTree>('govlint/hierarchy', { uri: client.uri('alpha') });
    expect(shape(alpha.roots)).toEqual(['alpha-politik (alpha-sn, eget-sn)', 'alpha-fremmed !parent-unknown']);
    expect(alpha.lang).toBe('da');
    expect(alpha.roots[0]!.uri).toBe(client.uri('alpha/politik.md'));
    const beta = await client.request<HierarchyTree>('govlint/hierarchy', { uri: client.uri('beta/serviceniveau.md') });
    expect(shape(beta.roots)).toEqual(['beta-politik (beta-sn)', 'beta-fremmed !parent-unknown']);
    expect(beta.lang).toBe('en');
    const all = await client.request<HierarchyTree>('govlint/hierarchy', null);
    expect(all.projects!.map((project) => [project.name, project.uri, project.lang])).toEqual([
      ['alpha', client.uri('alpha'), 'da'],
      ['beta', client.uri('beta'), 'en'],
      ['beta/aeldre', client.uri('beta/aeldre'), 'da'],
    ]);
    expect(shape(all.projects![2]!.roots)).toEqual(['aeldre-sn !parent-unknown']);
    expect(all.roots.length).toBe(5);
    expect(all.lang).toBeUndefined(); // the folders disagree
  });

  it('routes edits, hovers and workspace symbols to the right project', async () => {
    await client.open('alpha/fremmed.md');
    await client.replace('alpha/fremmed.md', 'parent: beta-politik', 'parent: alpha-politik');
    await client.waitFor('alpha/fremmed.md', lacks('parent-unknown'));
    // beta is untouched: its document with the same name still has its finding.
    expect(has('parent-unknown')(client.diagnostics('beta/fremmed.md'))).toBe(true);

    await client.open('beta/serviceniveau.md');
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: client.uri('beta/serviceniveau.md') },
      position: client.position('beta/serviceniveau.md', 'beta-politik', 2),
    });
    expect(JSON.stringify(hover?.contents)).toContain('Beta policy');

    // Quick fixes of a document in the English folder: in English, from that folder's findings.
    await client.open('beta/fremmed.md');
    const foreign = (await client.waitFor('beta/fremmed.md', (list, params) => params?.version === 1 && has('parent-unknown')(list))).filter((diagnostic) => diagnostic.code === 'parent-unknown');
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri: client.uri('beta/fremmed.md') },
      range: foreign[0]!.range,
      context: { diagnostics: foreign },
    });
    expect(actions.map((action) => action.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Disable .+ for this file$/)]));

    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'politik' });
    const files = symbols.filter((symbol) => symbol.kind === 1).map((symbol) => symbol.location.uri);
    expect(files).toEqual(expect.arrayContaining([client.uri('alpha/politik.md'), client.uri('beta/politik.md')]));
    // (Closed again: an open file of a removed folder would go on being checked, below.)
    await client.close('beta/fremmed.md');
    await client.close('beta/serviceniveau.md');
  });

  it('makes a folder that gets a configuration file a project of its own, and back', async () => {
    expect(has('parent-unknown')(await client.waitFor('alpha/eget/eget.md', (list) => list.length > 0))).toBe(false);
    client.write('alpha/eget/.govlint.yaml', 'lang: en\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('alpha/eget/.govlint.yaml'), type: 1 }] });
    const own = await client.waitFor('alpha/eget/eget.md', has('parent-unknown'));
    expect(message(own, 'parent-unknown')).toMatch(/^No document has the id "alpha-politik"/);
    const alpha = await client.request<HierarchyTree>('govlint/hierarchy', { uri: client.uri('alpha') });
    // (alpha-fremmed's parent was corrected in its open buffer above.)
    expect(shape(alpha.roots)).toEqual(['alpha-politik (alpha-fremmed, alpha-sn)']);
    rmSync(join(client.dir, 'alpha/eget/.govlint.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('alpha/eget/.govlint.yaml'), type: 3 }] });
    await client.waitFor('alpha/eget/eget.md', lacks('parent-unknown'));
  });

  it('takes a folder added later, and clears the findings of a removed one', async () => {
    await client.changeFolders(['gamma']);
    const gamma = await client.waitFor('gamma/fremmed.md', has('parent-unknown'));
    expect(message(gamma, 'parent-unknown')).toMatch(/^No document has the id "alpha-politik"/);
    const tree = await client.request<HierarchyTree>('govlint/hierarchy', { uri: client.uri('gamma') });
    expect(shape(tree.roots)).toEqual(['gamma-politik', 'gamma-fremmed !parent-unknown']);

    await client.changeFolders([], ['beta']);
    await client.waitFor('beta/fremmed.md', (list, params) => params !== undefined && list.length === 0);
    await client.waitFor('beta/aeldre/aeldre.md', (list, params) => params !== undefined && list.length === 0);
    const all = await client.request<HierarchyTree>('govlint/hierarchy', null);
    expect(all.projects!.map((project) => project.name)).toEqual(['alpha', 'gamma']);
  });
});
