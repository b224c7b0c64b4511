import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadConfigFile, parseConfigText } from '../engine/config/load.ts';
import { defaultConfig, type ConfigInput, type ResolvedConfig } from '../engine/config/schema.ts';
import { ruleOptionsFor } from '../engine/lint/rule-options.ts';
import { requiredSection } from '../rules/document/required-section.ts';
import { reviewInterval } from '../rules/document/review-interval.ts';
import { lintFiles } from './support/lint-files.ts';
import { allRules } from '../rules/index.ts';
import { ruleTable, withRuleTable } from '../scripts/generate-rule-table.ts';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the set-up-and-run command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain('dist/cli.js samples');
    expect(scripts.test).toBeDefined();
  });

  it('has the current rule table (run `npm run docs` after adding a rule)', () => {
    expect(readme).toBe(withRuleTable(readme, ruleTable(allRules.map((rule) => rule.meta))));
    for (const rule of allRules) expect(readme).toContain(`\`${rule.meta.id}\``);
  });

  it('shows configuration examples that govlint accepts', () => {
    const examples = [...readme.matchAll(/^```yaml config[^\n]*\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const dir = mkdtempSync(join(tmpdir(), 'govlint-readme-'));
    examples.forEach((example, i) => {
      const file = join(dir, `example-${i}.govlint.yaml`);
      writeFileSync(file, example);
      expect(() => loadConfigFile(file, allRules), example).not.toThrow();
    });
  });

  it('writes out the default chain in full: pasting it changes neither the configuration nor a finding', () => {
    const block = /^```yaml config default-chain\n([\s\S]*?)^```/m.exec(readme)?.[1];
    expect(block).toBeDefined();
    const pasted = parseConfigText(block!, '.govlint.yaml', allRules);
    const defaults = defaultConfig(pasted.root);
    expect(pasted.levels).toEqual(defaults.levels);
    const sections = (config: ResolvedConfig) => [...ruleOptionsFor(requiredSection.meta, config)!.requiredSections];
    expect(sections(pasted)).toEqual(sections(defaults));
    const intervals = (config: ResolvedConfig) => [...ruleOptionsFor(reviewInterval.meta, config)!.reviewIntervalMonths];
    expect(intervals(pasted)).toEqual(intervals(defaults));
    // Every sample, and documents typed by the aliases the old block left out.
    const files: Record<string, string> = {};
    for (const file of readdirSync(join(root, 'samples'), { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.md')) files[file] = readFileSync(join(root, 'samples', file), 'utf8');
    }
    files['kvalitet.md'] = '---\nid: kv\ntype: kvalitetsstandard\nparent: sammenhaengende-boerne-og-ungepolitik\n---\n\n## Mål\n\n### K1 Hurtigere svar\nSvar inden 3 dage.\n';
    files['retning.md'] = '---\nid: rl\ntype: retningslinjer\nparent: kv\n---\n\n## Formål\n';
    const input = parseYaml(block!) as ConfigInput;
    const withDefaults = lintFiles(files);
    expect(withDefaults.some((d) => d.rule === 'required-section')).toBe(true);
    expect(lintFiles(files, { config: input })).toEqual(withDefaults);
  });
});
