// What a goal comes to for the readers that show it — the editor's hover and code lens, the HTML
// report — read one way: the findings that concern it, its SMART scorecard (smart-card.ts, from
// those findings), who answers for it and when it is due. The rules read the same: the scorecard
// is made of their findings, `missing-owner` asks `goalOwner`, and the deadline is the goal
// analysis' (which `implausible-target` judges). The analysis is run only when a reader needs it
// (a letter that passes is explained, an owner is looked for in the statement, the report asks
// for the deadline), and it is cached per goal (goal.ts), so the rules' analysis serves here too.
import type { Goal, GovDocument } from '../model/document.ts';
import { parseIsoDate, parseWrittenDate, type CalendarDate } from '../text/dates.ts';
import { isPlaceholderValue } from '../text/placeholder.ts';
import type { Diagnostic, Lang, Localized } from '../types.ts';
import { analyzeGoal, goalAnalysisOptions, type AnalysisConfig, type GoalAnalysis } from './goal.ts';
import { SMART_RULES, smartCard, type SmartCard } from './smart-card.ts';

/** Who answers for a goal, and where that was read. */
export interface GoalOwner {
  text: string;
  /** Its owner field; the unit or role acting in its statement; the document's owner (`goalsInheritOwner`). */
  source: 'field' | 'statement' | 'document';
  /** Read from the statement as a pronoun ("They will visit you …"): who it is, the text before the goal says. */
  pronoun?: true;
}

/** How the hover and the report say that an owner read as a pronoun is named before the goal: "They (named before the goal)". */
export const PRONOUN_OWNER_NOTE: Localized = { da: 'nævnt før målet', en: 'named before the goal' };

/**
 * Who answers for the goal: its first owner field that is filled in (not empty, no placeholder),
 * else the unit or role that acts in its statement (the analysis' actor, unless a group that names
 * no one: "agencies", "practitioners"), else `inherited` (the document's owner, with
 * `goalsInheritOwner`). `analysis` is asked only when no field answers.
 */
export function goalOwner(goal: Goal, analysis: () => Pick<GoalAnalysis, 'actor'> | undefined, inherited?: string): GoalOwner | undefined {
  const field = goal.fields.find((candidate) => candidate.key === 'owner' && candidate.value.trim() !== '' && !isPlaceholderValue(candidate.value));
  if (field) return { text: field.value.trim(), source: 'field' };
  const actor = analysis()?.actor;
  if (actor && !actor.generic) return { text: actor.text.replace(/\s+/g, ' '), source: 'statement', ...(actor.pronoun ? { pronoun: true as const } : {}) };
  const document = inherited?.trim();
  return document && !isPlaceholderValue(document) ? { text: document, source: 'document' } : undefined;
}

/** The rules whose findings on a goal its scorecard reads: the SMART letters', and `placeholder` (a goal still template text is not judged). */
const CARD_RULES: ReadonlySet<string> = new Set([...Object.values(SMART_RULES).flat(), 'placeholder']);

const inside = (goal: Goal, offset: number): boolean => offset >= goal.range.start.offset && offset < goal.range.end.offset;

/**
 * The findings of a document that concern each of its goals: a finding naming a goal ID goes to
 * the goal with that ID that contains it (or the first with that ID); one of the scorecard's rules
 * without an ID (an unnumbered goal) to the innermost goal containing it. Others concern no goal.
 */
export function goalFindings(document: GovDocument, findings: readonly Diagnostic[]): Map<Goal, Diagnostic[]> {
  const result = new Map<Goal, Diagnostic[]>();
  if (findings.length === 0 || document.goals.length === 0) return result;
  const byId = new Map<string, Goal[]>();
  for (const goal of document.goals) {
    if (goal.id === undefined) continue;
    let list = byId.get(goal.id);
    if (!list) byId.set(goal.id, (list = []));
    list.push(goal);
  }
  const starts = document.goals.map((goal) => goal.range.start.offset);
  const containing = (offset: number): Goal | undefined => {
    // Goals are in document order: the last one starting at or before the offset, walking back over enclosing ones.
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    for (let i = found, steps = 0; i >= 0 && steps < 8; i--, steps++) if (inside(document.goals[i]!, offset)) return document.goals[i];
    return undefined;
  };
  for (const diagnostic of findings) {
    const offset = diagnostic.range.start.offset;
    let goal: Goal | undefined;
    if (diagnostic.goal !== undefined) {
      const candidates = byId.get(diagnostic.goal) ?? [];
      goal = candidates.find((candidate) => inside(candidate, offset)) ?? candidates[0];
    } else if (CARD_RULES.has(diagnostic.rule)) {
      goal = containing(offset);
    }
    if (!goal) continue;
    let list = result.get(goal);
    if (!list) result.set(goal, (list = []));
    list.push(diagnostic);
  }
  return result;
}

/** When a goal is due as its readers show it. */
export interface GoalDeadlineView {
  /** The deadline field as written, else the words of the statement that name the due date. */
  text?: string;
  /** The due date: the analysis' (the field's date, else the latest the statement or the target field names), else the field's value read as a date. */
  date?: CalendarDate;
}

/** What the configuration says about a goal's readers: the analysis' words and owners, whether goals inherit the document's owner. */
export interface SummaryConfig extends AnalysisConfig {
  goalsInheritOwner?: boolean;
}

export interface GoalSummaryOptions {
  config: SummaryConfig;
  /** ISO date the analysis treats as today. */
  today: string;
  /** The language of the scorecard's words. */
  lang: Lang;
  /** Whether a rule ran (enabled at some severity): a letter none of whose rules ran is not assessed. */
  active: (rule: string) => boolean;
}

/** A goal as the hover, the code lens and the report show it. */
export interface GoalSummary {
  card: SmartCard;
  owner?: GoalOwner;
}

/** The goal analysis of `goal`, or undefined when it fails (a reader then goes on without its explanations). */
function analysisOf(document: GovDocument, goal: Goal, config: AnalysisConfig, today: string): GoalAnalysis | undefined {
  try {
    return analyzeGoal(goal, goalAnalysisOptions(document, config, today));
  } catch {
    return undefined;
  }
}

/** The scorecard and owner of one goal of `document`; `findings`: those that concern it (`goalFindings`). */
export function goalSummary(document: GovDocument, goal: Goal, findings: readonly Diagnostic[], options: GoalSummaryOptions): GoalSummary {
  const { config, today, lang } = options;
  // The analysis explains the letters that pass and finds the actor; the verdicts stand on the findings without it.
  let analysis: GoalAnalysis | undefined;
  let analyzed = false;
  const analyze = (): GoalAnalysis | undefined => {
    if (!analyzed) {
      analyzed = true;
      analysis = analysisOf(document, goal, config, today);
    }
    return analysis;
  };
  const card = smartCard(findings, options.active, lang, () => analyze()?.scorecard);
  const owner = goalOwner(goal, analyze, config.goalsInheritOwner ? document.meta.owner : undefined);
  return { card, ...(owner ? { owner } : {}) };
}

/**
 * When the goal is due as the rules judged it: the deadline field as written (else the words of the
 * statement or the target field that name the due date) and the goal analysis' due date.
 */
export function goalDeadline(document: GovDocument, goal: Goal, options: Pick<GoalSummaryOptions, 'config' | 'today'>): GoalDeadlineView {
  const deadline = analysisOf(document, goal, options.config, options.today)?.deadline;
  const field = goal.deadline?.value;
  const text = field ?? (deadline !== undefined && deadline.source !== 'field' ? deadline.finding.text.replace(/\s+/g, ' ') : undefined);
  const date = deadline?.date ?? (text !== undefined ? (parseIsoDate(text) ?? parseWrittenDate(text)) : undefined);
  return { ...(text !== undefined ? { text } : {}), ...(date ? { date } : {}) };
}
