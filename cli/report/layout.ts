// Deterministic left-to-right tree layout for the hierarchy drawing. Pure geometry.
//
// Columns are the configured levels (policy | service level | guideline; documents whose type is
// no level go in a last column), so a misplaced document shows where it is, not where its parent
// would put it. Rows: every leaf takes the next row in hierarchy order; a parent sits at the
// middle of its children's rows (a "tidy" tree), so lines never cross within one subtree.
// For 10–60 documents this stays readable: the drawing grows downwards, one row per leaf.

export interface LayoutInput {
  key: string;
  parentKey?: string;
  /** Column: the level index, or -1 for a type that is no level. */
  level: number;
}

export interface LayoutBox {
  key: string;
  x: number;
  y: number;
  column: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface Layout {
  boxes: Map<string, LayoutBox>;
  edges: LayoutEdge[];
  columns: number;
  width: number;
  height: number;
}

export interface LayoutOptions {
  levels: number;
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  rowGap: number;
  margin: number;
  /** Space above the first row (column headings). */
  header: number;
}

/** Lays out nodes given in hierarchy order (each parent before its children, as the report model orders them). */
export function layoutTree(nodes: readonly LayoutInput[], options: LayoutOptions): Layout {
  const known = new Set(nodes.map((node) => node.key));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  const parentOf = new Map<string, string>();
  for (const node of nodes) {
    if (node.parentKey !== undefined && known.has(node.parentKey) && node.parentKey !== node.key) {
      parentOf.set(node.key, node.parentKey);
      let list = children.get(node.parentKey);
      if (!list) children.set(node.parentKey, (list = []));
      list.push(node.key);
    } else {
      roots.push(node.key);
    }
  }
  const levelByKey = new Map(nodes.map((node) => [node.key, node.level]));
  const hasUnknown = nodes.some((node) => node.level < 0 || node.level >= options.levels);
  const columns = Math.max(1, options.levels + (hasUnknown ? 1 : 0));
  const columnOf = (key: string): number => {
    const level = levelByKey.get(key) ?? -1;
    return level < 0 || level >= options.levels ? options.levels : level;
  };

  // Assign rows: post-order walk, iterative (deep or cyclic input cannot overflow the stack).
  // A node with a child in its own column or to its left (a hierarchy-order fault) takes its
  // own row before its children, so the two boxes never overlap.
  const row = new Map<string, number>();
  let nextRow = 0;
  const placed = new Set<string>();
  const placeTree = (root: string): void => {
    const stack: Array<{ key: string; expanded: boolean }> = [{ key: root, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (!top.expanded) {
        if (placed.has(top.key)) {
          stack.pop();
          continue;
        }
        placed.add(top.key);
        top.expanded = true;
        const below = (children.get(top.key) ?? []).filter((child) => !placed.has(child));
        if (below.some((child) => columnOf(child) <= columnOf(top.key))) row.set(top.key, nextRow++);
        for (let i = below.length - 1; i >= 0; i--) stack.push({ key: below[i]!, expanded: false });
        continue;
      }
      stack.pop();
      if (row.has(top.key)) continue;
      const placedChildren = (children.get(top.key) ?? []).filter((child) => row.has(child) && parentOf.get(child) === top.key);
      if (placedChildren.length === 0) row.set(top.key, nextRow++);
      else row.set(top.key, (row.get(placedChildren[0]!)! + row.get(placedChildren[placedChildren.length - 1]!)!) / 2);
    }
  };
  for (const root of roots) placeTree(root);
  // Nodes on a cycle of parents are reachable from no root: cut the cycle at the first one.
  for (const node of nodes) {
    if (placed.has(node.key)) continue;
    const parent = parentOf.get(node.key);
    if (parent !== undefined) {
      const siblings = children.get(parent) ?? [];
      children.set(
        parent,
        siblings.filter((child) => child !== node.key),
      );
    }
    placeTree(node.key);
  }

  const boxes = new Map<string, LayoutBox>();
  const rowHeight = options.nodeHeight + options.rowGap;
  const columnWidth = options.nodeWidth + options.columnGap;
  for (const node of nodes) {
    const column = columnOf(node.key);
    boxes.set(node.key, {
      key: node.key,
      column,
      x: options.margin + column * columnWidth,
      y: options.margin + options.header + row.get(node.key)! * rowHeight,
    });
  }
  const edges: LayoutEdge[] = [];
  for (const node of nodes) {
    const parent = parentOf.get(node.key);
    if (parent !== undefined) edges.push({ from: parent, to: node.key });
  }
  return {
    boxes,
    edges,
    columns,
    width: options.margin * 2 + columns * options.nodeWidth + (columns - 1) * options.columnGap,
    height: options.margin * 2 + options.header + Math.max(1, nextRow) * rowHeight - options.rowGap,
  };
}
