// The specificity model: a logistic regression, trained on labelled statements quoted from
// published documents (`npm run train`, see test/eval/train-specificity.ts), that weighs the
// rules' evidence of concreteness together with the statement's words and decides whether a goal
// is specific (SPEC §3 vague-goal). The rules find the evidence (a measure, a dated deliverable,
// a concrete step by a named actor on a defined object); the model learns how much each kind of
// evidence, and each word around it, counts with people who label goals by LABELLING.md. Its
// weights are data (data/models/specificity.json), read once.
import { z } from 'zod';
import { readDataFile } from '../data/files.ts';
import type { Lang } from '../types.ts';
import { stemmerFor } from './lexicon.ts';

/** What the rules found in a statement, and its words: the model's input. */
export interface SpecificityInput {
  lang: Lang;
  /** The statement's own words: the text below the goal's title, or a heading-only goal's title. */
  statement: string;
  /** The rules' own judgement from the evidence below. */
  ruleSpecific: boolean;
  /** A measure in the statement, or an indicator or target given in a field. */
  concrete: boolean;
  rhythm: boolean;
  datedDeliverable: boolean;
  /** A time limit or rhythm given in the deadline field. */
  fieldLimit: boolean;
  caseObject: boolean;
  caseStep: boolean;
  procedure: boolean;
  /** A named professional or a defined thing given to the person. */
  gives: boolean;
  /** No vague or evaluative words at all / none in the main clause. */
  plain: boolean;
  mainPlain: boolean;
  vague: number;
  mainVague: number;
  evaluative: number;
  hedges: number;
  measures: number;
  times: number;
  /** Who acts: a subject, the agent of a passive, a group in general, or no one found. */
  actor: 'subject' | 'agent' | 'generic' | 'none';
}

const EVIDENCE = ['concrete', 'rhythm', 'datedDeliverable', 'fieldLimit', 'caseObject', 'caseStep', 'procedure', 'gives', 'plain', 'mainPlain'] as const;
const COUNTS = ['vague', 'mainVague', 'evaluative', 'hedges', 'measures', 'times'] as const;
/** Counts above this add nothing more. */
const COUNT_CAP = 3;

/**
 * The words of a statement as the model reads them: the stems of its lower-case runs of letters
 * ("barnet", "børnene" → "barn"), and each pair of stems that stand next to each other
 * ("inden_for"), each once. Stems let a form the training sets never held count as its word.
 */
export function modelWords(statement: string, lang: Lang): string[] {
  const stem = stemmerFor(lang);
  const stems = (statement.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem);
  const out = [...stems];
  for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]!}_${stems[i + 1]!}`);
  return [...new Set(out)];
}

/** The model's features of one statement, by name: evidence and counts, and `da:`/`en:` words. */
export function specificityFeatures(input: SpecificityInput): Map<string, number> {
  const features = new Map<string, number>();
  for (const key of EVIDENCE) if (input[key]) features.set(`ev:${key}`, 1);
  if (input.ruleSpecific) features.set('rule:specific', 1);
  for (const key of COUNTS) if (input[key] > 0) features.set(`n:${key}`, Math.min(input[key], COUNT_CAP));
  features.set(`actor:${input.actor}`, 1);
  features.set(`lang:${input.lang}`, 1);
  for (const word of modelWords(input.statement, input.lang)) features.set(`${input.lang}:${word}`, 1);
  return features;
}

const ModelSchema = z.object({
  /** What the model was trained on and how: sets, items, regularisation. */
  about: z.string(),
  bias: z.number(),
  /** A goal is vague when the model's probability of "vague" reaches this. */
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
});
export type SpecificityModel = z.infer<typeof ModelSchema>;

let loaded: SpecificityModel | undefined;

/** The shipped model (data/models/specificity.json), read and checked once. */
export function specificityModel(): SpecificityModel {
  return (loaded ??= ModelSchema.parse(JSON.parse(readDataFile('models/specificity.json'))));
}

/** The probability that the statement is vague, by `model`. */
export function vagueProbability(input: SpecificityInput, model: SpecificityModel = specificityModel()): number {
  let z = model.bias;
  for (const [name, value] of specificityFeatures(input)) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether the goal is specific. Hard evidence decides as the rules say (LABELLING.md: a measurable
 * target, a time limit or rhythm, a dated deliverable, or an indicator, target or limit given in a
 * field, is evidence of concreteness, whatever vague words stand next to it); otherwise the model
 * weighs the softer evidence (who acts, on what, with which words).
 */
export function judgedSpecific(input: SpecificityInput, model: SpecificityModel = specificityModel()): boolean {
  if (input.concrete || input.rhythm || input.datedDeliverable || input.fieldLimit) return input.ruleSpecific;
  return vagueProbability(input, model) < model.threshold;
}
