import {
  OUTLINE_FRONTMATTER_KEYS,
  type DocumentOutline,
  type Frontmatter,
  type FrontmatterOutline,
  type OutlineFrontmatterEntry,
  type GoalOutline,
  type GovDocument,
  type OutlineFrontmatterKey,
} from './document.ts';

/** The outline of a document (see `DocumentOutline`): a new object that does not hold the document's text blocks or sections. */
export function outlineOf(document: GovDocument): DocumentOutline {
  const goals = document.goals.map((goal) => {
    const outline: GoalOutline = { title: goal.title, titleRange: goal.titleRange, implements: goal.implements };
    if (goal.id !== undefined) outline.id = goal.id;
    if (goal.idRange) outline.idRange = goal.idRange;
    if (goal.deadline) outline.deadline = { value: goal.deadline.value, valueRange: goal.deadline.valueRange };
    return outline;
  });
  const outline: DocumentOutline = {
    path: document.path,
    hasBom: document.hasBom,
    eol: document.eol,
    meta: document.meta,
    goals,
    comments: document.comments,
    parseProblems: document.parseProblems,
    lineStarts: document.lineStarts,
  };
  if (document.source) outline.source = document.source;
  if (document.frontmatter) outline.frontmatter = frontmatterOutline(document.frontmatter);
  return outline;
}

function frontmatterOutline(frontmatter: Frontmatter): FrontmatterOutline {
  const entries = new Map<OutlineFrontmatterKey, OutlineFrontmatterEntry>();
  for (const key of OUTLINE_FRONTMATTER_KEYS) {
    const entry = frontmatter.entries.get(key);
    if (entry) entries.set(key, { valueRange: entry.valueRange });
  }
  return { range: frontmatter.range, bodyRange: frontmatter.bodyRange, openingFence: frontmatter.openingFence, entries, errors: frontmatter.errors, danishKeys: frontmatter.danishKeys };
}
