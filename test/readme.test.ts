import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../engine/config/load.ts';
import { allRules, ruleIds } from '../rules/index.ts';
import { ruleTable, withRuleTable } from '../scripts/generate-rule-table.ts';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the set-up-and-run command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toContain('dist/cli.js samples');
    expect(scripts.test).toBeDefined();
  });

  it('has the current rule table (run `npm run docs` after adding a rule)', () => {
    expect(readme).toBe(withRuleTable(readme, ruleTable(allRules.map((rule) => rule.meta))));
    for (const rule of allRules) expect(readme).toContain(`\`${rule.meta.id}\``);
  });

  it('shows configuration examples that govlint accepts', () => {
    const examples = [...readme.matchAll(/^```yaml config\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const dir = mkdtempSync(join(tmpdir(), 'govlint-readme-'));
    examples.forEach((example, i) => {
      const file = join(dir, `example-${i}.govlint.yaml`);
      writeFileSync(file, example);
      expect(() => loadConfigFile(file, ruleIds), example).not.toThrow();
    });
  });
});
