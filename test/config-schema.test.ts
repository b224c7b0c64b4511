import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../engine/config/json-schema.ts';
import { ConfigError, loadConfigFile } from '../engine/config/load.ts';
import { allRules } from '../rules/index.ts';

describe('shipped JSON schema', () => {
  it('is generated from the current zod schema and rule list (run `npm run schema` after changing either)', () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'govlint.schema.json'), 'utf8'));
    expect(shipped).toEqual(configJsonSchema(allRules));
  });

  it('lists every rule with its description', () => {
    const schema = configJsonSchema(allRules) as { properties: { rules: { properties: Record<string, { description: string }> } } };
    for (const rule of allRules) expect(schema.properties.rules.properties[rule.meta.id]?.description).toContain(rule.meta.description.en);
  });
});

describe('configuration errors', () => {
  const load = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-config-'));
    const file = join(dir, '.govlint.yaml');
    writeFileSync(file, yaml);
    try {
      loadConfigFile(file, allRules);
      return '';
    } catch (error) {
      return error instanceof ConfigError ? error.message.slice(file.length) : String(error);
    }
  };

  it('suggests the rule a misspelt rule name is close to, and nothing for a name that is close to none', () => {
    expect(load('rules:\n  missing-ownr: warning\n')).toBe(':2:3: unknown rule "missing-ownr" in "rules" (did you mean "missing-owner"?)');
    expect(load('rules:\n  spelling: warning\n')).toBe(':2:3: unknown rule "spelling" in "rules"');
  });
});
