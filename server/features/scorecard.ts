// The SMART scorecard of a goal as the hover and the code lens show it: the engine's one summary
// of a goal (its scorecard read from the findings on it, the same the HTML report shows, and the
// owner: a field, the unit or role acting in the statement, or the document's when goals inherit it).
import { CRITERIA, CRITERION_NAMES, goalFindings, goalSummary, type Criterion, type Diagnostic, type Goal, type GoalOwner, type GovDocument, type Lang } from '../../engine/api/model.ts';
import { isRuleActive } from '../../engine/api/rules.ts';
import type { ResolvedConfig } from '../../engine/api/in-memory.ts';

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
  /** Who answers for the goal: the owner field, the actor in the statement, or the document's owner (`goalsInheritOwner`). */
  owner?: GoalOwner;
}

/** The findings on each goal of a document, worked out once per list of findings (a code lens asks for every goal). */
const findingsByGoal = new WeakMap<readonly Diagnostic[], { document: GovDocument; goals: Map<Goal, Diagnostic[]> }>();

/** Findings that concern one goal (the engine's `goalFindings`, which the report reads too). */
export function findingsOnGoal(document: GovDocument, diagnostics: readonly Diagnostic[], goal: Goal): Diagnostic[] {
  let known = findingsByGoal.get(diagnostics);
  if (!known || known.document !== document) findingsByGoal.set(diagnostics, (known = { document, goals: goalFindings(document, diagnostics) }));
  return known.goals.get(goal) ?? [];
}

/** The scorecard of `goal`; `diagnostics`: the findings of its document. */
export function scorecard(document: GovDocument, goal: Goal, diagnostics: readonly Diagnostic[], config: ResolvedConfig, today: string, lang: Lang): Scorecard {
  const { card, owner } = goalSummary(document, goal, findingsOnGoal(document, diagnostics, goal), { config, today, lang, active: (id) => isRuleActive(id, config) });
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
  return { lines, score: card.met, assessed: card.assessed, ...(owner ? { owner } : {}) };
}
