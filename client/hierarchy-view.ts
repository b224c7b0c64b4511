// Tree items for the "Governance hierarchy" view, from the server's `govlint/hierarchy` answer.
// Pure data: extension.ts turns each TreeItemData into a vscode.TreeItem.
import type { HierarchyNode, HierarchyProject, HierarchyTree, SeverityCounts } from '../engine/workspace/hierarchy-tree.ts';

export type UiLang = 'da' | 'en';

export interface TreeItemData {
  /** Stable id (the document's URI: paths repeat across workspace folders) so VS Code keeps expansion state across refreshes. */
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** Codicon id and theme colour id for the icon. */
  icon: { id: string; color?: string };
  collapsible: boolean;
  /** Opened on click. */
  uri: string;
  contextValue: string;
}

const TYPE_LABELS: Record<string, Record<UiLang, string>> = {
  policy: { da: 'politik', en: 'policy' },
  'service-level': { da: 'serviceniveau', en: 'service level' },
  guideline: { da: 'retningslinje', en: 'guideline' },
};

const PROBLEM_LABELS: Record<NonNullable<HierarchyNode['problem']>, Record<UiLang, string>> = {
  'parent-unknown': { da: 'ukendt overordnet', en: 'unknown parent' },
  cycle: { da: 'kreds', en: 'cycle' },
};

export function typeLabel(type: string | undefined, lang: UiLang): string {
  if (!type) return lang === 'da' ? 'uden type' : 'no type';
  return TYPE_LABELS[type]?.[lang] ?? type;
}

export function iconFor(worst: HierarchyNode['worst']): TreeItemData['icon'] {
  switch (worst) {
    case 'error':
      return { id: 'error', color: 'problemsErrorIcon.foreground' };
    case 'warning':
      return { id: 'warning', color: 'problemsWarningIcon.foreground' };
    case 'info':
      return { id: 'info', color: 'problemsInfoIcon.foreground' };
    default:
      return { id: 'pass', color: 'testing.iconPassed' };
  }
}

export function countsText(counts: SeverityCounts, lang: UiLang): string {
  const parts =
    lang === 'da'
      ? [`${counts.error} fejl`, `${counts.warning} ${counts.warning === 1 ? 'advarsel' : 'advarsler'}`, `${counts.info} info`]
      : [`${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`, `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`, `${counts.info} info`];
  return parts.join(', ');
}

export function toTreeItem(node: HierarchyNode, lang: UiLang): TreeItemData {
  const type = typeLabel(node.type, lang);
  const problem = node.problem ? PROBLEM_LABELS[node.problem][lang] : undefined;
  const description = [node.id, type, problem].filter((part): part is string => Boolean(part)).join(' · ');
  const tooltip = [
    node.title,
    `${type}${node.id ? ` \`${node.id}\`` : ''}`,
    node.owner ? `${lang === 'da' ? 'Ansvarlig' : 'Owner'}: ${node.owner}` : undefined,
    countsText(node.counts, lang),
    problem ? `⚠ ${problem}` : undefined,
    node.path,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
  return {
    id: node.uri,
    label: node.title,
    description,
    tooltip,
    icon: iconFor(node.worst),
    collapsible: node.children.length > 0,
    uri: node.uri,
    contextValue: `govlint.document.${node.type ?? 'unknown'}`,
  };
}

/** An item of the view: a document, or (in a multi-root workspace) a project holding documents. */
export type ViewNode = HierarchyNode | HierarchyProject;

export function isProjectNode(node: ViewNode): node is HierarchyProject {
  return 'roots' in node;
}

/** The view's top level: the documents of a single project, or one item per project when there are several. */
export function topLevel(tree: HierarchyTree | undefined): ViewNode[] {
  const projects = tree?.projects ?? [];
  return projects.length > 1 ? projects : (tree?.roots ?? []);
}

export function childrenOf(node: ViewNode): ViewNode[] {
  return isProjectNode(node) ? node.roots : node.children;
}

/** The parent of an item in the view (VS Code asks, to reveal an item), found from the top. */
export function parentOf(tree: HierarchyTree | undefined, target: ViewNode): ViewNode | undefined {
  const stack: Array<[ViewNode, ViewNode | undefined]> = topLevel(tree).map((node) => [node, undefined]);
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (node === target) return parent;
    for (const child of childrenOf(node)) stack.push([child, node]);
  }
  return undefined;
}

/** A project's item: the folder's name, its findings, expanded. */
export function projectTreeItem(project: HierarchyProject, lang: UiLang): Omit<TreeItemData, 'icon'> {
  const documents = countDocuments(project.roots);
  const docs = lang === 'da' ? `${documents} ${documents === 1 ? 'dokument' : 'dokumenter'}` : `${documents} ${documents === 1 ? 'document' : 'documents'}`;
  return {
    id: project.uri,
    label: project.name,
    description: docs,
    tooltip: [project.name, docs, countsText(project.totals, lang)].join('\n'),
    collapsible: true,
    uri: project.uri,
    contextValue: 'govlint.project',
  };
}

function countDocuments(nodes: readonly HierarchyNode[]): number {
  let count = 0;
  for (const node of nodes) count += 1 + countDocuments(node.children);
  return count;
}

/** Status-bar text: codicons and counts, e.g. `$(error) 2 $(warning) 5` — or a check when clean. */
export function statusText(counts: SeverityCounts, state: 'starting' | 'running' | 'stopped'): string {
  if (state === 'starting') return '$(sync~spin) govlint';
  if (state === 'stopped') return '$(circle-slash) govlint';
  if (counts.error + counts.warning + counts.info === 0) return '$(check) govlint';
  return `$(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}`;
}

export function statusTooltip(counts: SeverityCounts, documents: number, lang: UiLang): string {
  const docs = lang === 'da' ? `${documents} ${documents === 1 ? 'dokument' : 'dokumenter'} med fund` : `${documents} ${documents === 1 ? 'document' : 'documents'} with findings`;
  return `govlint: ${countsText(counts, lang)} (${docs})`;
}

/** Counts govlint's diagnostics (source `govlint`) from VS Code's diagnostic collection. */
export function countDiagnostics(perFile: Iterable<readonly [unknown, ReadonlyArray<{ source?: string; severity: number }>]>): SeverityCounts & { documents: number } {
  const counts = { error: 0, warning: 0, info: 0, documents: 0 };
  for (const [, list] of perFile) {
    let any = false;
    for (const diagnostic of list) {
      if (diagnostic.source !== 'govlint') continue;
      any = true;
      // vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3.
      if (diagnostic.severity === 0) counts.error += 1;
      else if (diagnostic.severity === 1) counts.warning += 1;
      else counts.info += 1;
    }
    if (any) counts.documents += 1;
  }
  return counts;
}
