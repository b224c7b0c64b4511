// Evaluation of the SMART goal rules on labelled sets of goal statements.
//
// Each item becomes one goal in a small Markdown document; every document is linted with only
// the labelled rules, and each rule's findings are compared with the labels. The figures are a
// measurement, not a test: low precision or recall never fails the run. A broken data file
// (bad JSON, a missing label, an unknown rule or language, a duplicate id) exits with status 1.
//
// Sets: `goals` and `holdout` (written here, see README.md); `real-dev`, `real-test`, `real-fresh`,
// `real-blind`, `real-unseen`, `real-sealed`, `real-final`, `real-check`, `real-held`, `real-probe`, `real-vault`, `real-mint`, `real-keel`, `real-dawn`, `real-reef`, … `real-rime` and `real-mist` (quoted from published documents, labelled by the project's
// labelling guide; see real/README.md). Each real set after real-dev was frozen when it was
// collected and measured once before anyone read its items; real/README.md says which have been
// read and tuned on since.
//
//   npm run eval                          every set
//   npm run eval -- --set real-dev        one set (repeatable)
//   npm run eval -- --verbose             also print the messages of misclassified items
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds } from '../../rules/index.ts';
import { lintFiles } from '../support/lint-files.ts';

export const EVAL_RULES = ['vague-goal', 'unmeasurable-goal', 'missing-deadline', 'missing-owner', 'hedged-goal', 'missing-baseline'] as const;
export type EvalRule = (typeof EVAL_RULES)[number];

export interface EvalItem {
  id: string;
  lang: 'da' | 'en';
  statement: string;
  /** Goal fields as written (`Ansvarlig`, `Frist`, `Owner` …), in order. */
  fields?: Record<string, string>;
  /** Per rule: should it fire; null when the item is not labelled for it (borderline, or not part of that set's labels). */
  expect: Record<EvalRule, boolean | null>;
  note?: string;
  /** Real-text items: the source document's id (see the set's sources file) and the kind of statement. */
  source?: string;
  kind?: string;
}

/** Rules the real-text sets label (LABELLING.md); missing-baseline is labelled only in the written sets. */
const REAL_RULES: readonly EvalRule[] = ['vague-goal', 'unmeasurable-goal', 'missing-deadline', 'missing-owner', 'hedged-goal'];

/** Parses and validates the data file; throws with every problem found (line numbers are 1-based). */
export function parseItems(text: string): EvalItem[] {
  const problems: string[] = [];
  const items: EvalItem[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const at = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${at}: not JSON (${(error as Error).message})`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${at}: not an object`);
      return;
    }
    const item = value as Record<string, unknown>;
    const id = item.id;
    if (typeof id !== 'string' || id === '') problems.push(`${at}: "id" must be a non-empty string`);
    else if (seen.has(id)) problems.push(`${at}: duplicate id "${id}"`);
    else seen.add(id);
    if (item.lang !== 'da' && item.lang !== 'en') problems.push(`${at}: "lang" must be "da" or "en"`);
    if (typeof item.statement !== 'string' || item.statement.trim() === '') problems.push(`${at}: "statement" must be a non-empty string`);
    else if (/[\n\r]/.test(item.statement)) problems.push(`${at}: "statement" must be one line`);
    if (item.fields !== undefined) {
      if (typeof item.fields !== 'object' || item.fields === null || Array.isArray(item.fields)) problems.push(`${at}: "fields" must be an object`);
      else
        for (const [key, fieldValue] of Object.entries(item.fields)) {
          if (typeof fieldValue !== 'string' || fieldValue.trim() === '' || /[\n\r]/.test(fieldValue)) problems.push(`${at}: field "${key}" must be a one-line string`);
        }
    }
    const expect = item.expect;
    const labels = item.labels;
    const judged = {} as Record<EvalRule, boolean | null>;
    if (labels !== undefined) {
      // Real-text format: 1 (should fire), 0 (should not), null (borderline) for each labelled rule.
      if (expect !== undefined) problems.push(`${at}: "expect" and "labels" cannot both be given`);
      if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) problems.push(`${at}: "labels" must be an object`);
      else {
        for (const rule of EVAL_RULES) {
          const value = (labels as Record<string, unknown>)[rule];
          if (!REAL_RULES.includes(rule)) judged[rule] = null;
          else if (value === 1 || value === 0) judged[rule] = value === 1;
          else if (value === null) judged[rule] = null;
          else problems.push(`${at}: "labels.${rule}" must be 1, 0 or null`);
        }
        for (const key of Object.keys(labels)) {
          if (!REAL_RULES.includes(key as EvalRule)) problems.push(`${at}: unknown rule "${key}" in "labels"`);
        }
      }
    } else if (typeof expect !== 'object' || expect === null || Array.isArray(expect)) problems.push(`${at}: "expect" must be an object`);
    else {
      for (const rule of EVAL_RULES) {
        const value = (expect as Record<string, unknown>)[rule];
        if (typeof value !== 'boolean') problems.push(`${at}: "expect.${rule}" must be true or false`);
        else judged[rule] = value;
      }
      for (const key of Object.keys(expect)) {
        if (!(EVAL_RULES as readonly string[]).includes(key)) problems.push(`${at}: unknown rule "${key}" in "expect"`);
      }
    }
    for (const key of ['source', 'kind'] as const) {
      if (item[key] !== undefined && typeof item[key] !== 'string') problems.push(`${at}: "${key}" must be a string`);
    }
    for (const key of Object.keys(item)) {
      if (!['id', 'lang', 'statement', 'fields', 'expect', 'labels', 'note', 'source', 'kind'].includes(key)) problems.push(`${at}: unknown key "${key}"`);
    }
    const { labels: _labels, ...rest } = item;
    items.push({ ...(rest as unknown as EvalItem), expect: judged });
  });
  if (items.length === 0 && problems.length === 0) problems.push('no items');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return items;
}

/** The Markdown document an item is linted in: front matter, a goal section, one goal with the item's fields. */
export function documentFor(item: EvalItem): string {
  const da = item.lang === 'da';
  const fields = Object.entries(item.fields ?? {}).map(([key, value]) => `- ${key}: ${value}`);
  return [
    '---',
    `id: eval-${item.id}`,
    'type: policy',
    `title: ${da ? 'Evalueringsdokument' : 'Evaluation document'}`,
    `owner: ${da ? 'Børne- og Ungeudvalget' : 'Children and Youth Committee'}`,
    'adopted: 2025-03-12',
    `adopted-by: ${da ? 'Kommunalbestyrelsen' : 'City Council'}`,
    'review: 2028-03-01',
    'status: adopted',
    `lang: ${item.lang}`,
    '---',
    '',
    `# ${da ? 'Evalueringsdokument' : 'Evaluation document'}`,
    '',
    `## ${da ? 'Mål' : 'Goals'}`,
    '',
    `### M1 ${da ? 'Målsætning' : 'Objective'}`,
    '',
    // The statement is a paragraph as quoted: a number, a dash or a hash that opens it is text, not a list or a heading ("4. klasse: …").
    item.statement.replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2').replace(/^([-*+>#])(?=\s)/u, '\\$1'),
    ...(fields.length > 0 ? ['', ...fields] : []),
    '',
  ].join('\n');
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface RuleResult {
  rule: EvalRule;
  registered: boolean;
  counts: Counts;
  /** Items where the finding differs from the label. */
  wrong: Array<{ id: string; expected: boolean; messages: string[] }>;
}

export function evaluate(items: readonly EvalItem[], today = '2026-11-23'): RuleResult[] {
  const registered = EVAL_RULES.filter((rule) => ruleIds.includes(rule));
  const files: Record<string, string> = {};
  const fileOf = new Map<string, EvalItem>();
  for (const item of items) {
    const file = `${item.id}.md`;
    files[file] = documentFor(item);
    fileOf.set(file, item);
  }
  const diagnostics = registered.length > 0 ? lintFiles(files, { only: [...registered], today }) : [];
  // A rule that throws on a statement would count as "no finding" for it: a measurement that hides a crash is no measurement.
  const crashes = diagnostics.filter((diagnostic) => diagnostic.rule === 'internal-error');
  if (crashes.length > 0)
    throw new Error(
      `a rule failed on ${crashes.length} statement(s): ${crashes
        .slice(0, 3)
        .map((d) => `${d.file}: ${d.message}`)
        .join('; ')}`,
    );
  const found = new Map<string, string[]>();
  for (const diagnostic of diagnostics) {
    // Only findings on the goal count (missing-owner also reports documents; ours all have an owner).
    if (diagnostic.goal !== 'M1') continue;
    const key = `${diagnostic.file}\u0000${diagnostic.rule}`;
    found.set(key, [...(found.get(key) ?? []), diagnostic.message]);
  }
  return EVAL_RULES.map((rule) => {
    const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const wrong: RuleResult['wrong'] = [];
    const isRegistered = registered.includes(rule);
    if (isRegistered) {
      for (const [file, item] of fileOf) {
        const messages = found.get(`${file}\u0000${rule}`) ?? [];
        const actual = messages.length > 0;
        const expected = item.expect[rule];
        if (expected === null) continue;
        if (actual && expected) counts.tp++;
        else if (actual && !expected) counts.fp++;
        else if (!actual && expected) counts.fn++;
        else counts.tn++;
        if (actual !== expected) wrong.push({ id: item.id, expected, messages });
      }
    }
    return { rule, registered: isRegistered, counts, wrong };
  });
}

const ratio = (a: number, b: number): string => (b === 0 ? '  –  ' : (a / b).toFixed(3));

/** Data files, in order: the main set (required) and a held-out set written after the rules were tuned (optional). */
export const DATA_FILES = ['goals.jsonl', 'holdout.jsonl'];

/** The sets `npm run eval` reports, by name, with their data files (relative to this folder). */
export const SETS: ReadonlyArray<{ name: string; title: string; files: readonly string[] }> = [
  { name: 'goals', title: 'goals.jsonl (written here, tuned on)', files: ['goals.jsonl'] },
  { name: 'holdout', title: 'holdout.jsonl (written here)', files: ['holdout.jsonl'] },
  { name: 'real-dev', title: 'real-dev (published text, tuned on)', files: ['real/da.dev.jsonl', 'real/en.dev.jsonl'] },
  { name: 'real-test', title: 'real-test (published text, frozen in session 7, tuned on since)', files: ['real/da.test.jsonl', 'real/en.test.jsonl'] },
  { name: 'real-fresh', title: 'real-fresh (published text, frozen in session 8, tuned on since)', files: ['real/da.fresh.jsonl', 'real/en.fresh.jsonl'] },
  { name: 'real-blind', title: 'real-blind (published text, frozen in session 9, measured once, tuned on since)', files: ['real/da.blind.jsonl', 'real/en.blind.jsonl'] },
  { name: 'real-unseen', title: 'real-unseen (published text, frozen in session 10, measured once, tuned on since)', files: ['real/da.unseen.jsonl', 'real/en.unseen.jsonl'] },
  { name: 'real-sealed', title: 'real-sealed (published text, frozen in session 10, measured once, tuned on since)', files: ['real/da.sealed.jsonl', 'real/en.sealed.jsonl'] },
  { name: 'real-final', title: 'real-final (published text, frozen in session 10, measured once, tuned on since)', files: ['real/da.final.jsonl', 'real/en.final.jsonl'] },
  { name: 'real-check', title: 'real-check (published text, frozen in session 11, measured once, tuned on since)', files: ['real/da.check.jsonl', 'real/en.check.jsonl'] },
  { name: 'real-held', title: 'real-held (published text, frozen in session 11, measured once, tuned on since)', files: ['real/da.held.jsonl', 'real/en.held.jsonl'] },
  { name: 'real-probe', title: 'real-probe (published text, frozen in session 12, measured once, tuned on since)', files: ['real/da.probe.jsonl', 'real/en.probe.jsonl'] },
  { name: 'real-vault', title: 'real-vault (published text, frozen in session 12, measured once, tuned on since)', files: ['real/da.vault.jsonl', 'real/en.vault.jsonl'] },
  { name: 'real-mint', title: 'real-mint (published text, frozen in session 13, measured once, tuned on since)', files: ['real/da.mint.jsonl', 'real/en.mint.jsonl'] },
  { name: 'real-keel', title: 'real-keel (published text, frozen in session 13, measured once, tuned on since)', files: ['real/da.keel.jsonl', 'real/en.keel.jsonl'] },
  { name: 'real-dawn', title: 'real-dawn (published text, frozen in session 14, measured once, tuned on since)', files: ['real/da.dawn.jsonl', 'real/en.dawn.jsonl'] },
  { name: 'real-reef', title: 'real-reef (published text, frozen in session 14, measured once, tuned on since)', files: ['real/da.reef.jsonl', 'real/en.reef.jsonl'] },
  { name: 'real-tide', title: 'real-tide (published text, frozen in session 15, measured once, tuned on since)', files: ['real/da.tide.jsonl', 'real/en.tide.jsonl'] },
  { name: 'real-wave', title: 'real-wave (published text, frozen in session 15, measured once, tuned on since)', files: ['real/da.wave.jsonl', 'real/en.wave.jsonl'] },
  { name: 'real-gale', title: 'real-gale (published text, frozen in session 16, measured once, tuned on since)', files: ['real/da.gale.jsonl', 'real/en.gale.jsonl'] },
  { name: 'real-hail', title: 'real-hail (published text, frozen in session 16, measured once, tuned on since)', files: ['real/da.hail.jsonl', 'real/en.hail.jsonl'] },
  { name: 'real-sleet', title: 'real-sleet (published text, frozen in session 17, measured once, tuned on since)', files: ['real/da.sleet.jsonl', 'real/en.sleet.jsonl'] },
  { name: 'real-frost', title: 'real-frost (published text, frozen in session 17, measured once, tuned on since)', files: ['real/da.frost.jsonl', 'real/en.frost.jsonl'] },
  { name: 'real-rime', title: 'real-rime (published text, frozen in session 18, measured once, tuned on since)', files: ['real/da.rime.jsonl', 'real/en.rime.jsonl'] },
  { name: 'real-mist', title: 'real-mist (published text, frozen in session 19, measured once, in the model since)', files: ['real/da.mist.jsonl', 'real/en.mist.jsonl'] },
];

function report(title: string, items: readonly EvalItem[], verbose: boolean): string[] {
  const byLang = { da: items.filter((i) => i.lang === 'da').length, en: items.filter((i) => i.lang === 'en').length };
  const results = evaluate(items);
  const out: string[] = [];
  out.push(`${title}: ${items.length} goal statements (${byLang.da} Danish, ${byLang.en} English)`);
  out.push('');
  out.push('rule                precision  recall   tp   fp   fn   tn  labelled true  unlabelled');
  for (const result of results) {
    const positives = items.filter((item) => item.expect[result.rule] === true).length;
    if (!result.registered) {
      out.push(`${result.rule.padEnd(20)}rule not registered${''.padStart(24)}${String(positives).padStart(4)}`);
      continue;
    }
    const { tp, fp, fn, tn } = result.counts;
    out.push(
      `${result.rule.padEnd(20)}${ratio(tp, tp + fp).padStart(9)}  ${ratio(tp, tp + fn).padStart(6)} ${[tp, fp, fn, tn].map((n) => String(n).padStart(4)).join(' ')}  ${String(positives).padStart(13)}  ${String(items.length - tp - fp - fn - tn).padStart(10)}`,
    );
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const result of results) {
    if (!result.registered || result.wrong.length === 0) continue;
    out.push('');
    out.push(`${result.rule}: ${result.wrong.length} misclassified`);
    for (const wrong of result.wrong) {
      const item = byId.get(wrong.id)!;
      out.push(`  ${wrong.expected ? 'missed      ' : 'false alarm '} ${wrong.id}  ${item.statement}${item.note ? `  [${item.note}]` : ''}`);
      if (verbose) for (const message of wrong.messages) out.push(`               → ${message}`);
    }
  }
  return out;
}

function main(): number {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const wanted = args.flatMap((arg, i) => (arg === '--set' && args[i + 1] ? [args[i + 1]!] : arg.startsWith('--set=') ? [arg.slice(6)] : []));
  for (const name of wanted) {
    if (!SETS.some((set) => set.name === name)) {
      console.error(`eval: unknown set "${name}" (sets: ${SETS.map((set) => set.name).join(', ')})`);
      return 1;
    }
  }
  const sets: Array<{ title: string; items: EvalItem[] }> = [];
  const ids = new Set<string>();
  for (const set of SETS) {
    if (wanted.length > 0 && !wanted.includes(set.name)) continue;
    const items: EvalItem[] = [];
    for (const file of set.files) {
      const path = join(import.meta.dirname, file);
      if (!existsSync(path)) {
        if (set.name === 'goals') {
          console.error(`eval: missing data file ${file}`);
          return 1;
        }
        continue;
      }
      try {
        for (const item of parseItems(readFileSync(path, 'utf8'))) {
          if (ids.has(item.id)) throw new Error(`id "${item.id}" is also used in another data file`);
          ids.add(item.id);
          items.push(item);
        }
      } catch (error) {
        console.error(`eval: broken data file ${file}:\n${(error as Error).message}`);
        return 1;
      }
    }
    if (items.length > 0) sets.push({ title: set.title, items });
  }
  const out: string[] = [];
  for (const set of sets) {
    if (out.length > 0) out.push('', '');
    out.push(...report(`govlint eval, ${set.title}`, set.items, verbose));
  }
  console.log(out.join('\n'));
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main();
