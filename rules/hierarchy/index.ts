import type { Rule } from '../../engine/rule.ts';
import { deadlineAfterParent } from './deadline-after-parent.ts';
import { goalUncovered } from './goal-uncovered.ts';
import { hierarchyCycle } from './hierarchy-cycle.ts';
import { hierarchyOrder } from './hierarchy-order.ts';
import { implementsUnknown } from './implements-unknown.ts';
import { parentMissing } from './parent-missing.ts';
import { parentUnknown } from './parent-unknown.ts';
import { staleChild } from './stale-child.ts';

export const hierarchyRules: Rule[] = [parentMissing, parentUnknown, hierarchyOrder, hierarchyCycle, implementsUnknown, goalUncovered, deadlineAfterParent, staleChild];
