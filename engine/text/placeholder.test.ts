import { describe, expect, it } from 'vitest';
import { findPlaceholders, isPlaceholderValue } from './placeholder.ts';

describe('findPlaceholders', () => {
  it('finds bracketed placeholders, date masks and TBD/XX markers, in order', () => {
    expect(findPlaceholders('Andelen af [målgruppe] stiger fra XX % til [mål] senest ÅÅÅÅ-MM-DD (TBD).').map((span) => [span.text, span.kind])).toEqual([
      ['[målgruppe]', 'brackets'],
      ['XX', 'marker'],
      ['[mål]', 'brackets'],
      ['ÅÅÅÅ-MM-DD', 'date-mask'],
      ['TBD', 'marker'],
    ]);
    expect(findPlaceholders('by YYYY-MM-DD or DD.MM.YYYY')).toMatchObject([{ text: 'YYYY-MM-DD' }, { text: 'DD.MM.YYYY' }]);
    expect(findPlaceholders('- Frist: [ÅÅÅÅ-MM-DD]')).toMatchObject([{ text: '[ÅÅÅÅ-MM-DD]', start: 9, end: 21 }]);
  });

  it('leaves Markdown in brackets and ordinary words alone', () => {
    for (const text of [
      'Se [vejledningen](https://example.invalid).',
      '![logo](a.png)',
      '- [x] gjort',
      '- [ ] ikke gjort',
      'En note[^1].',
      'Kilde [1].',
      '[ref]: https://example.invalid',
      'Se [teksten][ref].',
      'XXL-trøjer, Xx og xx',
      'Boxxer, TBDs',
    ]) {
      expect(findPlaceholders(text), text).toEqual([]);
    }
  });
});

describe('isPlaceholderValue', () => {
  it('is true for a value that holds a placeholder or is only an ellipsis, false for a real or an empty value', () => {
    for (const value of ['[Enhed eller rolle]', ' [ÅÅÅÅ-MM-DD] ', 'ÅÅÅÅ-MM-DD', 'senest [dato]', 'TBD', '…', '...', '?', '"[Udvalget, der ejer politikken]"']) {
      expect(isPlaceholderValue(value), value).toBe(true);
    }
    for (const value of ['Skolechefen', '2027-12-31', 'Andel elever med over 10 % fravær', '', '  ', 'Myndighed (team 1)']) {
      expect(isPlaceholderValue(value), value).toBe(false);
    }
  });
});
