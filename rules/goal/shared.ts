// Helpers shared by the SMART goal rules: the analysis of each goal in the document's
// language, how a goal is named in a message, and the rewrite scaffolds offered as suggestions.
import { analysisLang, analyzeGoal, type GoalAnalysis } from '../../engine/analysis/index.ts';
import { lexiconData, wordsOf } from '../../engine/analysis/lexicon.ts';
import { insertGoalFieldEdit } from '../../engine/fixes/insert.ts';
import type { Goal, GoalFieldKey, GovDocument } from '../../engine/model/document.ts';
import type { RuleContext } from '../../engine/rule.ts';
import { BoundedCache } from '../../engine/text/bounded-cache.ts';
import { lineEndOffset, rangeAt } from '../../engine/text/positions.ts';
import type { Fix, Lang, Range, TextEdit } from '../../engine/types.ts';

export interface AnalyzedGoal {
  goal: Goal;
  analysis: GoalAnalysis;
  lang: Lang;
}

/** Every goal of the document with its SMART analysis (cached per goal, shared by the rules). */
export function analyzedGoals(context: RuleContext): AnalyzedGoal[] {
  const { document, config, today } = context;
  const lang = analysisLang(document, config.lang);
  const options = {
    lang,
    today,
    ...(document.meta.adopted ? { adopted: document.meta.adopted } : {}),
    retired: document.meta.status === 'retired',
    lexicon: config.lexicon[lang],
    ...(config.owners ? { owners: config.owners } : {}),
  };
  return document.goals.map((goal) => ({ goal, analysis: analyzeGoal(goal, options), lang }));
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
  da: { owner: '[enhed eller rolle]', deadline: '[ÅÅÅÅ-MM-DD]', indicator: '[indikator og datakilde]', baseline: '[værdi] ([år])' },
  en: { owner: '[unit or role]', deadline: '[YYYY-MM-DD]', indicator: '[indicator and data source]', baseline: '[value] ([year])' },
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

const CLAUSE_END = /[,.;:!?()]/;

/** The target group the author named ("blandt anbragte børn" → "anbragte børn"), if any. */
export function targetGroup(text: string, lang: Lang): string | undefined {
  const prepositions = new Set(lexiconData(lang).groupPrepositions);
  const words = wordsOf(text, lang);
  const stops = new Set(lang === 'da' ? ['så', 'ved', 'gennem', 'og', 'til', 'der', 'som', 'at', 'skal', 'får', 'har'] : ['so', 'by', 'through', 'and', 'to', 'who', 'that', 'will', 'get', 'have']);
  for (let i = 0; i < words.length - 1; i++) {
    if (!prepositions.has(words[i]!.word)) continue;
    if (CLAUSE_END.test(text.slice(words[i]!.end, words[i + 1]!.start))) continue;
    let last = i + 1;
    for (let k = i + 2; k < Math.min(words.length, i + 7); k++) {
      if (CLAUSE_END.test(text.slice(words[k - 1]!.end, words[k]!.start)) || stops.has(words[k]!.word)) break;
      last = k;
    }
    // Keep "børn og unge": one "og"/"and" joining two nouns.
    const next = words[last + 1];
    const after = words[last + 2];
    if (next && after && (next.word === 'og' || next.word === 'and') && !CLAUSE_END.test(text.slice(words[last]!.end, after.start)) && last + 2 < i + 7) last += 2;
    return text.slice(words[i + 1]!.start, words[last]!.end);
  }
  return undefined;
}

/** Scaffolds by language, title and statement text: a vague goal gets its suggestion on every lint, the words of its text are segmented once. */
const scaffolds = new BoundedCache<string, string>(2000, 2_000_000);

/** The SMART sentence scaffold for a goal, keeping the author's target group or wording. */
export function scaffoldSentence(goal: Goal, lang: Lang): string {
  const source = goal.statementSpans.at(-1)?.text ?? goal.title;
  const key = `${lang}\u0000${goal.title}\u0000${source}`;
  let sentence = scaffolds.get(key);
  if (sentence === undefined) {
    sentence = computeScaffold(source, goal.title, lang);
    scaffolds.set(key, sentence, key.length);
  }
  return sentence;
}

function computeScaffold(source: string, title: string, lang: Lang): string {
  const oneLine = source.replace(/\s+/g, ' ').trim();
  const group = targetGroup(oneLine, lang) ?? targetGroup(title, lang);
  if (lang === 'da') {
    if (group) return `Andelen af ${group}, der [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].`;
    return `${oneLine.replace(/[.!\s]+$/u, '')}, så andelen af [målgruppe], der [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].`;
  }
  if (group) return `The share of ${group} who [indicator] rises from [baseline] to [target] by [date].`;
  return `${oneLine.replace(/[.!\s]+$/u, '')}, so that the share of [target group] who [indicator] rises from [baseline] to [target] by [date].`;
}

/** Suggestion: rewrite the statement as a SMART sentence and add the missing owner, deadline and indicator fields. */
export function smartScaffold(document: GovDocument, item: AnalyzedGoal): Fix {
  const { goal, analysis, lang } = item;
  const sentence = scaffoldSentence(goal, lang);
  const edits: TextEdit[] = [];
  const paragraph = goal.statementRange;
  const hasParagraph = paragraph !== undefined && !(paragraph.start.offset === goal.titleRange.start.offset && paragraph.end.offset === goal.titleRange.end.offset);
  if (goal.kind === 'heading' && !hasParagraph) {
    const at = lineEndOffset(document.text, document.lineStarts, goal.titleRange.end.line);
    edits.push({ start: at, end: at, newText: document.eol + document.eol + sentence });
  } else {
    const range = paragraph ?? goal.titleRange;
    edits.push({ start: range.start.offset, end: range.end.offset, newText: sentence });
  }
  let joined = goal;
  for (const key of ['owner', 'deadline', 'indicator'] as const) {
    if (goal.fields.some((field) => field.key === key) || (key === 'deadline' && analysis.fields.deadline)) continue;
    edits.push(fieldEdit(document, joined, key, lang));
    // The next field joins the list the first one started.
    joined = { ...goal, hasFieldList: true };
  }
  return {
    title: { da: 'Omskriv til et SMART-mål (med pladsholdere)', en: 'Rewrite as a SMART goal (with placeholders)' },
    edits: mergeEdits(edits),
    safe: false,
    placeholders: true,
  };
}

/** Suggestion: add one field with a placeholder. */
export function addFieldSuggestion(document: GovDocument, goal: Goal, key: GoalFieldKey, lang: Lang): Fix {
  const labels: Partial<Record<GoalFieldKey, { da: string; en: string }>> = {
    deadline: { da: 'Tilføj "Frist:"', en: 'Add "Deadline:"' },
    baseline: { da: 'Tilføj "Udgangspunkt:"', en: 'Add "Baseline:"' },
    indicator: { da: 'Tilføj "Indikator:"', en: 'Add "Indicator:"' },
    owner: { da: 'Tilføj "Ansvarlig:"', en: 'Add "Owner:"' },
  };
  return {
    title: labels[key] ?? { da: 'Tilføj felt', en: 'Add field' },
    edits: [fieldEdit(document, goal, key, lang)],
    safe: false,
    placeholders: true,
  };
}
