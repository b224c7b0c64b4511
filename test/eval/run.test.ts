import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, documentFor, parseItems } from './run.ts';

const labels = '"expect": {"vague-goal": true, "unmeasurable-goal": true, "missing-deadline": true, "missing-owner": true, "hedged-goal": false, "missing-baseline": false}';

describe('evaluation set', () => {
  it('parses the committed data files: at least 150 items in the main set, mostly Danish, ids unique across files', () => {
    const sets = DATA_FILES.map((file) => parseItems(readFileSync(join(import.meta.dirname, file), 'utf8')));
    expect(sets[0]!.length).toBeGreaterThanOrEqual(150);
    for (const items of sets) expect(items.filter((item) => item.lang === 'da').length * 2).toBeGreaterThan(items.length);
    const ids = sets.flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a broken data file with every problem and its line', () => {
    const text = [
      `{"id": "a", "lang": "da", "statement": "Vi vil styrke trivslen.", ${labels}}`,
      `{"id": "a", "lang": "de", "statement": "", "expect": {"vague-goal": "yes"}}`,
      '{not json',
    ].join('\n');
    expect(() => parseItems(text)).toThrowError(
      /line 2: duplicate id "a"\nline 2: "lang" must be "da" or "en"\nline 2: "statement" must be a non-empty string\nline 2: "expect.vague-goal" must be true or false[\s\S]*line 3: not JSON/,
    );
  });

  it('wraps a statement and its fields into a goal of a small policy', () => {
    const [item] = parseItems(`{"id": "x", "lang": "en", "statement": "Reduce absence.", "fields": {"Owner": "School Department"}, ${labels}}`);
    expect(documentFor(item!)).toContain('## Goals\n\n### M1 Objective\n\nReduce absence.\n\n- Owner: School Department\n');
  });
});
