// Unit tests of the engine ↔ LSP conversions the server relies on.
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../server/workspace.ts';
import { toSnippet, toSnippets } from '../../server/convert.ts';

describe('toSnippet', () => {
  it('turns [placeholders] into numbered tab stops that keep their brackets, and escapes snippet syntax in the rest', () => {
    expect(toSnippet('- Ansvarlig: [enhed eller rolle]')).toBe('- Ansvarlig: ${1:[enhed eller rolle]}');
    expect(toSnippet('fra [udgangspunkt] til [mål] senest [dato]')).toBe('fra ${1:[udgangspunkt]} til ${2:[mål]} senest ${3:[dato]}');
    expect(toSnippet('koster $5 {x} \\ [a}]')).toBe('koster \\$5 {x\\} \\\\ ${1:[a\\}]}');
    expect(toSnippet('ingen pladsholdere, et [link](https://example.invalid) og en [x]')).toBe('ingen pladsholdere, et [link](https://example.invalid) og en [x]');
  });

  it('numbers the placeholders of several edits once, in order, so no two different placeholders share a number', () => {
    expect(toSnippets(['Trivslen, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].', '\n- Frist: [ÅÅÅÅ-MM-DD]\n- Indikator: [indikator og datakilde]'])).toEqual([
      'Trivslen, målt ved ${1:[indikator]}, stiger fra ${2:[udgangspunkt]} til ${3:[mål]} senest ${4:[dato]}.',
      '\n- Frist: ${5:[ÅÅÅÅ-MM-DD]}\n- Indikator: ${6:[indikator og datakilde]}',
    ]);
  });
});

describe('parseSettings', () => {
  it('reads the govlint section and ignores values of the wrong shape', () => {
    expect(parseSettings(undefined)).toEqual({ enable: true, lang: 'auto', run: 'onType', workspaceDiagnostics: true });
    expect(parseSettings({ enable: false, lang: 'en', run: 'onSave', workspaceDiagnostics: false })).toEqual({ enable: false, lang: 'en', run: 'onSave', workspaceDiagnostics: false });
    expect(parseSettings({ enable: 'yes', lang: 'de', run: 'always', workspaceDiagnostics: 1 })).toEqual({ enable: true, lang: 'auto', run: 'onType', workspaceDiagnostics: true });
  });
});
