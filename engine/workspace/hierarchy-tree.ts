// The governance hierarchy as a tree (policy → service levels → guidelines), with each document's
// worst finding: the payload of the `govlint/hierarchy` request that the language server answers
// and the VS Code extension shows in its "Governance hierarchy" view. Pure: no LSP, no vscode.
import type { DocumentOutline } from '../model/document.ts';
import type { Lang, Severity } from '../types.ts';
import type { WorkspaceIndex } from './index.ts';
import { ownValue } from '../own-value.ts';

/**
 * Request method: answers a HierarchyTree of every project of the workspace (a multi-root
 * workspace has one per folder), or, with `uri` (a document or a folder), of its project alone.
 */
export const HIERARCHY_REQUEST = 'govlint/hierarchy';

/** Optional params of the hierarchy request. */
export interface HierarchyParams {
  uri?: string;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface HierarchyNode {
  /** Workspace-relative path with `/` separators. */
  path: string;
  /** Absolute URI of the document, as the client knows it. */
  uri: string;
  id?: string;
  /** Canonical type (policy, service-level, guideline) or as written; absent on bare files. */
  type?: string;
  title: string;
  owner?: string;
  /** The document's language: front-matter `lang`/`sprog`, else Danish when its front matter uses Danish keys; absent when unknown. */
  lang?: Lang;
  /** The most severe finding on this document alone; absent when it has none. */
  worst?: Severity;
  counts: SeverityCounts;
  /** Why the document stands at the top without being a policy. */
  problem?: 'parent-unknown' | 'cycle';
  children: HierarchyNode[];
}

export interface HierarchyTree {
  roots: HierarchyNode[];
  /** The workspace's language: `lang` of its configuration file; absent without one. The extension's UI follows it. */
  lang?: Lang;
  /** Findings over every document with findings known to the server (open or, with workspace diagnostics, closed). */
  totals: SeverityCounts & { documents: number };
  /** The same per project, in the workspace's order (present when the server answers for a workspace; one entry in a single-folder one). */
  projects?: HierarchyProject[];
}

/** The tree of one project (a workspace folder, or a folder inside one with its own configuration). */
export interface HierarchyProject extends Omit<HierarchyTree, 'projects'> {
  /** The project folder's URI. */
  uri: string;
  /** The workspace folder's name (with the path inside it for a nested project). */
  name: string;
}

export interface HierarchyInput {
  index: WorkspaceIndex<DocumentOutline>;
  /** Findings per workspace-relative path; paths without an entry count as clean. */
  findings: Iterable<readonly [string, ReadonlyArray<{ severity: Severity }>]>;
  uriOf(path: string): string;
  /** The workspace's configured language (only when a configuration file sets the workspace up). */
  lang?: Lang;
}

const TYPE_RANK: Record<string, number> = { policy: 0, 'service-level': 1, guideline: 2 };
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worstSeverity(severities: Iterable<Severity | undefined>): Severity | undefined {
  let worst: Severity | undefined;
  for (const severity of severities) if (severity && (!worst || SEVERITY_RANK[severity] > SEVERITY_RANK[worst])) worst = severity;
  return worst;
}

function countSeverities(list: ReadonlyArray<{ severity: Severity }>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of list) counts[finding.severity] += 1;
  return counts;
}

function isGovernanceDocument(document: DocumentOutline): boolean {
  return document.meta.type !== undefined || document.meta.id !== undefined;
}

function compareDocuments(a: DocumentOutline, b: DocumentOutline): number {
  const rank = (ownValue(TYPE_RANK, a.meta.type ?? '') ?? 9) - (ownValue(TYPE_RANK, b.meta.type ?? '') ?? 9);
  if (rank !== 0) return rank;
  const title = (a.meta.title ?? a.path).localeCompare(b.meta.title ?? b.path, 'da');
  return title !== 0 ? title : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Builds the tree: documents without a resolvable parent are roots; each document appears once. */
export function buildHierarchyTree(input: HierarchyInput): HierarchyTree {
  const { index } = input;
  const findings = new Map<string, SeverityCounts>();
  const totals = { error: 0, warning: 0, info: 0, documents: 0 };
  for (const [path, list] of input.findings) {
    const counts = countSeverities(list);
    findings.set(path, counts);
    totals.error += counts.error;
    totals.warning += counts.warning;
    totals.info += counts.info;
    totals.documents += 1;
  }

  const documents = index.documents().filter(isGovernanceDocument);
  const placed = new Set<string>();

  const node = (document: DocumentOutline, problem?: HierarchyNode['problem']): HierarchyNode => {
    placed.add(document.path);
    const counts = findings.get(document.path) ?? { error: 0, warning: 0, info: 0 };
    const lang = document.meta.lang ?? (document.frontmatter?.danishKeys ? 'da' : undefined);
    const worst = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : counts.info > 0 ? 'info' : undefined;
    const children =
      document.meta.id !== undefined && index.isResolutionOfId(document)
        ? index
            .childrenOf(document.meta.id)
            .filter((child) => !placed.has(child.path) && isGovernanceDocument(child))
            .sort(compareDocuments)
        : [];
    // Mark the children placed before descending, so a sibling's subtree cannot claim them.
    for (const child of children) placed.add(child.path);
    return {
      path: document.path,
      uri: input.uriOf(document.path),
      ...(document.meta.id !== undefined ? { id: document.meta.id } : {}),
      ...(document.meta.type !== undefined ? { type: document.meta.type } : {}),
      title: document.meta.title ?? document.meta.id ?? document.path,
      ...(document.meta.owner !== undefined ? { owner: document.meta.owner } : {}),
      ...(lang ? { lang } : {}),
      ...(worst ? { worst } : {}),
      counts,
      ...(problem ? { problem } : {}),
      children: children.map((child) => node(child)),
    };
  };

  const roots: HierarchyNode[] = [];
  const tops = documents.filter((document) => !document.meta.parent || !index.parentOf(document)).sort(compareDocuments);
  for (const document of tops) {
    if (placed.has(document.path)) continue;
    roots.push(node(document, document.meta.parent ? 'parent-unknown' : undefined));
  }
  // Whatever is left hangs under a cycle (or under a parent that is itself in one).
  for (const document of documents.sort(compareDocuments)) {
    if (!placed.has(document.path)) roots.push(node(document, 'cycle'));
  }
  return { roots, totals, ...(input.lang ? { lang: input.lang } : {}) };
}

/**
 * One answer for several projects: `roots` and `totals` over all of them (what a client that
 * knows one project shows), `projects` each apart; `lang` when every project that sets one agrees.
 */
export function mergeHierarchyTrees(projects: readonly HierarchyProject[]): HierarchyTree {
  const totals = { error: 0, warning: 0, info: 0, documents: 0 };
  for (const project of projects) {
    totals.error += project.totals.error;
    totals.warning += project.totals.warning;
    totals.info += project.totals.info;
    totals.documents += project.totals.documents;
  }
  const langs = new Set(projects.map((project) => project.lang).filter((lang): lang is Lang => lang !== undefined));
  const lang = langs.size === 1 ? [...langs][0] : undefined;
  return { roots: projects.flatMap((project) => project.roots), totals, ...(lang ? { lang } : {}), projects: [...projects] };
}
