import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.ts';
import { defaultConfig } from '../config/schema.ts';
import { discoverFiles } from '../workspace/discover.ts';
import { lintFile } from './files.ts';
import { shareStrings } from './shared-strings.ts';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));

describe('shareStrings', () => {
  it('leaves every value of a cloned file as it was, in Danish and English', async () => {
    const config = defaultConfig(samples);
    const files = await discoverFiles(['.'], { cwd: samples, root: samples, include: config.include, ignore: config.ignore });
    let findings = 0;
    const languages = new Set<string>();
    for (const lang of ['da', 'en'] as const) {
      for (const file of files) {
        const linted = lintFile(file, { config, rules: allRules, today: '2026-11-23', lang });
        const shared = shareStrings(structuredClone(linted));
        expect(shared).toEqual(linted);
        findings += linted.diagnostics.length;
        for (const diagnostic of linted.diagnostics) languages.add(`${diagnostic.lang}:${diagnostic.message === diagnostic.messages[lang]}`);
      }
    }
    // The samples exercise findings with fixes and suggestions in both languages.
    expect(findings).toBeGreaterThan(40);
    expect([...languages].sort()).toEqual(['da:true', 'en:true']);
  });
});
