import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/schema.ts';
import { documentFromText } from '../parse/from-bytes.ts';
import type { Severity } from '../types.ts';
import { md } from '../../rules/hierarchy/support/test-docs.ts';
import { buildHierarchyTree, worstSeverity, type HierarchyNode } from './hierarchy-tree.ts';
import { WorkspaceIndex } from './index.ts';

function indexOf(files: Record<string, string>): WorkspaceIndex {
  const config = resolveConfig({}, '/workspace');
  return new WorkspaceIndex(Object.entries(files).map(([path, text]) => documentFromText(path, text, config)));
}

/** `id [worst] (problem)` with children indented, for exact comparisons. */
function outline(nodes: HierarchyNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.id ?? n.path}${n.worst ? ` [${n.worst}]` : ''}${n.problem ? ` (${n.problem})` : ''}`, ...outline(n.children, depth + 1)]);
}

const uriOf = (path: string): string => `file:///ws/${path}`;
const findings = (entries: Record<string, Severity[]>): Array<[string, Array<{ severity: Severity }>]> => Object.entries(entries).map(([path, list]) => [path, list.map((severity) => ({ severity }))]);

describe('buildHierarchyTree', () => {
  it('nests policy → service levels → guidelines, sorted by type then title, with the worst finding of each document', () => {
    const index = indexOf({
      'p.md': md({ id: 'politik', type: 'politik' }),
      's2.md': md({ id: 's-b', type: 'serviceniveau', parent: 'politik' }),
      's1.md': md({ id: 's-a', type: 'serviceniveau', parent: 'politik' }),
      'g.md': md({ id: 'g', type: 'retningslinje', parent: 's-a' }),
      'README.md': '# Not a governance document\n',
    });
    const tree = buildHierarchyTree({ index, uriOf, findings: findings({ 'g.md': ['info', 'error', 'warning'], 's2.md': ['warning'], 'README.md': ['info'] }) });
    expect(outline(tree.roots)).toEqual(['politik', '  s-a', '    g [error]', '  s-b [warning]']);
    expect(tree.totals).toEqual({ error: 1, warning: 2, info: 2, documents: 3 });
    const guideline = tree.roots[0]!.children[0]!.children[0]!;
    expect(guideline).toMatchObject({ path: 'g.md', uri: 'file:///ws/g.md', type: 'guideline', title: 'g', owner: 'Enheden', counts: { error: 1, warning: 1, info: 1 } });
    expect(tree.roots[0]).toMatchObject({ type: 'policy', counts: { error: 0, warning: 0, info: 0 } });
    expect(tree.roots[0]!.worst).toBeUndefined();
  });

  it('puts a document with an unknown parent at the top, marked, and keeps its own children under it', () => {
    const index = indexOf({
      'p.md': md({ id: 'politik', type: 'politik' }),
      's.md': md({ id: 's', type: 'serviceniveau', parent: 'politk' }),
      'g.md': md({ id: 'g', type: 'retningslinje', parent: 's' }),
    });
    expect(outline(buildHierarchyTree({ index, uriOf, findings: [] }).roots)).toEqual(['politik', 's (parent-unknown)', '  g']);
  });

  it('shows each member of a cycle once, and terminates', () => {
    const index = indexOf({
      'a.md': md({ id: 'a', type: 'serviceniveau', parent: 'b' }),
      'b.md': md({ id: 'b', type: 'serviceniveau', parent: 'a' }),
      'c.md': md({ id: 'c', type: 'retningslinje', parent: 'b' }),
    });
    expect(outline(buildHierarchyTree({ index, uriOf, findings: [] }).roots)).toEqual(['a (cycle)', '  b', '    c']);
  });

  it('lists a duplicate id once under the document the id resolves to, the duplicate at the top', () => {
    const index = indexOf({
      'a.md': md({ id: 'p', type: 'politik' }),
      'b.md': md({ id: 'p', type: 'politik' }),
      's.md': md({ id: 's', type: 'serviceniveau', parent: 'p' }),
    });
    const roots = buildHierarchyTree({ index, uriOf, findings: [] }).roots;
    expect(roots.map((n) => [n.path, n.children.map((c) => c.path)])).toEqual([
      ['a.md', ['s.md']],
      ['b.md', []],
    ]);
  });

  it('is empty for an empty workspace', () => {
    expect(buildHierarchyTree({ index: new WorkspaceIndex(), uriOf, findings: [] })).toEqual({ roots: [], totals: { error: 0, warning: 0, info: 0, documents: 0 } });
  });
});

describe('worstSeverity', () => {
  it('ranks error over warning over info', () => {
    expect(worstSeverity(['info', undefined, 'warning'])).toBe('warning');
    expect(worstSeverity(['warning', 'error', 'info'])).toBe('error');
    expect(worstSeverity([])).toBeUndefined();
  });
});
