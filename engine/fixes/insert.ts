import { GOAL_FIELD_LABELS } from '../parse/aliases.ts';
import type { DocumentOutline, Goal, GoalFieldKey, GovDocument } from '../model/document.ts';
import type { Lang, TextEdit } from '../types.ts';

/** An edit that adds `- Ansvarlig: value` (or the English label) to a goal's field list. */
export function insertGoalFieldEdit(document: GovDocument, goal: Goal, key: GoalFieldKey, value: string, lang: Lang): TextEdit {
  const label = GOAL_FIELD_LABELS[key][lang];
  const eol = document.eol;
  const line = `${goal.fieldIndent}- ${label}: ${value}`;
  // Joining an existing list needs one line break; a new list after a paragraph needs a blank line.
  const prefix = goal.hasFieldList ? eol : goal.kind === 'list-item' ? eol : eol + eol;
  return { start: goal.insertFieldAt, end: goal.insertFieldAt, newText: prefix + line };
}

/** An edit that adds `key: value` as the last line of the front matter. */
export function insertFrontmatterKeyEdit(document: Pick<DocumentOutline, 'frontmatter' | 'eol'>, key: string, value: string): TextEdit | undefined {
  const frontmatter = document.frontmatter;
  if (!frontmatter) return undefined;
  const at = frontmatter.bodyRange.end.offset;
  return { start: at, end: at, newText: `${key}: ${value}${document.eol}` };
}
