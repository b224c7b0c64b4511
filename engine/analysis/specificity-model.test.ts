import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgedSpecific, modelWords, specificityFeatures, specificityModel, vagueProbability, type SpecificityInput, type SpecificityModel } from './specificity-model.ts';

const base: SpecificityInput = {
  lang: 'da',
  statement: 'Rådgiveren holder en samtale med barnet.',
  ruleSpecific: true,
  concrete: false,
  rhythm: false,
  datedDeliverable: false,
  fieldLimit: false,
  caseObject: true,
  caseStep: false,
  procedure: true,
  gives: false,
  plain: true,
  mainPlain: true,
  vague: 0,
  mainVague: 0,
  evaluative: 0,
  hedges: 0,
  measures: 0,
  times: 0,
  actor: 'subject',
};

/** A model with one word weight, to test the arithmetic and the rules' precedence without the shipped weights. */
const tiny: SpecificityModel = { about: 'test', bias: 0, threshold: 0.5, weights: { 'da:samtal': -2, 'da:trivsel': 3, 'ev:procedure': 0 } };

describe('the specificity model', () => {
  it('reads each stem and each pair of neighbouring stems once, in lower case, and names features by kind', () => {
    expect(modelWords('Barnet, barnet og BARNET trives 2027', 'da')).toEqual(['barn', 'og', 'triv', 'barn_barn', 'barn_og', 'og_barn', 'barn_triv']);
    expect(modelWords('Children are safe', 'en')).toEqual(['children', 'are', 'safe', 'children_are', 'are_safe']);
    const features = specificityFeatures({ ...base, vague: 5 });
    expect(features.get('ev:procedure')).toBe(1);
    expect(features.get('ev:concrete')).toBeUndefined();
    expect(features.get('rule:specific')).toBe(1);
    expect(features.get('n:vague')).toBe(3);
    expect(features.get('actor:subject')).toBe(1);
    expect(features.get('da:samtal')).toBe(1);
    expect(features.get('da:en_samtal')).toBe(1);
  });

  it('adds the weights of the features present and applies the threshold', () => {
    expect(vagueProbability(base, tiny)).toBeCloseTo(1 / (1 + Math.exp(2)), 10);
    expect(judgedSpecific(base, tiny)).toBe(true);
    expect(judgedSpecific({ ...base, statement: 'Trivsel for alle.', ruleSpecific: false }, tiny)).toBe(false);
  });

  it('leaves hard evidence to the rules: a measure, a rhythm, a dated deliverable or a field', () => {
    const wordy = { ...base, statement: 'Trivsel trivsel.' };
    expect(judgedSpecific(wordy, tiny)).toBe(false);
    for (const hard of ['concrete', 'rhythm', 'datedDeliverable', 'fieldLimit'] as const) expect(judgedSpecific({ ...wordy, [hard]: true }, tiny)).toBe(true);
  });

  it('ships a model that loads, was made by `npm run train`, and tells a value statement from a concrete step', () => {
    const model = specificityModel();
    expect(Object.keys(model.weights).length).toBeGreaterThan(500);
    expect(model.about).toMatch(/npm run train/);
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/models/specificity.json'), 'utf8')) as SpecificityModel;
    expect(file.threshold).toBe(model.threshold);
    const value = { ...base, statement: 'Alle børn skal have en god og tryg opvækst.', ruleSpecific: false, caseObject: false, procedure: false, plain: false, evaluative: 2, actor: 'none' as const };
    expect(vagueProbability(value)).toBeGreaterThan(0.5);
    expect(vagueProbability(base)).toBeLessThan(0.5);
  });
});
