import type { Rule } from '../../engine/rule.ts';

export const hierarchyRules: Rule[] = [];
