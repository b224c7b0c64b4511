// The SMART scorecard of a goal: the engine's goal analysis (engine/analysis, the same the goal
// rules read), each letter ✓ or ✗ with its reason. Should the analysis fail on a goal, the card
// is read from the goal-family findings instead: ✓ when no rule of that letter fired, ✗ with the
// finding's message when one did, "–" when no rule judging it is enabled (not counted as met).
import { analysisLang, goalScorecard } from '../../engine/analysis/index.ts';
import type { Goal, GovDocument } from '../../engine/model/document.ts';
import { effectiveSeverity } from '../../engine/lint/runner.ts';
import type { ResolvedConfig } from '../../engine/config/schema.ts';
import type { Diagnostic, Lang } from '../../engine/types.ts';
import { findRule } from '../../rules/index.ts';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface ScoreLine {
  letter: SmartLetter;
  name: string;
  /** true ✓, false ✗, undefined: not assessed. */
  met: boolean | undefined;
  reason: string;
}

export interface Scorecard {
  lines: ScoreLine[];
  score: number;
  assessed: number;
}

const LETTERS: Array<{ letter: SmartLetter; name: Record<Lang, string>; rules: string[]; ok: Record<Lang, string> }> = [
  { letter: 'S', name: { da: 'Specifikt', en: 'Specific' }, rules: ['vague-goal'], ok: { da: 'ingen vage formuleringer uden konkret mål', en: 'no vague wording without a concrete target' } },
  { letter: 'M', name: { da: 'Målbart', en: 'Measurable' }, rules: ['unmeasurable-goal'], ok: { da: 'har tal, andel eller indikator', en: 'has a number, share or indicator' } },
  { letter: 'A', name: { da: 'Opnåeligt', en: 'Achievable' }, rules: ['missing-baseline', 'implausible-target'], ok: { da: 'udgangspunkt og mål hænger sammen', en: 'baseline and target are consistent' } },
  { letter: 'R', name: { da: 'Realistisk', en: 'Realistic' }, rules: ['missing-baseline', 'implausible-target'], ok: { da: 'målet er plausibelt', en: 'the target is plausible' } },
  { letter: 'T', name: { da: 'Tidsbestemt', en: 'Time-bound' }, rules: ['missing-deadline'], ok: { da: 'har en frist', en: 'has a deadline' } },
];

/** Findings that concern one goal: tagged with its ID, or (unnamed goal) within its range. */
export function findingsOnGoal(diagnostics: readonly Diagnostic[], goal: Goal): Diagnostic[] {
  return diagnostics.filter((diagnostic) =>
    goal.id !== undefined ? diagnostic.goal === goal.id : diagnostic.range.start.offset >= goal.range.start.offset && diagnostic.range.start.offset <= goal.range.end.offset,
  );
}

function fromAnalysis(document: GovDocument, goal: Goal, config: ResolvedConfig, today: string, lang: Lang): Scorecard {
  const wordsLang = analysisLang(document, config.lang);
  const card = goalScorecard(goal, {
    lang: wordsLang,
    today,
    ...(document.meta.adopted ? { adopted: document.meta.adopted } : {}),
    retired: document.meta.status === 'retired',
    lexicon: config.lexicon[wordsLang],
  });
  const lines: ScoreLine[] = LETTERS.map(({ letter, name }) => ({
    letter,
    name: name[lang],
    met: card[letter].ok,
    // Some reasons repeat the criterion's name ("Målbart: …"); the card shows it once.
    reason: card[letter].reason[lang].replace(new RegExp(`^${name[lang]}:\\s*`, 'i'), ''),
  }));
  return { lines, score: lines.filter((line) => line.met === true).length, assessed: lines.length };
}

export function scorecard(document: GovDocument, goal: Goal, diagnostics: readonly Diagnostic[], config: ResolvedConfig, today: string, lang: Lang): Scorecard {
  try {
    return fromAnalysis(document, goal, config, today, lang);
  } catch {
    return fromFindings(goal, diagnostics, config, lang);
  }
}

function fromFindings(goal: Goal, diagnostics: readonly Diagnostic[], config: ResolvedConfig, lang: Lang): Scorecard {
  const onGoal = findingsOnGoal(diagnostics, goal);
  const lines: ScoreLine[] = LETTERS.map(({ letter, name, rules, ok }) => {
    const enabled = rules.filter((id) => {
      const rule = findRule(id);
      return rule !== undefined && effectiveSeverity(rule, config) !== undefined;
    });
    const finding = onGoal.find((diagnostic) => rules.includes(diagnostic.rule));
    if (finding) return { letter, name: name[lang], met: false, reason: finding.messages[lang] };
    if (enabled.length === 0) return { letter, name: name[lang], met: undefined, reason: lang === 'da' ? 'ikke vurderet' : 'not assessed' };
    return { letter, name: name[lang], met: true, reason: ok[lang] };
  });
  return { lines, score: lines.filter((line) => line.met === true).length, assessed: lines.filter((line) => line.met !== undefined).length };
}
