// The New document command's decisions and the UI language, without the vscode module: the
// workspace's language first, parents offered from the level above, the folder of the new file.
import { describe, expect, it } from 'vitest';
import type { HierarchyNode, HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';
import { allNodes, childKind, documentsLang, folderNeighbour, frontMatterLang, parentItems, resolveUiLang, skeletonLang } from './new-document.ts';
import { UI, VIEW_TITLE } from './ui-text.ts';
import nlsDa from '../package.nls.da.json' with { type: 'json' };
import nlsEn from '../package.nls.json' with { type: 'json' };

const node = (path: string, over: Partial<HierarchyNode> = {}): HierarchyNode => ({
  path,
  uri: `file:///ws/${path}`,
  title: path,
  counts: { error: 0, warning: 0, info: 0 },
  children: [],
  ...over,
});

const guideline = node('retningslinjer/samtaler.md', { id: 'rl-samtaler', type: 'guideline', title: 'Retningslinje for børnesamtaler', lang: 'da' });
const serviceA = node('serviceniveauer/sagsbehandling.md', { id: 'sn-sag', type: 'service-level', title: 'Serviceniveau for sagsbehandling', lang: 'da', children: [guideline] });
const serviceB = node('serviceniveauer/forebyggelse.md', { id: 'sn-fore', type: 'service-level', title: 'Kvalitetsstandard for forebyggelse', lang: 'da' });
const policyDa = node('politik/boernepolitik.md', { id: 'pol', type: 'policy', title: 'Sammenhængende børne- og ungepolitik', lang: 'da', children: [serviceA, serviceB] });
const policyEn = node('policy/children.md', { id: 'child-policy', type: 'policy', title: "Children's policy", lang: 'en' });
const draft = node('udkast.md', { type: 'policy', title: 'Udkast uden id' });
const tree: HierarchyTree = { roots: [policyDa, policyEn, draft], totals: { error: 0, warning: 0, info: 0, documents: 0 }, lang: 'da' };

describe('the UI language', () => {
  it('follows the setting, then the workspace, then the document, then VS Code', () => {
    // The reported case: English VS Code, `.govlint.yaml` says `lang: da`.
    expect(resolveUiLang({ setting: 'auto', workspace: 'da', documents: ['en'], displayLanguage: 'en-US' })).toBe('da');
    expect(resolveUiLang({ setting: 'en', workspace: 'da', displayLanguage: 'da' })).toBe('en');
    expect(resolveUiLang({ setting: 'auto', documents: [undefined, 'da', 'en'], displayLanguage: 'en' })).toBe('da');
    expect(resolveUiLang({ setting: 'auto', documents: [undefined], displayLanguage: 'da' })).toBe('da');
    expect(resolveUiLang({ setting: 'auto', displayLanguage: 'en-GB' })).toBe('en');
  });

  it('writes a skeleton in the workspace language, then the parent document’s, whatever the setting', () => {
    expect(skeletonLang({ workspace: 'da', documents: ['en'], displayLanguage: 'en' })).toBe('da');
    expect(skeletonLang({ documents: [policyEn.lang], displayLanguage: 'da' })).toBe('en');
    expect(skeletonLang({ documents: [undefined, undefined], displayLanguage: 'en' })).toBe('en');
  });

  it('reads a document’s language from its front matter, and the workspace’s documents by majority', () => {
    expect(frontMatterLang('---\nid: x\nsprog: da\n---\n# X\n')).toBe('da');
    expect(frontMatterLang('\uFEFF---\r\nlang: "en"\r\n---\r\n')).toBe('en');
    expect(frontMatterLang('---\nid: x\n---\nlang: en\n')).toBeUndefined();
    expect(frontMatterLang('# Notes\nlang: en\n')).toBeUndefined();
    expect(documentsLang(tree)).toBe('da');
    expect(documentsLang({ ...tree, roots: [policyEn] })).toBe('en');
    expect(documentsLang(undefined)).toBeUndefined();
  });

  it('has every message in Danish and English', () => {
    expect(Object.keys(UI.da).sort()).toEqual(Object.keys(UI.en).sort());
    expect(UI.da.pickParent('politik')).toBe('Hvilket dokument udmønter det nye dokument (politik)?');
    expect(UI.en.fixed(1)).toBe('1 fix applied.');
    expect(VIEW_TITLE).toEqual({ da: nlsDa['view.hierarchy'], en: nlsEn['view.hierarchy'] });
  });
});

describe('New document', () => {
  it('suggests the kind below the document it is started from', () => {
    expect(childKind('policy')).toBe('service-level');
    expect(childKind('service-level')).toBe('guideline');
    expect(childKind('guideline')).toBeUndefined();
    expect(childKind(undefined)).toBeUndefined();
  });

  it('offers the documents of the level above as parents, by title with id and path, and a way to type an id', () => {
    expect(parentItems(tree, 'service-level', 'da').map((item) => [item.label, item.description, item.detail, item.parentId ?? null])).toEqual([
      ["Children's policy", 'child-policy', 'policy/children.md', 'child-policy'],
      ['Sammenhængende børne- og ungepolitik', 'pol', 'politik/boernepolitik.md', 'pol'],
      ['$(edit) Skriv et id …', 'et dokument, der ikke er på listen', '', null],
    ]);
    expect(parentItems(tree, 'guideline', 'en').map((item) => item.parentId ?? item.label)).toEqual(['sn-fore', 'sn-sag', '$(edit) Type an id…']);
    expect(parentItems(tree, 'policy', 'da')).toEqual([]);
    // Without the server's tree: only the typed id.
    expect(parentItems(undefined, 'guideline', 'da').map((item) => item.parentId ?? 'manual')).toEqual(['manual']);
  });

  it('puts the new file next to documents of its kind', () => {
    expect(folderNeighbour(tree, 'guideline', serviceA)).toBe(guideline);
    expect(folderNeighbour(tree, 'guideline', serviceB)).toBe(guideline);
    expect(folderNeighbour(tree, 'service-level', policyEn)).toBe(serviceA);
    expect(folderNeighbour({ ...tree, roots: [policyEn] }, 'service-level', policyEn)).toBe(policyEn);
    expect(folderNeighbour(undefined, 'policy')).toBeUndefined();
    expect(allNodes(tree).map((n) => n.path)).toEqual([
      'politik/boernepolitik.md',
      'serviceniveauer/sagsbehandling.md',
      'retningslinjer/samtaler.md',
      'serviceniveauer/forebyggelse.md',
      'policy/children.md',
      'udkast.md',
    ]);
  });
});
