// The rule folders hold rules: `rules/<family>/<id>.ts` is the rule `<id>` of that family, with its
// page and its tests beside it; what several rules share lives in the family's `support/` folder.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleDocPath } from '../engine/rule.ts';
import { allRules } from './index.ts';

const families = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('the rule folders', () => {
  it('hold one folder per family and nothing else, each with a support folder at most', () => {
    expect(families.sort()).toEqual([...new Set(allRules.map((rule) => rule.meta.family))].sort());
    for (const family of families) {
      const folders = readdirSync(join(import.meta.dirname, family), { withFileTypes: true }).filter((entry) => entry.isDirectory());
      expect(
        folders.map((folder) => folder.name),
        family,
      ).toEqual(folders.length > 0 ? ['support'] : []);
    }
  });

  it('hold, beside each family index, only rules: each file named after a rule of its family that it exports, with its page and tests', async () => {
    for (const family of families) {
      const names = readdirSync(join(import.meta.dirname, family), { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      const ids = allRules.filter((rule) => rule.meta.family === family).map((rule) => rule.meta.id);
      const modules = names.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts');
      expect(modules.map((name) => name.slice(0, -'.ts'.length)).sort(), family).toEqual([...ids].sort());
      for (const name of names.filter((name) => name.endsWith('.md'))) expect(ids, `${family}/${name}`).toContain(name.slice(0, -'.md'.length));
      for (const name of names.filter((name) => name.endsWith('.test.ts'))) {
        expect(
          ids.some((id) => name === `${id}.test.ts` || name.startsWith(`${id}-`)),
          `${family}/${name} tests a rule of the family (else it belongs in support/)`,
        ).toBe(true);
      }
      for (const id of ids) {
        expect(names, id).toContain(`${id}.md`);
        expect(names, id).toContain(`${id}.test.ts`);
        const rule = allRules.find((candidate) => candidate.meta.id === id)!;
        expect(ruleDocPath(rule.meta)).toBe(`rules/${family}/${id}.md`);
        const module = (await import(pathToFileURL(join(import.meta.dirname, family, `${id}.ts`)).href)) as Record<string, unknown>;
        expect(Object.values(module), `${family}/${id}.ts exports the rule ${id}`).toContain(rule);
      }
    }
  });
});
