import type { Rule } from '../../engine/rule.ts';
import { frontmatterInvalid } from './frontmatter-invalid.ts';
import { frontmatterMissing } from './frontmatter-missing.ts';
import { goalIdMissing } from './goal-id-missing.ts';
import { idDuplicate } from './id-duplicate.ts';
import { missingOwner } from './missing-owner.ts';
import { placeholder } from './placeholder.ts';
import { requiredSection } from './required-section.ts';
import { reviewInterval } from './review-interval.ts';
import { reviewOverdue } from './review-overdue.ts';

export const documentRules: Rule[] = [frontmatterMissing, frontmatterInvalid, idDuplicate, missingOwner, reviewOverdue, reviewInterval, requiredSection, goalIdMissing, placeholder];
