// The rules as the front ends name, link and weigh them: the list the engine runs, a rule by its
// ID, its short name in both languages, the address of its page, and whether a configuration runs
// it. Pure (no files, no threads): the browser builds use it too.
import type { ResolvedConfig } from '../config/schema.ts';
import { effectiveSeverity } from '../lint/runner.ts';
import { findRule } from '../../rules/index.ts';

export type { Rule } from '../rule.ts';
export { allRules, findRule } from '../../rules/index.ts';
export { ruleName } from '../../rules/names.ts';
export { ruleDocUrl } from '../rule.ts';
export { effectiveSeverity } from '../lint/runner.ts';

/** Whether the rule with this ID runs under `config` (it exists and is enabled at some severity). */
export function isRuleActive(id: string, config: ResolvedConfig): boolean {
  const rule = findRule(id);
  return rule !== undefined && effectiveSeverity(rule, config) !== undefined;
}
