import type { Rule } from '../../engine/rule.ts';
import { statutoryDeadline } from './statutory-deadline.ts';

export const fieldRules: Rule[] = [statutoryDeadline];
