import type { Rule } from '../../engine/rule.ts';
import { internalError } from './internal-error.ts';

export const toolRules: Rule[] = [internalError];
