// The SMART scorecard of a goal as the hover and the code lens show it: the engine's one
// scorecard (engine/analysis/smart-card.ts, the same the HTML report shows), read from the
// findings on the goal, with the goal analysis explaining the letters that pass, and the owner
// the analysis took (a field, or the unit or role acting in the statement).
import { analyzeGoal, goalAnalysisOptions } from '../../engine/analysis/index.ts';
import { CRITERIA, CRITERION_NAMES, smartCard, type Criterion } from '../../engine/analysis/smart-card.ts';
import type { ResolvedConfig } from '../../engine/config/schema.ts';
import { effectiveSeverity } from '../../engine/lint/runner.ts';
import type { Goal, GovDocument } from '../../engine/model/document.ts';
import { isPlaceholderValue } from '../../engine/text/placeholder.ts';
import type { Diagnostic, Lang } from '../../engine/types.ts';
import { findRule } from '../../rules/index.ts';

export type SmartLetter = Criterion;

export interface ScoreLine {
  letter: SmartLetter;
  name: string;
  /** true ✓, false ✗, undefined: not assessed. */
  met: boolean | undefined;
  reason: string;
}

export interface Scorecard {
  lines: ScoreLine[];
  score: number;
  assessed: number;
  /** Who answers for the goal, as the analysis read it: the owner field, or the actor in the statement. */
  owner?: { text: string; source: 'field' | 'statement' };
}

/** Findings that concern one goal: tagged with its ID, or (unnamed goal) within its range. */
export function findingsOnGoal(diagnostics: readonly Diagnostic[], goal: Goal): Diagnostic[] {
  return diagnostics.filter((diagnostic) =>
    goal.id !== undefined ? diagnostic.goal === goal.id : diagnostic.range.start.offset >= goal.range.start.offset && diagnostic.range.start.offset <= goal.range.end.offset,
  );
}

export function scorecard(document: GovDocument, goal: Goal, diagnostics: readonly Diagnostic[], config: ResolvedConfig, today: string, lang: Lang): Scorecard {
  // The analysis explains the letters that pass and names the owner; the verdicts stand on the findings without it.
  let analysis: ReturnType<typeof analyzeGoal> | undefined;
  try {
    analysis = analyzeGoal(goal, goalAnalysisOptions(document, config, today));
  } catch {
    analysis = undefined;
  }
  const active = (id: string): boolean => {
    const rule = findRule(id);
    return rule !== undefined && effectiveSeverity(rule, config) !== undefined;
  };
  const card = smartCard(findingsOnGoal(diagnostics, goal), active, lang, () => analysis?.scorecard);
  const lines: ScoreLine[] = CRITERIA.map((letter) => {
    const name = CRITERION_NAMES[letter][lang];
    const score = card.scores[letter];
    return {
      letter,
      name,
      met: score === 'pass' ? true : score === 'fail' ? false : undefined,
      // Some reasons repeat the criterion's name ("Målbart: …"); the card shows it once.
      reason: card.reasons[letter].replace(new RegExp(`^${name}:\\s*`, 'i'), ''),
    };
  });
  let owner: Scorecard['owner'];
  const field = analysis?.fields.owner;
  if (field && !isPlaceholderValue(field.value)) owner = { text: field.value.trim(), source: 'field' };
  else if (analysis?.actor) owner = { text: analysis.actor.text.replace(/\s+/g, ' '), source: 'statement' };
  return { lines, score: card.met, assessed: card.assessed, ...(owner ? { owner } : {}) };
}
