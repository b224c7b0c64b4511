// Every rule has a documentation page, and the examples on it are run as tests:
// each `bad-*` example must trigger the rule and each `good-*` example must not.
// A page cannot drift from the code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ConfigInput } from '../engine/config/schema.ts';
import { ruleDocPath } from '../engine/rule.ts';
import { allRules } from '../rules/index.ts';
import { lintFiles } from './support/lint-files.ts';

interface Example {
  files: Record<string, string>;
  config?: ConfigInput;
}

const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

function attributes(info: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of info.matchAll(/(\w+)(?:="([^"]*)")?/g)) attrs[match[1]!] = match[2] ?? 'true';
  return attrs;
}

export function examplesOf(page: string): Map<string, Example> {
  const examples = new Map<string, Example>();
  for (const match of page.matchAll(FENCE)) {
    const attrs = attributes(match[2] ?? '');
    const name = attrs.example;
    if (!name) continue;
    const example = examples.get(name) ?? { files: {} };
    if (match[1] === 'yaml' && attrs.config) example.config = parseYaml(match[3]!) as ConfigInput;
    else example.files[attrs.file ?? 'example.md'] = match[3]!;
    examples.set(name, example);
  }
  return examples;
}

describe('rule documentation', () => {
  for (const rule of allRules) {
    const path = join(import.meta.dirname, '..', ruleDocPath(rule.meta));
    describe(rule.meta.id, () => {
      it('has a page with bad and good examples in Danish and English', () => {
        expect(existsSync(path), `${path} exists`).toBe(true);
        const examples = examplesOf(readFileSync(path, 'utf8'));
        for (const name of ['bad-da', 'good-da', 'bad-en', 'good-en']) {
          expect([...examples.keys()], `${rule.meta.id} example ${name}`).toContain(name);
        }
      });
      if (!existsSync(path)) return;
      for (const [name, example] of examplesOf(readFileSync(path, 'utf8'))) {
        it(`example ${name} ${name.startsWith('bad') ? 'triggers' : 'does not trigger'} the rule`, () => {
          const found = lintFiles(example.files, example.config ? { config: example.config } : {}).filter((diagnostic) => diagnostic.rule === rule.meta.id);
          if (name.startsWith('bad')) expect(found.length, `${rule.meta.id} in ${name}`).toBeGreaterThan(0);
          else expect(found.map((diagnostic) => diagnostic.message)).toEqual([]);
        });
      }
    });
  }
});
