// The govlint/hierarchy request that feeds the extension's tree view, over a real stdio
// connection to dist/server.js (built by `npm run build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIERARCHY_REQUEST, type HierarchyNode, type HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';
import { LspTestClient } from '../test/server/lsp-client.ts';

const FILES = {
  'politik.md': '---\nid: p\ntype: politik\ntitel: Politik\nansvarlig: Udvalget\nrevision: 2028-01-01\n---\n\n# Politik\n',
  'sn.md': '---\nid: sn\ntype: serviceniveau\ntitel: Serviceniveau\nansvarlig: Afdelingen\noverordnet: p\nrevision: 2027-01-01\n---\n\n# Serviceniveau\n',
  'rl.md': '---\nid: rl\ntype: retningslinje\ntitel: Retningslinje\noverordnet: snn\nrevision: 2027-01-01\n---\n\n# Retningslinje\n',
};

const outline = (nodes: HierarchyNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.id} ${n.worst ?? 'clean'}${n.problem ? ` (${n.problem})` : ''}`, ...outline(n.children, depth + 1)]);

describe(`${HIERARCHY_REQUEST} request`, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({ files: FILES });
  });
  afterAll(() => client.stop());

  it('answers the document tree with each document’s worst finding and URI, closed documents included', async () => {
    const tree = await client.connection.sendRequest<HierarchyTree>(HIERARCHY_REQUEST);
    expect(outline(tree.roots)).toEqual(['p warning', '  sn warning', 'rl error (parent-unknown)']);
    expect(tree.roots[1]).toMatchObject({ path: 'rl.md', uri: client.uri('rl.md'), type: 'guideline', title: 'Retningslinje' });
    expect(tree.roots[1]!.counts.error).toBeGreaterThanOrEqual(2); // missing-owner, parent-unknown
    expect(tree.totals.documents).toBe(3);
    // No configuration file: the workspace has no language of its own; Danish front-matter keys say the documents are Danish.
    expect(tree.lang).toBeUndefined();
    expect(tree.roots[0]!.lang).toBe('da');
  });

  it('follows edits of open documents', async () => {
    await client.open('rl.md');
    await client.edit('rl.md', [{ range: { start: { line: 4, character: 12 }, end: { line: 4, character: 15 } }, newText: 'sn' }]);
    await expect
      .poll(async () => outline((await client.connection.sendRequest<HierarchyTree>(HIERARCHY_REQUEST)).roots), { timeout: 10_000, interval: 100 })
      .toEqual(['p warning', '  sn warning', '    rl error']);
  });
});

describe(`${HIERARCHY_REQUEST} request: the workspace's language`, () => {
  let client: LspTestClient;
  beforeAll(async () => {
    client = await LspTestClient.start({
      files: {
        '.govlint.yaml': 'lang: en\n',
        'policy.md': '---\nid: p\ntype: policy\ntitle: Policy\nowner: Committee\nreview: 2028-01-01\n---\n\n# Policy\n',
        'politik.md': '---\nid: p2\ntype: politik\ntitel: Politik\nsprog: da\n---\n\n# Politik\n',
        'notes.md': '---\nid: n\ntype: guideline\ntitle: Notes\nparent: p\nlang: en\n---\n\n# Notes\n',
      },
    });
  });
  afterAll(() => client.stop());

  it('answers the configuration’s lang, which the extension’s UI follows, and each document’s own language', async () => {
    const tree = await client.connection.sendRequest<HierarchyTree>(HIERARCHY_REQUEST);
    expect(tree.lang).toBe('en');
    const langs = (nodes: HierarchyNode[]): string[] => nodes.flatMap((n) => [`${n.id}:${n.lang ?? '-'}`, ...langs(n.children)]);
    expect(langs(tree.roots)).toEqual(['p:-', 'n:en', 'p2:da']);
  });
});
