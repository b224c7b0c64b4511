// The decisions of the "New governance document" command, without the vscode module: which
// language its questions and its skeleton use, which kind it suggests, which existing documents
// it offers as the parent (the level above), and where it puts the file. extension.ts asks the
// questions with QuickPicks and writes the file.
import type { HierarchyNode, HierarchyTree } from '../engine/workspace/hierarchy-tree.ts';
import type { LangSetting } from './settings.ts';
import { uiLang } from './settings.ts';
import type { TemplateKind, TemplateLang } from './templates.ts';

export type UiLang = TemplateLang;

/** The kind one level up, whose documents a new document of this kind carries out. */
export const PARENT_KIND: Record<TemplateKind, TemplateKind | undefined> = {
  policy: undefined,
  'service-level': 'policy',
  guideline: 'service-level',
};

/** The kind one level down: what a new document under a given document is. */
export function childKind(parentType: string | undefined): TemplateKind | undefined {
  return parentType === 'policy' ? 'service-level' : parentType === 'service-level' ? 'guideline' : undefined;
}

/** Every document of the tree, depth first. */
export function allNodes(tree: HierarchyTree | undefined): HierarchyNode[] {
  const out: HierarchyNode[] = [];
  const stack = [...(tree?.roots ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The language most of the workspace's documents are written in; undefined when none says or it is a tie. */
export function documentsLang(tree: HierarchyTree | undefined): UiLang | undefined {
  const count = { da: 0, en: 0 };
  for (const node of allNodes(tree)) if (node.lang) count[node.lang] += 1;
  return count.da > count.en ? 'da' : count.en > count.da ? 'en' : undefined;
}

/** The language a governance document's front matter declares (`lang:` or `sprog:`), read from its first lines. */
export function frontMatterLang(text: string): UiLang | undefined {
  const head = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(head)) return undefined;
  const end = head.slice(4).search(/^(---|\.\.\.)\s*$/m);
  const block = end === -1 ? head.slice(4) : head.slice(4, 4 + end);
  const match = /^(?:lang|sprog):\s*["']?(da|en)["']?\s*$/im.exec(block);
  return match ? (match[1]!.toLowerCase() as UiLang) : undefined;
}

export interface LangSources {
  /** The `govlint.lang` setting: an explicit choice wins. */
  setting: LangSetting;
  /** The workspace's language, from its configuration file (the server's `govlint/hierarchy` answer). */
  workspace?: UiLang | undefined;
  /** Documents in order of preference: the one the command works from, the open one, then most of the workspace's. */
  documents?: ReadonlyArray<UiLang | undefined>;
  /** VS Code's display language (`vscode.env.language`). */
  displayLanguage: string;
}

/**
 * The language of the extension's own UI (the hierarchy view, the New document command): the
 * `govlint.lang` setting when it is not `auto`, then the workspace's `lang`, then the document's,
 * then VS Code's display language.
 */
export function resolveUiLang(sources: LangSources): UiLang {
  if (sources.setting !== 'auto') return sources.setting;
  if (sources.workspace) return sources.workspace;
  for (const lang of sources.documents ?? []) if (lang) return lang;
  return uiLang('auto', sources.displayLanguage);
}

/**
 * The skeleton's language: the workspace's, then the parent document's, then the open document's,
 * then most of the workspace's documents, then VS Code's. (The setting is about messages; a new
 * document is written in the workspace's language.)
 */
export function skeletonLang(sources: Omit<LangSources, 'setting'>): UiLang {
  return resolveUiLang({ ...sources, setting: 'auto' });
}

export interface ParentItem {
  label: string;
  description: string;
  detail: string;
  /** The parent id to write; absent on the "type an id" entry. */
  parentId?: string;
  /** The chosen document (the new file goes next to its children). */
  node?: HierarchyNode;
}

const MANUAL: Record<UiLang, { label: string; description: string }> = {
  da: { label: '$(edit) Skriv et id …', description: 'et dokument, der ikke er på listen' },
  en: { label: '$(edit) Type an id…', description: 'a document not in the list' },
};

/**
 * The parents a new document of `kind` can have: the documents of the level above that have an id,
 * by title. Each item shows the title, with the id and the path beside it; a last item lets the
 * user type an id. Empty for a policy (the top level).
 */
export function parentItems(tree: HierarchyTree | undefined, kind: TemplateKind, lang: UiLang): ParentItem[] {
  const above = PARENT_KIND[kind];
  if (!above) return [];
  const candidates = allNodes(tree)
    .filter((node) => node.type === above && node.id !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title, 'da') || a.path.localeCompare(b.path));
  return [
    ...candidates.map((node) => ({ label: node.title, description: node.id!, detail: node.path, parentId: node.id!, node })),
    { label: MANUAL[lang].label, description: MANUAL[lang].description, detail: '' },
  ];
}

/**
 * The folder for the new file, as a document whose folder to use: a document of the same kind
 * under the same parent, else any document of the same kind, else the parent itself; undefined:
 * the workspace folder.
 */
export function folderNeighbour(tree: HierarchyTree | undefined, kind: TemplateKind, parent?: HierarchyNode): HierarchyNode | undefined {
  const sameKind = (node: HierarchyNode): boolean => node.type === kind;
  return parent?.children.find(sameKind) ?? allNodes(tree).find(sameKind) ?? parent;
}
