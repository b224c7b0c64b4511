import type { Rule } from '../../engine/rule.ts';
import { legalReferenceOutdated } from './legal-reference-outdated.ts';
import { readability } from './readability.ts';
import { statutoryDeadline } from './statutory-deadline.ts';
import { unknownOwner } from './unknown-owner.ts';

export const fieldRules: Rule[] = [statutoryDeadline, readability, unknownOwner, legalReferenceOutdated];
