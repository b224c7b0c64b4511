import type { Rule } from '../../engine/rule.ts';
import { frontmatterInvalid } from './frontmatter-invalid.ts';
import { frontmatterMissing } from './frontmatter-missing.ts';

export const documentRules: Rule[] = [frontmatterMissing, frontmatterInvalid];
