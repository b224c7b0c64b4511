import { z } from 'zod';
import type { RuleMeta } from '../rule.ts';
import { buildConfigSchema } from './schema.ts';

/**
 * JSON Schema (draft 2020-12) of `.govlint.yaml` / `.govlint.json`, generated from the zod schema
 * the loader validates with, plus each rule's description, so editors explain every rule ID.
 */
export function configJsonSchema(rules: ReadonlyArray<Pick<RuleMeta, 'id' | 'description' | 'defaultSeverity'>>): Record<string, unknown> {
  const schema = z.toJSONSchema(buildConfigSchema(rules.map((rule) => rule.id)), { io: 'input', unrepresentable: 'any' }) as {
    properties?: { rules?: { properties?: Record<string, Record<string, unknown>> } };
  };
  const ruleProperties = schema.properties?.rules?.properties ?? {};
  for (const rule of rules) {
    const property = ruleProperties[rule.id];
    if (property) property.description = `${rule.description.en} (default: ${rule.defaultSeverity}) — ${rule.description.da}`;
  }
  return { ...schema, $id: 'https://govlint.dev/schema/govlint.schema.json', title: 'govlint configuration' };
}
