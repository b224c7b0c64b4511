import type { Rule } from '../engine/rule.ts';
import { documentRules } from './document/index.ts';
import { fieldRules } from './field/index.ts';
import { goalRules } from './goal/index.ts';
import { hierarchyRules } from './hierarchy/index.ts';
import { toolRules } from './tool/index.ts';

/** Every rule govlint ships, in the order of SPEC §3. Each family's index lists its rules. */
export const allRules: readonly Rule[] = [...documentRules, ...hierarchyRules, ...goalRules, ...fieldRules, ...toolRules];

export const ruleIds: readonly string[] = allRules.map((rule) => rule.meta.id);

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
