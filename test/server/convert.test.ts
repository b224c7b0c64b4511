// Unit tests of the engine ↔ LSP conversions the server relies on.
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../server/workspace.ts';
import { toSnippet } from '../../server/convert.ts';

describe('toSnippet', () => {
  it('turns [placeholders] into numbered tab stops and escapes snippet syntax in the rest', () => {
    expect(toSnippet('- Ansvarlig: [enhed eller rolle]')).toBe('- Ansvarlig: ${1:enhed eller rolle}');
    expect(toSnippet('fra [udgangspunkt] til [mål] senest [dato]')).toBe('fra ${1:udgangspunkt} til ${2:mål} senest ${3:dato}');
    expect(toSnippet('koster $5 {x} \\ [a]')).toBe('koster \\$5 {x\\} \\\\ ${1:a}');
    expect(toSnippet('ingen pladsholdere')).toBe('ingen pladsholdere');
  });
});

describe('parseSettings', () => {
  it('reads the govlint section and ignores values of the wrong shape', () => {
    expect(parseSettings(undefined)).toEqual({ enable: true, lang: 'auto', run: 'onType', workspaceDiagnostics: true });
    expect(parseSettings({ enable: false, lang: 'en', run: 'onSave', workspaceDiagnostics: false })).toEqual({ enable: false, lang: 'en', run: 'onSave', workspaceDiagnostics: false });
    expect(parseSettings({ enable: 'yes', lang: 'de', run: 'always', workspaceDiagnostics: 1 })).toEqual({ enable: true, lang: 'auto', run: 'onType', workspaceDiagnostics: true });
  });
});
