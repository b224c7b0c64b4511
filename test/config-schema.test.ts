import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configJsonSchema } from '../engine/config/json-schema.ts';
import { ConfigError, loadConfigFile } from '../engine/config/load.ts';
import { composeConfigSchema, ENGINE_KEYS } from '../engine/config/schema.ts';
import { ruleOptions, type RuleMeta } from '../engine/rule.ts';
import { allRules } from '../rules/index.ts';

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: boolean | JsonSchemaNode;
}

describe('shipped JSON schema', () => {
  it('is generated from the current zod schema and rule list (run `npm run schema` after changing either)', () => {
    const shipped: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'govlint.schema.json'), 'utf8'));
    expect(shipped).toEqual(configJsonSchema(allRules));
  });

  it('lists every rule with its description', () => {
    const schema = configJsonSchema(allRules) as { properties: { rules: { properties: Record<string, { description: string }> } } };
    for (const rule of allRules) expect(schema.properties.rules.properties[rule.meta.id]?.description).toContain(rule.meta.description.en);
  });

  it('lists each rule’s options at the top level, described, with the rules that read them', () => {
    const schema = configJsonSchema(allRules) as { properties: Record<string, JsonSchemaNode> };
    const withOptions = allRules.filter((rule) => rule.meta.options);
    expect(withOptions.map((rule) => rule.meta.id).sort()).toEqual(['frontmatter-missing', 'readability', 'required-section', 'review-interval', 'review-overdue']);
    for (const rule of withOptions) {
      for (const key of Object.keys(rule.meta.options!.keys)) {
        const property = schema.properties[key];
        expect(property?.description, key).toMatch(new RegExp(`\\S.* Read by: .*\\b${rule.meta.id}\\b`));
        // Every named setting under the key is described too.
        for (const [name, inner] of Object.entries(property?.properties ?? {})) expect(inner.description, `${key}.${name}`).toBeTruthy();
      }
    }
    expect(schema.properties.readability).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: { maxLix: { type: 'number', exclusiveMinimum: 0 } },
    });
    expect(schema.properties.reviewIntervalMonths?.description).toContain('Read by: review-interval, review-overdue.');
  });
});

describe('composing the configuration schema of the rules', () => {
  const meta = (id: string, options?: RuleMeta['options']) => ({ meta: { id, ...(options ? { options } : {}) } });
  const shared = ruleOptions({ shared: z.number().optional() }, (values) => values.shared ?? 1);

  it('takes the engine’s keys and every rule’s, a key two rules share once', () => {
    const { schema, ruleKeys } = composeConfigSchema([meta('a', shared), meta('b', shared), meta('c')]);
    expect(Object.keys(ruleKeys)).toEqual(['shared']);
    expect(Object.keys(schema.shape)).toEqual([...ENGINE_KEYS, 'shared']);
    expect(schema.safeParse({ shared: 3, rules: { a: 'off' } }).success).toBe(true);
    expect(schema.safeParse({ shared: 'x' }).success).toBe(false);
  });

  it('refuses a key two rules declare with different schemas, and a rule option named like a project setting', () => {
    const other = ruleOptions({ shared: z.string().optional() }, (values) => values.shared);
    expect(() => composeConfigSchema([meta('a', shared), meta('b', other)])).toThrow('rules a and b declare the option "shared" with different schemas');
    const owners = ruleOptions({ owners: z.array(z.string()).optional() }, (values) => values.owners);
    expect(() => composeConfigSchema([meta('a', owners)])).toThrow('rule a declares the option "owners", which is a project setting of the engine');
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

  it('points at a rule’s option of the wrong type, and at an unknown key under a rule’s option', () => {
    expect(load('readability: { maxLix: high }\n')).toBe(':1:24: "readability.maxLix": Invalid input: expected number, received string');
    expect(load('readability:\n  maxLix: 60\n  minLix: 3\n')).toBe(':3:3: unknown key minLix in "readability"');
    expect(load('readability: 5\n')).toBe(':1:14: "readability": Invalid input: expected object, received number');
    expect(load('governanceFolders: styring\n')).toBe(':1:20: "governanceFolders": Invalid input: expected array, received string');
    expect(load('reviewIntervalMonths:\n  policy: many\n')).toBe(':2:11: "reviewIntervalMonths.policy": Invalid input: expected number, received string');
    expect(load('readabilty: { maxLix: 50 }\n')).toBe(':1:1: unknown key readabilty');
  });
});

describe('the VS Code client', () => {
  it('bundles no configuration schema: the rules’ options and the engine’s schema stay out of it', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '..', 'client', 'extension.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      external: ['vscode'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('client/extension.ts'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/zod\/|engine\/config\/schema\.ts|^rules\//.test(input))).toEqual([]);
  });
});
