// The SMART scorecard of a goal, one definition for every front end (the editor's hover and code
// lens, the HTML report): each letter's verdict is read from the findings of the rules that
// judge it, so the card agrees with what the linter reports, honours configured severities and
// disable comments, and never judges a goal twice. The goal analysis only explains a verdict
// that passes ("Målbart: \"65 %\"").
import type { Diagnostic, Lang } from '../types.ts';
import type { Scorecard as AnalysisCard } from './goal.ts';

export type Criterion = 'S' | 'M' | 'A' | 'R' | 'T';
export const CRITERIA: readonly Criterion[] = ['S', 'M', 'A', 'R', 'T'];

/**
 * Which rules judge each letter. S: does the goal say what concretely will be done or differ;
 * M: can it be measured; A: can progress be judged and is the target plausible (a baseline, a
 * target that fits it, a date that can still be met); R: is the promise kept whatever happens
 * (no hedge); T: is it time-bound.
 */
export const SMART_RULES: Readonly<Record<Criterion, readonly string[]>> = {
  S: ['vague-goal'],
  M: ['unmeasurable-goal'],
  A: ['missing-baseline', 'implausible-target'],
  R: ['hedged-goal'],
  T: ['missing-deadline'],
};

export const CRITERION_NAMES: Readonly<Record<Criterion, Record<Lang, string>>> = {
  S: { da: 'Specifikt', en: 'Specific' },
  M: { da: 'Målbart', en: 'Measurable' },
  A: { da: 'Opnåeligt', en: 'Achievable' },
  R: { da: 'Realistisk', en: 'Realistic' },
  T: { da: 'Tidsbestemt', en: 'Time-bound' },
};

/** `pass` no finding of the letter's rules; `fail` at least one; `unchecked` none of its rules ran, or it cannot be judged. */
export type Score = 'pass' | 'fail' | 'unchecked';

export interface SmartCard {
  scores: Record<Criterion, Score>;
  /** Why, per letter: the findings' messages when it fails, the analysis' explanation when it passes. */
  reasons: Record<Criterion, string>;
  /** Letters met. */
  met: number;
  /** Letters judged (pass or fail). */
  assessed: number;
}

const NOT_ASSESSED: Record<Lang, string> = { da: 'ikke vurderet', en: 'not assessed' };
const NO_MEASURE: Record<Lang, string> = {
  da: 'kan ikke vurderes, før målet kan måles',
  en: 'cannot be judged until the goal can be measured',
};
const TEMPLATE: Record<Lang, string> = {
  da: 'kan ikke vurderes, før skabelonteksten er udfyldt',
  en: 'cannot be judged until the template text is filled in',
};
const PASSED: Readonly<Record<Criterion, Record<Lang, string>>> = {
  S: { da: 'siger, hvad der konkret skal ske', en: 'says what concretely is to happen' },
  M: { da: 'har tal, andel, frist eller indikator', en: 'has a number, share, time limit or indicator' },
  A: { da: 'udgangspunkt og mål hænger sammen', en: 'baseline and target are consistent' },
  R: { da: 'ingen forbehold', en: 'no hedges' },
  T: { da: 'har en frist', en: 'has a deadline' },
};

/**
 * The scorecard of one goal from the findings on it. `active` says whether a rule ran (enabled
 * at some severity); `explain` gives the goal analysis' card for the reasons of letters that pass
 * (it may throw or be absent: the verdicts stand on the findings alone).
 */
export function smartCard(findings: readonly Diagnostic[], active: (rule: string) => boolean, lang: Lang, explain?: () => AnalysisCard | undefined): SmartCard {
  let analysis: AnalysisCard | undefined;
  let explained = false;
  const scores = {} as Record<Criterion, Score>;
  const reasons = {} as Record<Criterion, string>;
  const measurable = !findings.some((finding) => finding.rule === 'unmeasurable-goal');
  // A goal with template text left in it ("[indikator]", "ÅÅÅÅ-MM-DD") is not judged met on any letter.
  const template = findings.some((finding) => finding.rule === 'placeholder');
  for (const criterion of CRITERIA) {
    const rules = SMART_RULES[criterion];
    const own = findings.filter((finding) => rules.includes(finding.rule));
    if (own.length > 0) {
      scores[criterion] = 'fail';
      reasons[criterion] = [...new Set(own.map((finding) => finding.messages[lang]))].join(' ');
      continue;
    }
    if (!rules.some(active)) {
      scores[criterion] = 'unchecked';
      reasons[criterion] = NOT_ASSESSED[lang];
      continue;
    }
    // Without a measure there is no level to reach: achievability is not judged.
    if (criterion === 'A' && !measurable) {
      scores[criterion] = 'unchecked';
      reasons[criterion] = NO_MEASURE[lang];
      continue;
    }
    if (template) {
      scores[criterion] = 'unchecked';
      reasons[criterion] = TEMPLATE[lang];
      continue;
    }
    scores[criterion] = 'pass';
    if (!explained) {
      explained = true;
      try {
        analysis = explain?.();
      } catch {
        analysis = undefined;
      }
    }
    // Only an explanation that agrees with the verdict (a disable comment may silence a finding).
    const check = analysis?.[criterion];
    reasons[criterion] = check?.ok ? check.reason[lang] : PASSED[criterion][lang];
  }
  const met = CRITERIA.filter((criterion) => scores[criterion] === 'pass').length;
  const assessed = CRITERIA.filter((criterion) => scores[criterion] !== 'unchecked').length;
  return { scores, reasons, met, assessed };
}
