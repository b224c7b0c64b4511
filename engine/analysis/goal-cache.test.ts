// The goal analysis is cached by content with offsets relative to the goal, so a goal that only
// moved (an edit above it) is not analysed again. These tests hold the cached analysis to a fresh
// one on every goal of the samples and the evaluation corpus, and the cache to its bound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFor, parseItems } from '../../test/eval/run.ts';
import { resolveConfig } from '../config/schema.ts';
import type { GovDocument } from '../model/document.ts';
import { documentFromText } from '../parse/from-bytes.ts';
import type { Goal, GoalField, GoalFieldKey } from '../model/document.ts';
import { analysisLang, analyzeGoal, analyzeGoalUncached, CONTENT_CACHE_ENTRIES, contentCache, type AnalysisOptions, type GoalAnalysis } from './goal.ts';

const config = resolveConfig({}, '/w');
const root = join(import.meta.dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') && name !== 'README.md' ? [path] : [];
  });
}

const corpus: Array<[string, string]> = [
  ...markdownFiles(join(root, 'samples')).map((path): [string, string] => [path.slice(root.length + 1), readFileSync(path, 'utf8')]),
  ...['goals.jsonl', 'holdout.jsonl'].flatMap((file) => parseItems(readFileSync(join(root, 'test', 'eval', file), 'utf8')).map((item): [string, string] => [`eval ${item.id}`, documentFor(item)])),
];

/** The options the goal rules pass (rules/goal/support/shared.ts). */
function optionsFor(document: GovDocument): AnalysisOptions {
  const lang = analysisLang(document, config.lang);
  return {
    lang,
    today: '2026-11-23',
    ...(document.meta.adopted ? { adopted: document.meta.adopted } : {}),
    retired: document.meta.status === 'retired',
    lexicon: config.lexicon[lang],
  };
}

function analyzeAll(text: string): GoalAnalysis[] {
  const document = documentFromText('p.md', text, config);
  return document.goals.map((goal) => analyzeGoal(goal, optionsFor(document)));
}

/** Each analysis of a text, cached, next to the analysis computed in place without caches. */
function cachedAndFresh(text: string): { cached: GoalAnalysis[]; fresh: GoalAnalysis[]; goals: Goal[] } {
  const document = documentFromText('p.md', text, config);
  return {
    cached: document.goals.map((goal) => analyzeGoal(goal, optionsFor(document))),
    fresh: document.goals.map((goal) => analyzeGoalUncached(goal, optionsFor(document))),
    goals: document.goals,
  };
}

/** The first filled field of each key: the goal's own objects. */
function ownFields(goal: Goal): Partial<Record<GoalFieldKey, GoalField>> {
  const fields: Partial<Record<GoalFieldKey, GoalField>> = {};
  for (const field of goal.fields) if (!fields[field.key] && field.value.trim() !== '') fields[field.key] = field;
  return fields;
}

function expectSame(text: string, name: string): number {
  const { cached, fresh, goals } = cachedAndFresh(text);
  expect(cached, name).toEqual(fresh);
  expect(cached.map(sharing), name).toEqual(fresh.map(sharing));
  goals.forEach((goal, i) => {
    const own = ownFields(goal);
    expect(Object.keys(cached[i]!.fields), name).toEqual(Object.keys(own));
    for (const [key, field] of Object.entries(own)) expect(cached[i]!.fields[key as GoalFieldKey], name).toBe(field);
  });
  return goals.length;
}

/** Which findings are the same object in two places (as computed, e.g. a target that is also a measure). */
function sharing(analysis: GoalAnalysis): unknown {
  const where = (finding: object) => [analysis.measures.indexOf(finding as never), analysis.times.indexOf(finding as never), finding === analysis.baseline?.from, finding === analysis.baseline?.to];
  return { targets: analysis.absoluteTargets.map(where), implausible: analysis.implausible.map((item) => where(item.finding)) };
}

/** Moves every goal: a paragraph right after the front matter. */
function shifted(text: string): string {
  const end = text.indexOf('\n---', 3);
  const at = end < 0 ? 0 : text.indexOf('\n', end + 4) + 1;
  return `${text.slice(0, at)}\nEn indledning, der flytter alle mål længere ned.\n\n${text.slice(at)}`;
}

describe('goal analysis cached by content', () => {
  it('gives a moved goal the same analysis as a fresh one, offsets shifted and fields its own', () => {
    let goals = 0;
    for (const [name, text] of corpus) {
      contentCache.clear();
      analyzeAll(shifted(text)); // the cache holds every goal at other offsets
      const size = contentCache.size;
      goals += expectSame(text, name);
      expect(contentCache.size, `${name}: a moved goal is a cache hit`).toBe(size);
    }
    expect(goals).toBeGreaterThan(250);
  });

  it('gives the analysis of a fresh parse after an edit, an undo and an edit of another goal', () => {
    const text = readFileSync(join(root, 'samples', 'da', 'politik', 'boerne-og-ungepolitik.md'), 'utf8');
    const statements = documentFromText('p.md', text, config).goals.map((goal) => goal.statementSpans.at(-1)!.text);
    expect(statements.length).toBeGreaterThan(3);
    const edit = (i: number, replacement: string) => text.replace(statements[i]!, replacement);
    const versions = [
      text,
      edit(1, 'Vi vil styrke trivslen blandt anbragte børn.'),
      text,
      edit(3, `${statements[3]} Andelen stiger fra 40 % i 2024 til 55 % senest 2027.`),
      shifted(edit(0, 'Så vidt muligt skal flere unge i uddannelse.')),
    ];
    contentCache.clear();
    versions.forEach((version, i) => expectSame(version, `version ${i}`));
  });

  it('tells apart goals with the same statement split differently between heading and paragraph', () => {
    const head = ['---', 'id: p', 'type: policy', 'title: P', 'lang: da', '---', '# P', '', '## Mål', ''];
    const split = ['### M1 Vi vil styrke trivslen', '', 'Flere børn i trivsel.', ''];
    const whole = ['### M2 Vi vil styrke trivslen Flere børn i trivsel.', ''];
    const text = [...head, ...split, ...whole].join('\n');
    const goals = documentFromText('p.md', text, config).goals;
    expect(goals.map((goal) => goal.statement.replace(/\s+/g, ' '))).toEqual(['Vi vil styrke trivslen Flere børn i trivsel.', 'Vi vil styrke trivslen Flere børn i trivsel.']);
    contentCache.clear();
    expectSame(text, 'same statement');
    contentCache.clear();
    expectSame([...head, ...whole, ...split].join('\n'), 'same statement, the other goal first');
  });

  it('keeps its cache bounded', () => {
    const document = documentFromText('p.md', corpus[0]![1], config);
    const goal = document.goals[0]!;
    contentCache.clear();
    for (let i = 0; i < CONTENT_CACHE_ENTRIES + 100; i++) {
      const statement = `${goal.statement} ${i}`;
      analyzeGoal({ ...goal, statement, statementSpans: [{ text: statement, start: goal.titleRange.start.offset }] }, optionsFor(document));
    }
    expect(contentCache.size).toBeGreaterThan(CONTENT_CACHE_ENTRIES / 2);
    expect(contentCache.size).toBeLessThanOrEqual(CONTENT_CACHE_ENTRIES);
    expect(contentCache.weight).toBeLessThanOrEqual(contentCache.maxWeight);
  });
});
