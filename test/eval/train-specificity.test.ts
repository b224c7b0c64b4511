import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpecificityModel } from '../../engine/analysis/specificity-model.ts';
import { SETS } from './run.ts';
import { examples, fit } from './train-specificity.ts';

describe('npm run train', () => {
  it('makes the shipped specificity model from the labelled sets (the same weights, to rounding)', { timeout: 120_000 }, () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/models/specificity.json'), 'utf8')) as SpecificityModel;
    const model = fit(examples(SETS.map((set) => set.name)));
    expect(model.about).toBe(shipped.about);
    expect(model.threshold).toBe(shipped.threshold);
    expect(Math.abs(model.bias - shipped.bias)).toBeLessThan(0.002);
    const names = new Set([...Object.keys(model.weights), ...Object.keys(shipped.weights)]);
    const off = [...names].filter((name) => Math.abs((model.weights[name] ?? 0) - (shipped.weights[name] ?? 0)) >= 0.002);
    expect(off).toEqual([]);
  });
});
