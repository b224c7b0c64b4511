// Plain paragraphs and headings built without the tokenizer must give exactly the trees and the
// document model that tokenizing the whole text gives: on hand-picked edge cases, on random texts
// made of prose and of every kind of Markdown line that could change a plain paragraph's tree,
// and on generated workspaces and the samples with random edits.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { longDocument } from '../../bench/generate.mjs';
import { SHAPES, generateCorpus } from '../../bench/shapes.mjs';
import { DEFAULT_LEVELS } from '../config/levels.ts';
import type { GovDocument } from '../model/document.ts';
import { parseGovDocument } from './document.ts';
import { parseMarkdown, setPlainBlocks } from './markdown.ts';
import { findPlainBlocks } from './plain-blocks.ts';

const OPTIONS = { levels: DEFAULT_LEVELS, maxYamlAliases: 100, maxNestingDepth: 200 };

afterEach(() => setPlainBlocks(true));

function both<T>(make: () => T): { tokenized: T; plain: T } {
  setPlainBlocks(false);
  const tokenized = make();
  setPlainBlocks(true);
  return { tokenized, plain: make() };
}

/** Where two strings first differ, with some text around it. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 200), i + 100))} against ${JSON.stringify(b.slice(Math.max(0, i - 200), i + 100))}`;
}

/** The tree (as JSON, so key order counts too) and the model, built both ways. */
function expectSameBothWays(text: string): void {
  for (const minChunkLines of [undefined, 1, 3]) {
    const trees = both(() => JSON.stringify(parseMarkdown(text, minChunkLines)));
    if (trees.plain !== trees.tokenized) expect.fail(`${JSON.stringify(text)} (chunks of ${String(minChunkLines)} lines): ${firstDifference(trees.plain, trees.tokenized)}`);
  }
  const models = both<GovDocument>(() => parseGovDocument('doc.md', text, OPTIONS));
  expect(models.plain, text).toEqual(models.tokenized);
}

/** The plain blocks' source, as `[first line, last line]` of the text. */
function plainLines(text: string): Array<[number, number]> {
  return findPlainBlocks(text).map((block) => [block.startLine, block.endLine]);
}

describe('plain blocks', () => {
  it('takes plain paragraphs and headings between blank lines, and nothing a tokenizer could read otherwise', () => {
    expect(plainLines('# Titel\nFørste linje\nanden linje\n\nEt afsnit mere.\n')).toEqual([
      [1, 1],
      [2, 3],
      [5, 5],
    ]);
    // A setext underline, a list, a table row, trailing spaces, a lazy line after a list item.
    expect(plainLines('Tekst\n---\n')).toEqual([]);
    expect(plainLines('Tekst\n- punkt\n')).toEqual([]);
    expect(plainLines('a | b\n--|--\nrække\n\nTekst\n')).toEqual([[5, 5]]);
    expect(plainLines('Tekst med to mellemrum  \nog mere\n')).toEqual([]);
    expect(plainLines('- punkt\ndoven linje\n\nTekst\n')).toEqual([[4, 4]]);
    expect(plainLines(' Indrykket\n')).toEqual([]);
    expect(plainLines('1. januar\n')).toEqual([]);
    // A list of plain one-line `- ` items, when nothing after it could continue it.
    expect(plainLines('Tekst\n\n- Ansvarlig: X\n- Frist: 2029-01-07\n\nTekst\n')).toEqual([
      [1, 1],
      [3, 4],
      [6, 6],
    ]);
    expect(plainLines('- a\n- b\n## H\n')).toEqual([
      [1, 2],
      [3, 3],
    ]);
    expect(plainLines('- a\n\n- b\n')).toEqual([]);
    expect(plainLines('- a\n\n  b\n')).toEqual([]);
    expect(plainLines('- a\nb\n')).toEqual([]);
    expect(plainLines('Tekst\n- a\n')).toEqual([]);
    expect(plainLines('- [ ] opgave\n')).toEqual([]);
    expect(plainLines('## Overskrift #\n## Med *fremhævning*\n')).toEqual([]);
  });

  it('takes nothing inside fenced code, HTML blocks and front matter, and nothing after an opener it cannot place', () => {
    expect(plainLines('```\n\nTekst\n```\n\nTekst\n')).toEqual([[6, 6]]);
    expect(plainLines('<!--\n\nTekst\n-->\n\nTekst\n')).toEqual([[6, 6]]);
    expect(plainLines('<!-- kort -->\n\nTekst\n')).toEqual([[3, 3]]);
    expect(plainLines('<div>\n# Inde i HTML\n\nTekst\n')).toEqual([[4, 4]]);
    expect(plainLines('<script>\n\nTekst\n</script>\n\nTekst\n')).toEqual([[6, 6]]);
    expect(plainLines('---\nid: a\n\ntitel\n---\n\nTekst\n')).toEqual([[7, 7]]);
    // A fence indented by one to three spaces may belong to a list item: the rest is tokenized.
    expect(plainLines('- a\n\n  ```\nb\n\n```\n\nTekst\n')).toEqual([]);
    // A definition can give a later `[…]` a meaning; a lone CR is a line ending to the tokenizer.
    expect(plainLines('Tekst\n\n[a]: /b\n')).toEqual([]);
    expect(plainLines('Tekst\rmere\n')).toEqual([]);
  });

  const edgeCases = [
    '',
    'Tekst',
    '# Titel',
    '# Titel\nTekst\n## Næste\nMere tekst\nover to linjer\n\n\n',
    'a\r\nb\r\n\r\n# H\r\nc\r\n',
    '\ufeffTekst\n\nMere\n',
    '---\nid: a\ntitle: T\n---\n# T\n\nTekst.\n',
    '---  \nid: a\n---\t\nTekst\n\nTekst\n',
    '---\nid: a\n---  \n```\n---\n# H\n```\n\nTekst\n',
    '---\nid: a\n',
    '| a |\n|--|\n## H\nTekst\n\nTekst\n',
    '> citat\nTekst\n\nTekst\n',
    '- a\n\n  b\n\nTekst\n\n- c\n',
    '- a\n\nTekst\n\n- b\n',
    '1. a\n2. b\n\nTekst\n',
    '    kode\n\nTekst\n    mere\n',
    '<!-->\nTekst\n\nTekst\n',
    '<div>\n```\n\nTekst\n\n```\n\nTekst\n',
    '[^1]\n\nTekst\n\n[^1]: note\n',
    'Tekst\n===\n\nTekst\n',
    '## Tom overskrift ##\n\n#\n\n####### syv\n',
    '#\tTab\n\n## To  mellemrum\n',
    'Tekst  \nmed hårdt linjeskift\n',
    'Tekst\\\nmed hårdt linjeskift\n',
    'Sidste linje med mellemrum   ',
    '   \n\t\nTekst\n\n   ',
    '\u00a0Tekst med hårdt mellemrum\n\n\u00a0\n',
  ];

  it.each(edgeCases)('gives the same tree and model both ways: %j', (text) => expectSameBothWays(text));

  it('gives the same trees both ways when a long document is parsed with reused chunks', () => {
    const text = longDocument(1500, 5);
    expect(plainLines(text).length).toBeGreaterThan(100);
    const trees = both(() => JSON.stringify(parseMarkdown(text, undefined, true)));
    expect(trees.plain).toBe(trees.tokenized);
  });
});

/** Lines that change, or could change, how a plain paragraph next to them is read. */
const MARKDOWN_LINES = [
  '',
  '   ',
  '\t',
  '  indrykket',
  '    kode',
  '\tkode',
  '- punkt',
  '- Ansvarlig: Teamlederen',
  '- Frist: 2029-01-07',
  '-\tpunkt',
  '-  to mellemrum',
  '- ',
  '-',
  '  fortsættelse',
  '* punkt',
  '+ punkt',
  '-',
  '1. punkt',
  '1) punkt',
  '7. punkt',
  '- [ ] opgave',
  '  - indlejret',
  '   doven',
  '> citat',
  '>',
  '> - punkt i citat',
  '# Titel',
  '## Afsnit',
  '### M1 Målet',
  '###### Seks',
  '####### Syv',
  '#uden mellemrum',
  '## Lukket ##',
  '  ## Indrykket',
  '===',
  '---',
  '---  ',
  '- - -',
  '***',
  '___',
  '```',
  '```md',
  '``` a`b',
  '  ```',
  '~~~',
  '- ```',
  '<!-- govlint-disable -->',
  '<!--',
  '-->',
  '<!-->',
  '  <!--',
  '<div>',
  '</div>',
  '<span>x</span>',
  '<script>',
  '</script>',
  '<pre class="x">',
  '</pre>',
  '<?x',
  '?>',
  '<!DOCTYPE html>',
  '<![CDATA[',
  ']]>',
  '<https://example.org>',
  '| a | b |',
  '|---|---|',
  'a | b',
  '--|--',
  ':-',
  '-:',
  '[ref]: /url',
  '[ref]',
  '[^1]: fodnote',
  'tekst [^1] her',
  'tekst med *fremhævning*',
  'snake_case',
  '`kode`',
  'to mellemrum  ',
  'et mellemrum ',
  'tab\tinde',
  'skråstreg\\',
  'Børne- &amp; Unge',
  'x ~~y~~',
  'http://example.org/x',
  'www.example.org',
  'post@example.org',
  'id: a',
  'Ansvarlig: X',
  '\u00a0hårdt mellemrum',
  'Tekst: mere tekst',
  '1.5 mio. kr.',
  '2024 var et år',
  '\\# ikke en overskrift',
  '! udråb',
];

const PROSE_LINES = [
  'Sagsbehandlingen følger Barnets Lov, og rådgiveren sikrer, at barnet bliver hørt.',
  'Forældre og børn orienteres skriftligt om afgørelsen (jf. § 50).',
  'The share of plans updated on time rises from 31 % to 52 % by 2030.',
  'Indsatsen tilrettelægges, så den mindst indgribende foranstaltning vælges først',
  'og virkningen følges op løbende.',
  'Rådgiveren svarer inden for 6 hverdage.',
  'Kort.',
  'æøå ÆØÅ – “citat” … €',
];

const line = fc.oneof({ arbitrary: fc.constantFrom(...PROSE_LINES), weight: 4 }, { arbitrary: fc.constantFrom(...MARKDOWN_LINES), weight: 1 });

/** Runs of one to three lines, each after a blank line or right after the one before. */
const markdownText = fc
  .record({
    runs: fc.array(fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 3 }), blankBefore: fc.boolean() }), { maxLength: 15 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    frontMatter: fc.constantFrom('', '', '---\nid: a\ntitle: T\n---\n', '---\nid: a\n', '---\nid: a\n\n---\n\n'),
    finalBreak: fc.boolean(),
  })
  .map(({ runs, crlf, bom, frontMatter, finalBreak }) => {
    const body = frontMatter + runs.map((run, i) => (i > 0 && run.blankBefore ? '\n' : '') + run.lines.join('\n')).join('\n') + (finalBreak ? '\n' : '');
    return (bom ? '\ufeff' : '') + (crlf ? body.replace(/\n/g, '\r\n') : body);
  });

/** Lines made of a block marker or indentation, a body and an ending, most of which no plain block may hold. */
const composedLine = fc
  .tuple(
    fc.constantFrom(
      '',
      '',
      '',
      '',
      ' ',
      '   ',
      '    ',
      '\t',
      '- ',
      '* ',
      '1. ',
      '1) ',
      '> ',
      '>',
      '# ',
      '## ',
      '####### ',
      '#',
      '  - ',
      '- [ ] ',
      '[^1]: ',
      '[a]: ',
      '<!-- ',
      '<div>',
      '<pre>',
      '<?',
      '<!X',
      '<![CDATA[',
      '```',
      '~~~',
      '  ```',
      '---',
      '===',
      '|',
      ': ',
      '<script>',
      '-->',
    ),
    fc.constantFrom(
      'Tekst',
      'Sagsbehandlingen følger loven',
      'a | b',
      '--|--',
      ':-',
      '---',
      '***',
      '```',
      '',
      'x*y*',
      '`k`',
      '[l]',
      'a\\',
      '&amp;',
      '<b>',
      '-->',
      '?>',
      ']]>',
      '</pre>',
      '2024 år',
      'M1 Mål',
      '#',
      'ord #',
    ),
    fc.constantFrom('', '', '', ' ', '  ', '\t', ' #', ' -->', '|', ' ```'),
  )
  .map((parts) => parts.join(''));

const composedText = fc
  .record({
    lines: fc.array(fc.oneof(composedLine, fc.constant(''), fc.constant('Almindelig tekst her.')), { maxLength: 30 }),
    crlf: fc.boolean(),
    frontMatter: fc.constantFrom('', '', '---\nid: a\n---\n', '---\n'),
  })
  .map(({ lines, crlf, frontMatter }) => {
    const text = frontMatter + lines.join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('plain blocks against the tokenizer', () => {
  it('give the same trees and models on random texts of prose and Markdown', () => {
    let withPlainBlocks = 0;
    let runs = 0;
    fc.assert(
      fc.property(markdownText, (text) => {
        runs++;
        if (findPlainBlocks(text.replace(/^\ufeff/, '')).length > 0) withPlainBlocks++;
        expectSameBothWays(text);
      }),
      { numRuns: 1000 },
    );
    // The comparison is not vacuous: about half of the texts hold plain blocks.
    expect(withPlainBlocks).toBeGreaterThan(runs / 3);
  });

  it('give the same trees and models on random texts of composed Markdown lines', () => {
    let withPlainBlocks = 0;
    fc.assert(
      fc.property(composedText, (text) => {
        if (findPlainBlocks(text).length > 0) withPlainBlocks++;
        expectSameBothWays(text);
      }),
      { numRuns: 1000 },
    );
    expect(withPlainBlocks).toBeGreaterThan(100);
  });

  /** Random edits of a real-looking text: a Markdown line put in, a line indented or given trailing spaces, a blank line taken out, CRLF. */
  const edit = fc.record({
    kind: fc.constantFrom('insert', 'indent', 'trail', 'join', 'crlf'),
    at: fc.nat(),
    markdown: fc.constantFrom(...MARKDOWN_LINES),
    spaces: fc.integer({ min: 1, max: 4 }),
  });

  function applyEdits(text: string, edits: ReadonlyArray<{ kind: string; at: number; markdown: string; spaces: number }>): string {
    let lines = text.split('\n');
    let crlf = false;
    for (const { kind, at, markdown, spaces } of edits) {
      const index = at % lines.length;
      if (kind === 'insert') lines.splice(index, 0, markdown);
      else if (kind === 'indent') lines[index] = ' '.repeat(spaces) + lines[index]!;
      else if (kind === 'trail') lines[index] = lines[index]! + ' '.repeat(spaces);
      else if (kind === 'join') {
        const blank = lines.findIndex((candidate, i) => i >= index && candidate === '');
        if (blank !== -1) lines = [...lines.slice(0, blank), ...lines.slice(blank + 1)];
      } else crlf = true;
    }
    const joined = lines.join('\n');
    return crlf ? joined.replace(/\n/g, '\r\n') : joined;
  }

  const samplesDir = join(import.meta.dirname, '..', '..', 'samples');
  const samples = readdirSync(samplesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  const generated = SHAPES.flatMap((shape) => generateCorpus(shape, 4, 11).map(([, text]) => text));
  const documents = [...samples, ...generated];

  it('give the same trees and models on the samples and generated documents, unchanged', () => {
    expect(documents.length).toBeGreaterThan(30);
    for (const text of documents) expectSameBothWays(text);
    expect(documents.filter((text) => findPlainBlocks(text).length > 0).length).toBeGreaterThan(documents.length / 2);
  });

  it('give the same trees and models on the samples and generated documents, edited at random', () => {
    fc.assert(
      fc.property(fc.nat({ max: documents.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (index, edits) => {
        expectSameBothWays(applyEdits(documents[index]!, edits));
      }),
      { numRuns: 300 },
    );
  });
});
