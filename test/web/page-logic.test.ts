// The page's logic that needs no browser: its language from the browser's, its words, and which
// files it reads (Markdown, configuration and Word), names with a reason (PDF) or leaves.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../web/page/import.ts';
import { defaultLang, say, TEXTS } from '../../web/page/texts.ts';

const given = (path: string, text = '') => ({ path, read: async () => new TextEncoder().encode(text).buffer });

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

  it('reads Markdown, the configuration and Word, names a PDF with its reason and leaves the rest', async () => {
    const outcome = await importFiles([given('politik/a.md', '# Å'), given('.govlint.yaml', 'lang: da'), given('politik/b.docx', 'PK'), given('logo.png'), given('c.MD', 'x'), given('politik/b.PDF')]);
    expect(outcome.sources.map(({ path, text }) => ({ path, text }))).toEqual([
      { path: 'politik/a.md', text: '# Å' },
      { path: '.govlint.yaml', text: 'lang: da' },
      // A Word document keeps its name (the CLI's findings name the .docx); its text is the engine's conversion, shown after the check.
      { path: 'politik/b.docx', text: '' },
      { path: 'c.MD', text: 'x' },
    ]);
    // The bytes go to the engine as given, so it reads them as the CLI reads a file.
    expect([...outcome.sources[0]!.bytes!]).toEqual([...new TextEncoder().encode('# Å')]);
    expect([...outcome.sources[2]!.bytes!]).toEqual([...new TextEncoder().encode('PK')]);
    expect(outcome.pdf).toEqual(['politik/b.PDF']);
    expect(outcome.skipped).toEqual(['logo.png']);
    expect(outcome.unreadable).toEqual([]);
  });
});
