import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../engine/config/json-schema.ts';
import { allRules } from '../rules/index.ts';

describe('shipped JSON schema', () => {
  it('is generated from the current zod schema and rule list (run `npm run schema` after changing either)', () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'govlint.schema.json'), 'utf8'));
    expect(shipped).toEqual(configJsonSchema(allRules.map((rule) => rule.meta)));
  });

  it('lists every rule with its description', () => {
    const schema = configJsonSchema(allRules.map((rule) => rule.meta)) as { properties: { rules: { properties: Record<string, { description: string }> } } };
    for (const rule of allRules) expect(schema.properties.rules.properties[rule.meta.id]?.description).toContain(rule.meta.description.en);
  });
});
