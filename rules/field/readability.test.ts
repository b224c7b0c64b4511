import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { lixOf } from './readability.ts';
import { doc } from './support/test-docs.ts';

const only = { only: ['readability'] };

// 41 words in one sentence, 24 of them longer than 6 letters: LIX 41 + 100 × 24/41 ≈ 100.
const HARD =
  'Kommunalbestyrelsens sammenhængende børnepolitikker skal understøtte helhedsorienterede, tværfaglige og forebyggende indsatser for børn og unge med særlige behov, herunder børn med funktionsnedsættelser, således at forvaltningens medarbejdere, institutionernes ledere og samarbejdspartnerne oplever ensartede, gennemskuelige arbejdsgange og beslutningsprocesser i hele organisationen uden unødvendige forsinkelser.';
const EASY =
  'Vi vil have, at børn har det godt. Vi taler med barnet. Vi taler med de voksne. Vi ser på, hvad barnet kan. Vi ser på, hvad der er svært. Så laver vi en plan. Planen er kort. Vi ser på den igen om et halvt år.';

describe('readability', () => {
  it('computes LIX from words per sentence and the share of words longer than six letters', () => {
    expect(lixOf(['Det er en kort sætning. Den er let.'], 'da')).toEqual({ lix: 16.5, words: 8, sentences: 2, longWords: 1 });
    const hard = lixOf([HARD], 'da');
    expect([hard.words, hard.sentences, hard.longWords]).toEqual([41, 1, 24]);
  });

  it('reports a hard section on its heading with the index, the limit and what drives it', () => {
    const diagnostics = lintFiles({ 'sn.md': doc(`## Formål\n\n${HARD}\n\n## Fremgangsmåde\n\n${EASY}\n`) }, only);
    expect(summarize(diagnostics)).toEqual(['sn.md:11:1-11:10 readability info']);
    expect(diagnostics[0]!.messages).toEqual({
      da: 'Afsnittet "Formål" har LIX 100 (grænse 55): 41 ord pr. sætning og 59 % lange ord. Skriv kortere sætninger og vælg kortere ord.',
      en: 'The section "Formål" has a LIX of 100 (limit 55): 41 words per sentence and 59% long words. Write shorter sentences and choose shorter words.',
    });
  });

  it('measures each section by its own text, not its subsections', () => {
    const text = doc(`## Mål\n\n${EASY}\n\n### M1 Tidlig indsats\n\n${HARD}\n`);
    expect(summarize(lintFiles({ 'sn.md': text }, only))).toEqual(['sn.md:15:1-15:22 readability info']);
  });

  it('skips short sections, tables and code, and follows the configured limit', () => {
    const short = 'Kommunalbestyrelsens sammenhængende børnepolitikker understøtter helhedsorienterede indsatser.';
    const table = `| Indsats | Beskrivelse |\n|---|---|\n| Familiebehandling | ${HARD} |`;
    const code = '```\n' + HARD + '\n```';
    expect(lintFiles({ 'sn.md': doc(`## Formål\n\n${short}\n\n## Indsatser\n\n${table}\n\n## Kode\n\n${code}\n`) }, only)).toEqual([]);
    expect(lintFiles({ 'sn.md': doc(`## Formål\n\n${HARD}\n`) }, { ...only, config: { readability: { maxLix: 100 } } })).toEqual([]);
  });

  it('counts English text with the same measure', () => {
    const hard =
      'Comprehensive intersectoral collaboration between municipal administrations, educational institutions and healthcare organisations necessitates systematic documentation, standardised communication procedures and continuous professional development opportunities, particularly regarding vulnerable children experiencing considerable developmental difficulties or significant family-related challenges.';
    expect(summarize(lintFiles({ 'sn.md': doc(`## Purpose\n\n${hard}\n`, 'en') }, only))).toEqual(['sn.md:11:1-11:11 readability info']);
  });
});
