import type { ResolvedConfig } from '../config/schema.ts';
import type { RuleMeta, RuleOptions } from '../rule.ts';

const resolved = new WeakMap<ResolvedConfig, Map<RuleOptions<unknown>, unknown>>();

/**
 * A rule's options under `config`: its `meta.options` resolved from the values of the keys it
 * declares (`config.ruleSettings`), once per configuration. Undefined for a rule without options.
 */
export function ruleOptionsFor<Options>(meta: Pick<RuleMeta<Options>, 'options'>, config: ResolvedConfig): Options | undefined {
  const declared = meta.options;
  if (!declared) return undefined;
  let byRule = resolved.get(config);
  if (!byRule) {
    byRule = new Map();
    resolved.set(config, byRule);
  }
  if (byRule.has(declared)) return byRule.get(declared) as Options;
  const settings = config.ruleSettings;
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(declared.keys)) {
    if (Object.hasOwn(settings, key)) values[key] = settings[key];
  }
  const options = declared.resolve(values, config);
  byRule.set(declared, options);
  return options;
}
