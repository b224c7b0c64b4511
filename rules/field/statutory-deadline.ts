import type { Rule } from '../../engine/rule.ts';
import { rangeAt } from '../../engine/text/positions.ts';
import type { Lang, Localized } from '../../engine/types.ts';
import { exceeds, findDurations, formatDuration, type Duration, type DurationUnit } from './support/durations.ts';
import { bounded, boundedMatches, boundedTest, type BoundedPattern } from '../../engine/text/bounded-pattern.ts';
import type { ResolvedConfig } from '../../engine/config/schema.ts';
import { mergedStatutoryLimits, type MergedLimit } from './support/legal-data.ts';
import { joinBlocks, sentenceSpans, tableLines, termSource } from './support/text.ts';

// A service level or guideline must not promise more time than the law allows for a step of
// case handling. The limits, with the evidence for each, are in data/statutory-limits.json and a
// project's `fieldKnowledge.statutoryLimits` (same schema; the project's replace shipped ones by id); a
// limit no primary source confirms is read (so its durations are not taken for another step's)
// but never reported, and a paragraph no primary source confirms is cited as "Tjek: …"
// (legal-data.ts refuses the data otherwise).

export interface StatutoryLimit {
  id: string;
  step: Localized;
  limit: { value: number; unit: DurationUnit };
  /** The paragraph cited in the message; "Tjek: …" when lawConfirmed is false. */
  law: Localized;
  confirmed: boolean;
  lawConfirmed: boolean;
  /** A duration belongs to this step only when at most this many characters separate it from one of the step's terms. */
  within?: number;
  terms: Record<Lang, string[][]>;
}

interface CompiledLimit extends StatutoryLimit {
  /** Per term group, one pattern over both languages' terms of that group (whole words). */
  groups: BoundedPattern[];
}

const compiledByData = new WeakMap<readonly MergedLimit[], CompiledLimit[]>();

/** The limits this configuration enforces: the shipped ones and the project's `fieldKnowledge.statutoryLimits`. */
export function statutoryLimits(config: Pick<ResolvedConfig, 'fieldKnowledge'>): CompiledLimit[] {
  const data = mergedStatutoryLimits(config);
  let compiled = compiledByData.get(data);
  if (!compiled) {
    compiled = data.map((limit) => {
      const count = Math.max(limit.terms.da.length, limit.terms.en.length);
      const groups: BoundedPattern[] = [];
      for (let i = 0; i < count; i++) {
        const terms = [...(limit.terms.da[i] ?? []), ...(limit.terms.en[i] ?? [])];
        const alternatives = `(?:${terms.map(termSource).join('|')})`;
        // A project's terms may be short ("a* b*"): tried inside a long word at every letter, each
        // attempt would run to the word's end. The lookbehind rejects a position inside a word at
        // once, keeping the search linear; govlint's own terms start with long literal words,
        // which the engine skips ahead to, and keep the faster form.
        groups.push(bounded(limit.fromProject ? `(?<![\\p{L}\\p{N}])${alternatives}` : alternatives, 'giu'));
      }
      return { ...limit, groups };
    });
    compiledByData.set(data, compiled);
  }
  return compiled;
}

interface StepMatch {
  limit: CompiledLimit;
  /** Spans of the step's terms in the text unit. */
  spans: Array<{ start: number; end: number }>;
}

function stepsIn(limits: readonly CompiledLimit[], text: string): StepMatch[] {
  const matches: StepMatch[] = [];
  for (const limit of limits) {
    const spans: StepMatch['spans'] = [];
    let all = true;
    for (const group of limit.groups) {
      let any = false;
      for (const match of boundedMatches(group, text)) {
        any = true;
        spans.push({ start: match.index, end: match.index + match[0].length });
      }
      if (!any) {
        all = false;
        break;
      }
    }
    if (all) matches.push({ limit, spans });
  }
  return matches;
}

/** Whether the text names every term group of some enforced limit: `stepsIn` without collecting spans (a cheap filter). */
function hasConfirmedStep(limits: readonly CompiledLimit[], text: string): boolean {
  return limits.some((limit) => limit.confirmed && limit.groups.every((group) => boundedTest(group, text)));
}

function gap(span: { start: number; end: number }, duration: Duration): number {
  if (span.end <= duration.start) return duration.start - span.end;
  if (duration.end <= span.start) return span.start - duration.end;
  return 0;
}

/** The step a duration belongs to: the one with a term nearest to it. */
function nearestStep(steps: readonly StepMatch[], duration: Duration): StepMatch | undefined {
  let best: StepMatch | undefined;
  let bestGap = Infinity;
  for (const step of steps) {
    for (const span of step.spans) {
      const distance = gap(span, duration);
      if (step.limit.within !== undefined && distance > step.limit.within) continue;
      if (distance < bestGap) {
        bestGap = distance;
        best = step;
      }
    }
  }
  return best;
}

export const statutoryDeadline: Rule = {
  meta: {
    id: 'statutory-deadline',
    family: 'field',
    defaultSeverity: 'error',
    description: {
      da: 'Dokumentet lover en frist, der er længere end loven tillader for det trin i sagsbehandlingen (fx en børnefaglig undersøgelse "inden for 6 måneder", når loven siger 4).',
      en: 'The document promises a time limit longer than the law allows for that step of case handling (e.g. a child protection investigation "within 6 months" when the law says 4).',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      tooLong: {
        da: 'Fristen "{promised}" er længere end loven tillader: {stepDa} senest {limitDa} ({lawDa}).',
        en: 'The time limit "{promised}" is longer than the law allows: {stepEn} within {limitEn} ({lawEn}).',
      },
    },
  },
  check(context) {
    const { document } = context;
    const limits = statutoryLimits(context.config);
    const tables = tableLines(document);
    const units: Array<{ text: string; base: number; table: boolean }> = [];
    // Only blocks that hold both a limited duration and an enforced step are split into
    // sentences, all in one segmentation pass.
    const candidates: Array<{ text: string; start: number }> = [];
    for (const block of document.textBlocks) {
      if (tables.has(block.range.start.line)) continue;
      const text = block.text.replace(/[\r\n]/g, ' ');
      if (!hasConfirmedStep(limits, text) || findDurations(text, true).length === 0) continue;
      candidates.push({ text, start: block.range.start.offset });
    }
    if (candidates.length > 0) {
      const joined = joinBlocks(candidates.map((candidate) => candidate.text));
      let index = 0;
      for (const span of sentenceSpans(joined.text, context.lang)) {
        while (index + 1 < joined.starts.length && joined.starts[index + 1]! <= span.start) index++;
        const end = Math.min(span.end, joined.starts[index]! + candidates[index]!.text.length);
        units.push({ text: joined.text.slice(span.start, end), base: candidates[index]!.start + span.start - joined.starts[index]!, table: false });
      }
    }
    // A table row is one unit: "| Børnefaglig undersøgelse | 6 måneder |".
    for (const line of [...tables].sort((a, b) => a - b)) {
      const start = document.lineStarts[line - 1]!;
      const next = document.lineStarts[line];
      const text = document.text.slice(start, next === undefined ? document.text.length : next).replace(/[\r\n]+$/, '');
      units.push({ text, base: start, table: true });
    }

    for (const unit of units) {
      const steps = stepsIn(limits, unit.text);
      if (steps.length === 0) continue;
      for (const duration of findDurations(unit.text, !unit.table)) {
        const step = nearestStep(steps, duration);
        if (!step || !step.limit.confirmed || !exceeds(duration, step.limit.limit)) continue;
        const { limit } = step;
        const promised = unit.text.slice(duration.start, duration.end);
        const replacement = formatDuration(limit.limit, duration.lang);
        context.report({
          messageId: 'tooLong',
          data: {
            promised,
            stepDa: limit.step.da,
            stepEn: limit.step.en,
            limitDa: formatDuration(limit.limit, 'da'),
            limitEn: formatDuration(limit.limit, 'en'),
            lawDa: limit.law.da,
            lawEn: limit.law.en,
          },
          range: rangeAt(document.lineStarts, unit.base + duration.start, unit.base + duration.end),
          suggestions: [
            {
              title: { da: `Skift til lovens frist: ${replacement}`, en: `Change to the legal limit: ${replacement}` },
              edits: [{ start: unit.base + duration.valueStart, end: unit.base + duration.end, newText: replacement }],
              safe: false,
            },
          ],
        });
      }
    }
  },
};
