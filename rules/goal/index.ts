import type { Rule } from '../../engine/rule.ts';
import { hedgedGoal } from './hedged-goal.ts';
import { implausibleTarget } from './implausible-target.ts';
import { missingBaseline } from './missing-baseline.ts';
import { missingDeadline } from './missing-deadline.ts';
import { unmeasurableGoal } from './unmeasurable-goal.ts';
import { vagueGoal } from './vague-goal.ts';

export const goalRules: Rule[] = [vagueGoal, unmeasurableGoal, missingDeadline, missingBaseline, implausibleTarget, hedgedGoal];
