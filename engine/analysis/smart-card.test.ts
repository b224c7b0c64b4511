import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types.ts';
import { smartCard } from './smart-card.ts';

const finding = (rule: string, en: string): Diagnostic => ({
  file: 'p.md',
  rule,
  severity: 'warning',
  message: en,
  messages: { da: `${en} (da)`, en },
  range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
  goal: 'M1',
});
const all = () => true;

describe('smartCard', () => {
  it('fails a letter on a finding of its rules, with the finding as the reason, and passes the rest', () => {
    const card = smartCard([finding('vague-goal', 'Goal M1 is not specific.'), finding('hedged-goal', 'Goal M1: "where possible" …')], all, 'en');
    expect(card.scores).toEqual({ S: 'fail', M: 'pass', A: 'pass', R: 'fail', T: 'pass' });
    expect(card.reasons.S).toBe('Goal M1 is not specific.');
    expect(card.reasons.M).toBe('has a number, share, time limit or indicator');
    expect([card.met, card.assessed]).toEqual([3, 5]);
  });

  it('does not judge a letter whose rules are off, nor achievability without a measure', () => {
    const card = smartCard([finding('unmeasurable-goal', 'Goal M1 cannot be measured.')], (rule) => rule !== 'hedged-goal', 'da');
    expect(card.scores).toEqual({ S: 'pass', M: 'fail', A: 'unchecked', R: 'unchecked', T: 'pass' });
    expect(card.reasons.R).toBe('ikke vurderet');
    expect(card.reasons.A).toBe('kan ikke vurderes, før målet kan måles');
  });

  it('judges no letter met while template text is left in the goal', () => {
    const card = smartCard([finding('placeholder', 'The field "Owner" still holds template text.')], all, 'en');
    expect(card.scores).toEqual({ S: 'unchecked', M: 'unchecked', A: 'unchecked', R: 'unchecked', T: 'unchecked' });
    expect(card.met).toBe(0);
  });

  it('explains a letter that passes with the analysis only when the analysis agrees', () => {
    const yes = { ok: true, reason: { da: 'Målbart: "65 %".', en: 'Measurable: "65%".' } };
    const no = { ok: false, reason: { da: 'nej', en: 'no' } };
    const card = smartCard([], all, 'en', () => ({ S: no, M: yes, A: yes, R: yes, T: yes }));
    expect(card.reasons.M).toBe('Measurable: "65%".');
    expect(card.reasons.S).toBe('says what concretely is to happen');
  });
});
