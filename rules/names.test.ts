import { describe, expect, it } from 'vitest';
import { ruleIds } from './index.ts';
import { RULE_NAMES, ruleName } from './names.ts';

describe('rule names', () => {
  it('names every rule in Danish and English, and nothing else', () => {
    expect(Object.keys(RULE_NAMES).sort()).toEqual([...ruleIds].sort());
    for (const [id, name] of Object.entries(RULE_NAMES)) {
      expect(name.da.trim(), id).not.toBe('');
      expect(name.en.trim(), id).not.toBe('');
      expect(name.da, id).not.toBe(id);
    }
    expect(ruleName('vague-goal', 'da')).toBe('Uspecifikt mål');
    expect(ruleName('no-such-rule', 'en')).toBe('no-such-rule');
  });
});
