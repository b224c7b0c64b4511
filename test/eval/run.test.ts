import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, SETS, documentFor, parseItems } from './run.ts';

const labels = '"expect": {"vague-goal": true, "unmeasurable-goal": true, "missing-deadline": true, "missing-owner": true, "hedged-goal": false, "missing-baseline": false}';

describe('evaluation set', () => {
  it('parses the committed data files: at least 150 items in the main set, mostly Danish, ids unique across files', () => {
    const sets = DATA_FILES.map((file) => parseItems(readFileSync(join(import.meta.dirname, file), 'utf8')));
    expect(sets[0]!.length).toBeGreaterThanOrEqual(150);
    for (const items of sets) expect(items.filter((item) => item.lang === 'da').length * 2).toBeGreaterThan(items.length);
    const ids = sets.flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('parses every set of `npm run eval`; real-text items name a source listed in their sources file, and no document is in two sets', () => {
    const seenIds = new Set<string>();
    const urls = new Map<string, string>();
    for (const set of SETS) {
      for (const file of set.files) {
        const items = parseItems(readFileSync(join(import.meta.dirname, file), 'utf8'));
        expect(items.length, file).toBeGreaterThan(50);
        for (const item of items) {
          expect(seenIds.has(item.id), `${file}: ${item.id} repeated`).toBe(false);
          seenIds.add(item.id);
        }
        if (!file.startsWith('real/')) continue;
        const sourcesFile = file
          .replace(/\.(dev|test)\.jsonl$/, '.sources.jsonl')
          .replace(/\.(fresh|blind|unseen|sealed|final|check|held|probe|vault|mint|keel|dawn|reef|tide|wave|gale|hail|sleet|frost|rime|mist)\.jsonl$/, '.$1.sources.jsonl');
        const sources = readFileSync(join(import.meta.dirname, sourcesFile), 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { source: string; url: string });
        const known = new Set(sources.map((s) => s.source));
        for (const item of items) expect(known.has(item.source ?? ''), `${file}: ${item.id} names source ${item.source}`).toBe(true);
        for (const { url } of sources) {
          const owner = urls.get(url);
          // dev and test of one language share their sources file.
          if (owner !== undefined && owner !== sourcesFile) expect.fail(`${url} is in ${owner} and ${sourcesFile}`);
          urls.set(url, sourcesFile);
        }
      }
    }
  });

  it('rejects a broken data file with every problem and its line', () => {
    const text = [`{"id": "a", "lang": "da", "statement": "Vi vil styrke trivslen.", ${labels}}`, `{"id": "a", "lang": "de", "statement": "", "expect": {"vague-goal": "yes"}}`, '{not json'].join(
      '\n',
    );
    expect(() => parseItems(text)).toThrowError(
      /line 2: duplicate id "a"\nline 2: "lang" must be "da" or "en"\nline 2: "statement" must be a non-empty string\nline 2: "expect.vague-goal" must be true or false[\s\S]*line 3: not JSON/,
    );
  });

  it('keeps a statement that opens with a number and a full stop a paragraph, not a list', () => {
    const [item] = parseItems(`{"id": "x", "lang": "da", "statement": "4. klasse: Sundhedssamtale med barnet.", ${labels}}`);
    expect(documentFor(item!)).toContain('### M1 Målsætning\n\n4\\. klasse: Sundhedssamtale med barnet.\n');
  });

  it('wraps a statement and its fields into a goal of a small policy', () => {
    const [item] = parseItems(`{"id": "x", "lang": "en", "statement": "Reduce absence.", "fields": {"Owner": "School Department"}, ${labels}}`);
    expect(documentFor(item!)).toContain('## Goals\n\n### M1 Objective\n\nReduce absence.\n\n- Owner: School Department\n');
  });
});
