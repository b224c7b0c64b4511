import { z } from 'zod';
import type { RuleMeta } from '../rule.ts';
import { composeConfigSchema } from './schema.ts';

interface PropertySchema {
  description?: string;
  [key: string]: unknown;
}

/**
 * JSON Schema (draft 2020-12) of `.govlint.yaml` / `.govlint.json`, generated from the zod schema
 * the loader validates with (the engine's keys and the options the rules declare), plus each
 * rule's description, so editors explain every rule ID, and the rules that read each option.
 */
export function configJsonSchema(rules: ReadonlyArray<{ readonly meta: Pick<RuleMeta, 'id' | 'description' | 'defaultSeverity' | 'options'> }>): Record<string, unknown> {
  const { schema: configSchema } = composeConfigSchema(rules);
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, PropertySchema> & { rules?: { properties?: Record<string, PropertySchema> } };
  };
  const ruleProperties = schema.properties?.rules?.properties ?? {};
  const readers = new Map<string, string[]>();
  for (const { meta } of rules) {
    const property = ruleProperties[meta.id];
    if (property) property.description = `${meta.description.en} (default: ${meta.defaultSeverity}) — ${meta.description.da}`;
    for (const key of Object.keys(meta.options?.keys ?? {})) readers.set(key, [...(readers.get(key) ?? []), meta.id]);
  }
  for (const [key, ids] of readers) {
    const property = schema.properties?.[key];
    if (property) property.description = `${property.description ?? ''} Read by: ${[...ids].sort().join(', ')}.`.trim();
  }
  return { ...schema, $id: 'https://govlint.dev/schema/govlint.schema.json', title: 'govlint configuration' };
}
