// Helpers shared by the SMART goal rules: the analysis of each goal in the document's
// language, how a goal is named in a message, and the rewrite scaffolds offered as suggestions.
import { analyzeGoal, goalAnalysisOptions, type GoalAnalysis } from '../../../engine/analysis/index.ts';
import { insertGoalFieldEdit } from '../../../engine/fixes/insert.ts';
import { smartRewrite, type RewriteInput, type SmartRewrite } from '../../../engine/fixes/smart-rewrite.ts';
import type { Goal, GoalFieldKey, GovDocument } from '../../../engine/model/document.ts';
import type { RuleContext } from '../../../engine/rule.ts';
import { BoundedCache } from '../../../engine/text/bounded-cache.ts';
import { lineEndOffset, rangeAt } from '../../../engine/text/positions.ts';
import type { Fix, Lang, Range, TextEdit } from '../../../engine/types.ts';

export interface AnalyzedGoal {
  goal: Goal;
  analysis: GoalAnalysis;
  lang: Lang;
}

/** Every goal of the document with its SMART analysis (cached per goal, shared by the rules). */
export function analyzedGoals(context: RuleContext): AnalyzedGoal[] {
  const { document, config, today } = context;
  const options = goalAnalysisOptions(document, config, today);
  return document.goals.map((goal) => ({ goal, analysis: analyzeGoal(goal, options), lang: options.lang }));
}

/** How a message names the goal: its ID, or its title in quotes. */
export function goalName(goal: Goal): string {
  if (goal.id) return goal.id;
  const title = goal.title.length > 60 ? `${goal.title.slice(0, 57)}…` : goal.title;
  return `"${title}"`;
}

export function goalData(goal: Goal): { goal?: string } {
  return goal.id ? { goal: goal.id } : {};
}

export function spanRange(document: GovDocument, span: { start: number; end: number }): Range {
  return rangeAt(document.lineStarts, span.start, span.end);
}

/** `"a", "b"` for a message. */
export function quoteAll(items: ReadonlyArray<{ text: string }>): string {
  return [...new Set(items.map((item) => item.text.replace(/\s+/g, ' ')))].map((text) => `"${text}"`).join(', ');
}

const FIELD_PLACEHOLDERS: Record<Lang, Partial<Record<GoalFieldKey, string>>> = {
  da: { owner: '[enhed eller rolle]', deadline: '[ÅÅÅÅ-MM-DD]', indicator: '[indikator og datakilde]', baseline: '[værdi] ([år])', target: '[målværdi]' },
  en: { owner: '[unit or role]', deadline: '[YYYY-MM-DD]', indicator: '[indicator and data source]', baseline: '[value] ([year])', target: '[target value]' },
};

export function fieldEdit(document: GovDocument, goal: Goal, key: GoalFieldKey, lang: Lang): TextEdit {
  return insertGoalFieldEdit(document, goal, key, FIELD_PLACEHOLDERS[lang][key] ?? '[…]', lang);
}

/** Merges an insertion at the end of an earlier edit into that edit (in order), so no editor has to guess their order. */
function mergeEdits(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const previous = merged.find((m) => edit.start === edit.end && m.end === edit.start);
    if (previous) previous.newText += edit.newText;
    else merged.push({ ...edit });
  }
  return merged;
}

/** Rewrites by language, statement and what the goal has: a vague goal gets its suggestion on every lint. */
const rewrites = new BoundedCache<string, SmartRewrite>(2000, 2_000_000);

/** The SMART rewrite of a goal: its statement, hedges, time expressions and fields, in its language. */
export function goalRewrite(item: AnalyzedGoal): SmartRewrite {
  const { goal, analysis, lang } = item;
  const headingOnly = goal.kind === 'heading' && goal.statementSpans.length < 2;
  const source = goal.statementSpans.at(-1)!;
  const within = (finding: { start: number; end: number }): boolean => finding.start >= source.start && finding.end <= source.start + source.text.length;
  const fields: Partial<Record<GoalFieldKey, boolean>> = {};
  for (const field of goal.fields) fields[field.key] = true;
  const input: RewriteInput = {
    lang,
    statement: source.text,
    hedges: analysis.hedges.filter(within).map((hedge) => hedge.text),
    times: analysis.times.filter((time) => time.source === 'statement' && time.kind !== 'frequency' && within(time)).map((time) => time.text),
    fields,
    // A level that rises needs a date: a time limit or an event ("før problemerne vokser sig store") is none.
    hasDeadline: analysis.deadline !== undefined || analysis.times.some((time) => time.kind === 'deadline') || (analysis.timeBound && goal.fields.some((field) => field.key === 'deadline')),
    headingOnly,
  };
  const key = JSON.stringify(input);
  let rewrite = rewrites.get(key);
  if (rewrite === undefined) {
    rewrite = smartRewrite(input);
    rewrites.set(key, rewrite, key.length);
  }
  return rewrite;
}

/** Suggestion: make the goal SMART — its statement rewritten in the author's words, and the fields it lacks, with placeholders. */
export function smartScaffold(document: GovDocument, item: AnalyzedGoal): Fix {
  const { goal, lang } = item;
  const rewrite = goalRewrite(item);
  const edits: TextEdit[] = [];
  if (rewrite.sentence !== undefined) {
    const paragraph = goal.statementRange;
    const hasParagraph = paragraph !== undefined && !(paragraph.start.offset === goal.titleRange.start.offset && paragraph.end.offset === goal.titleRange.end.offset);
    if (goal.kind === 'heading' && !hasParagraph) {
      const at = lineEndOffset(document.text, document.lineStarts, goal.titleRange.end.line);
      edits.push({ start: at, end: at, newText: document.eol + document.eol + rewrite.sentence });
    } else {
      const range = paragraph ?? goal.titleRange;
      edits.push({ start: range.start.offset, end: range.end.offset, newText: rewrite.sentence });
    }
  }
  let joined = goal;
  for (const key of rewrite.fields) {
    edits.push(fieldEdit(document, joined, key, lang));
    // The next field joins the list the first one started.
    joined = { ...goal, hasFieldList: true };
  }
  return {
    title: { da: 'Gør målet SMART', en: 'Make the goal SMART' },
    edits: mergeEdits(edits),
    safe: false,
    placeholders: true,
  };
}

/** Suggestion: add one field with a placeholder, or, where the field is there with a value that does not count (a placeholder, "snarest"), put the placeholder in its place. */
export function addFieldSuggestion(document: GovDocument, goal: Goal, key: GoalFieldKey, lang: Lang): Fix {
  const labels: Partial<Record<GoalFieldKey, { da: string; en: string }>> = {
    deadline: { da: 'Tilføj "Frist:"', en: 'Add "Deadline:"' },
    baseline: { da: 'Tilføj "Udgangspunkt:"', en: 'Add "Baseline:"' },
    indicator: { da: 'Tilføj "Indikator:"', en: 'Add "Indicator:"' },
    owner: { da: 'Tilføj "Ansvarlig:"', en: 'Add "Owner:"' },
  };
  const existing = goal.fields.find((field) => field.key === key);
  if (existing) {
    const label = existing.rawKey;
    return {
      title: { da: `Udfyld "${label}:"`, en: `Fill in "${label}:"` },
      edits: [{ start: existing.valueRange.start.offset, end: existing.valueRange.end.offset, newText: FIELD_PLACEHOLDERS[lang][key] ?? '[…]' }],
      safe: false,
      placeholders: true,
    };
  }
  return {
    title: labels[key] ?? { da: 'Tilføj felt', en: 'Add field' },
    edits: [fieldEdit(document, goal, key, lang)],
    safe: false,
    placeholders: true,
  };
}
