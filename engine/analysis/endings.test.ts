import { describe, expect, it } from 'vitest';
import { EndingSet } from './endings.ts';

describe('EndingSet', () => {
  const roles = new EndingSet(['leder', 'team'], ['', 'en', 'et']);
  it('matches an ending, an inflection and a compound with a first part of three characters or more', () => {
    expect(['leder', 'lederen', 'afdelingslederen', 'myndighedsteamet', 'teamet'].map((word) => roles.matches(word))).toEqual([true, true, true, true, true]);
  });
  it('does not match a word that only happens to end in the letters', () => {
    expect(['kalender', 'steam', 'xteam', 'ledere'].map((word) => roles.matches(word))).toEqual([false, false, false, false]);
  });
});
