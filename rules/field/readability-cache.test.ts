// The readability rule counts block by block with a cache; these tests hold it to the numbers of
// one segmentation pass over all blocks (countByGroup), including blocks long enough to be cut
// into chunks, at every alignment, and to a bounded cache.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../test/support/lint-files.ts';
import { BLOCK_CACHE_ENTRIES, blockCountsCache, countByGroup, countByGroupCached } from './readability.ts';
import { doc } from './support/test-docs.ts';

// Pieces that stress sentence ends: abbreviations, colons and semicolons before a capital, lower-case
// continuations, numbers with periods, links and bare URLs (removed as non-prose), soft line breaks.
const PIECES = [
  'Kommunalbestyrelsen ',
  'vedtager ',
  'planen. ',
  'Den ',
  'gælder: ',
  'Alle ',
  'børn; ',
  'Forældre ',
  'jf. ',
  'Barnets ',
  'Lov ',
  '§ 20, ',
  'stk. 3. ',
  'ca. 5 ',
  'børn ',
  'f.eks. ',
  'Familiehuset. ',
  'hvad? ',
  'nej! ',
  'sammenhængende ',
  'helhedsorienterede ',
  '31. december 2027 ',
  '[link](https://x.dk/a) ',
  'https://example.org/a/b ',
  '\n',
  '  ',
  '"Citat." ',
  '(Se bilag 2.) ',
  'e.g. ',
  'The ',
  'council: ',
  'Children ',
  'a',
  'lange-ord-uden-mellemrum-',
];

const blockArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 12 }).map((parts) => parts.join('').trim()),
  fc.array(fc.constantFrom(...PIECES), { minLength: 40, maxLength: 260 }).map((parts) => parts.join('').trim()),
);

describe('readability counts per block (cached)', () => {
  it('equals one segmentation pass over all blocks, for any blocks and grouping', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(blockArb, fc.nat(3)), { minLength: 1, maxLength: 14 }), fc.constantFrom('da' as const, 'en' as const), (items, lang) => {
        const blocks = items.map(([block]) => block);
        const groupOf = items.map(([, group]) => group);
        const expected = countByGroup(blocks, groupOf, 4, lang);
        expect(countByGroupCached(blocks, groupOf, 4, lang)).toEqual(expected); // cold or partly warm
        expect(countByGroupCached(blocks, groupOf, 4, lang)).toEqual(expected); // warm
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it('equals one pass when an edit moves the chunk boundaries of the long blocks after it', () => {
    const long = PIECES.join('').repeat(6).replace(/\n/g, ' ');
    const blocks = ['Kort indledning.', long, 'En mellemting: Her står noget. '.repeat(9), long.slice(7), 'Slut.'];
    for (let extra = 0; extra < 300; extra += 7) {
      const edited = [`Kort indledning${' ord'.repeat(extra)}.`, ...blocks.slice(1)];
      const groupOf = [0, 0, 1, 1, 2];
      expect(countByGroupCached(edited, groupOf, 3, 'da')).toEqual(countByGroup(edited, groupOf, 3, 'da'));
    }
  });

  it('gives the same diagnostics after edits, an undo and another edit as a fresh lint', () => {
    const hard =
      'Kommunalbestyrelsens sammenhængende børnepolitikker skal understøtte helhedsorienterede, tværfaglige og forebyggende indsatser for børn og unge med særlige behov, herunder børn med funktionsnedsættelser, således at forvaltningens medarbejdere, institutionernes ledere og samarbejdspartnerne oplever ensartede, gennemskuelige arbejdsgange og beslutningsprocesser.';
    const easy = 'Vi taler med barnet. Vi taler med de voksne. Vi ser på, hvad barnet kan. Vi ser på, hvad der er svært. Så laver vi en plan. Planen er kort.';
    const original = doc(`## Formål\n\n${hard}\n\n${easy}\n\n## Fremgangsmåde\n\n${easy}\n\n${easy}\n\n## Opfølgning\n\n${hard} ${hard}\n`);
    const versions = [
      original,
      original.replace('Vi taler med barnet.', 'Vi taler med barnet og med dets forældre, bedsteforældre og øvrige netværk om sammenhængende forløb.'),
      original,
      original.replace('## Opfølgning\n\n', '## Opfølgning\n\nKort. '),
      original.replace(hard, easy),
    ];
    const only = { only: ['readability'] };
    for (const text of versions) {
      const warm = lintFiles({ 'sn.md': text }, only);
      blockCountsCache.clear();
      expect(warm).toEqual(lintFiles({ 'sn.md': text }, only));
    }
  });

  it('keeps its cache bounded', () => {
    expect(blockCountsCache.maxEntries).toBe(BLOCK_CACHE_ENTRIES);
    const blocks = Array.from({ length: BLOCK_CACHE_ENTRIES + 200 }, (_, i) => `Afsnit nummer ${i} er kort.`);
    countByGroupCached(
      blocks,
      blocks.map(() => 0),
      1,
      'da',
    );
    expect(blockCountsCache.size).toBeLessThanOrEqual(BLOCK_CACHE_ENTRIES);
  });
});
