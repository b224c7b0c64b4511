// The configuration a user reads about is the configuration govlint reads: every option a rule
// declares is shown on the rule's page and in the README's configuration example, and those
// examples load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseConfigText } from '../engine/config/load.ts';
import { ruleDocPath } from '../engine/rule.ts';
import { allRules } from '../rules/index.ts';

const root = join(import.meta.dirname, '..');

/** The top-level keys of each YAML block under a heading, e.g. `## Configuration`, of a Markdown page. */
function yamlBlocks(markdown: string, pattern: RegExp): string[] {
  return [...markdown.matchAll(pattern)].map((match) => match[1]!);
}

const topLevelKeys = (yaml: string) => Object.keys((parseYaml(yaml) as Record<string, unknown> | null) ?? {});

describe('the configuration docs', () => {
  const withOptions = allRules.filter((rule) => rule.meta.options);

  it('show every option a rule reads on its page, in a Configuration section whose example loads', () => {
    expect(withOptions.length).toBeGreaterThan(0);
    for (const rule of withOptions) {
      const page = readFileSync(join(root, ruleDocPath(rule.meta)), 'utf8');
      const section = /^## Configuration\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(page)?.[1];
      expect(section, `${rule.meta.id}: ## Configuration`).toBeDefined();
      const blocks = yamlBlocks(section!, /^```yaml\n([\s\S]*?)^```/gm);
      const shown = blocks.flatMap(topLevelKeys);
      for (const key of Object.keys(rule.meta.options!.keys)) expect(shown, `${rule.meta.id} shows ${key}`).toContain(key);
      for (const block of blocks) expect(() => parseConfigText(block, '.govlint.yaml', allRules), `${rule.meta.id}:\n${block}`).not.toThrow();
    }
  });

  it('show every rule option in the README’s configuration examples', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = yamlBlocks(readme, /^```yaml config[^\n]*\n([\s\S]*?)^```/gm).flatMap(topLevelKeys);
    for (const rule of withOptions) {
      for (const key of Object.keys(rule.meta.options!.keys)) expect(shown, `README shows ${key} (${rule.meta.id})`).toContain(key);
    }
  });
});
