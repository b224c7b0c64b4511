// The page's logic that needs no browser: its language from the browser's, its words, and which
// files it reads (Markdown and configuration), names as coming (.docx) or leaves.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../web/page/import.ts';
import { defaultLang, say, TEXTS } from '../../web/page/texts.ts';

const given = (path: string, text = '') => ({ path, read: async () => new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('the page', () => {
  it('speaks Danish to a Danish or Norwegian browser, English otherwise', () => {
    expect(defaultLang(['da-DK'])).toBe('da');
    expect(defaultLang(['de-DE', 'da'])).toBe('da');
    expect(defaultLang(['nb-NO'])).toBe('da');
    expect(defaultLang(['en-GB', 'da'])).toBe('en');
    expect(defaultLang(['fr-FR'])).toBe('en');
    expect(defaultLang([])).toBe('en');
  });

  it('has every text in both languages, and fills their places', () => {
    expect(Object.keys(TEXTS.en).sort()).toEqual(Object.keys(TEXTS.da).sort());
    expect(say('da', 'summary', { count: 3, file: 'a.md', files: 2, ms: 40 })).toBe('3 fund i a.md (2 filer tjekket på 40 ms).');
    expect(say('en', 'line', { line: 4, column: 1 })).toBe('Line 4, column 1');
  });

  it('reads Markdown and the configuration, names .docx as coming and leaves the rest', async () => {
    const outcome = await importFiles([given('politik/a.md', '# Å'), given('.govlint.yaml', 'lang: da'), given('politik/b.docx'), given('logo.png'), given('c.MD', 'x')]);
    expect(outcome.sources.map(({ path, text }) => ({ path, text }))).toEqual([
      { path: 'politik/a.md', text: '# Å' },
      { path: '.govlint.yaml', text: 'lang: da' },
      { path: 'c.MD', text: 'x' },
    ]);
    // The bytes go to the engine as given, so it reads them as the CLI reads a file.
    expect([...outcome.sources[0]!.bytes!]).toEqual([...new TextEncoder().encode('# Å')]);
    expect(outcome.coming).toEqual(['politik/b.docx']);
    expect(outcome.skipped).toEqual(['logo.png']);
    expect(outcome.unreadable).toEqual([]);
  });
});
