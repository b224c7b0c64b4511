import type { GoalOutline } from './document.ts';
import type { Range } from '../types.ts';

/** Where a finding about a whole goal is shown: its ID and title (the heading text, or the list item's first paragraph). */
export function goalHeadlineRange(goal: GoalOutline): Range {
  return { start: goal.idRange?.start ?? goal.titleRange.start, end: goal.titleRange.end };
}
