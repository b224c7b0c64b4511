import type { Rule } from '../../engine/rule.ts';

export const fieldRules: Rule[] = [];
