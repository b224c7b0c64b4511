import { describe, expect, it } from 'vitest';
import { smartRewrite, type RewriteInput } from './smart-rewrite.ts';

const da = (statement: string, extra: Partial<RewriteInput> = {}) => smartRewrite({ lang: 'da', statement, ...extra });
const en = (statement: string, extra: Partial<RewriteInput> = {}) => smartRewrite({ lang: 'en', statement, ...extra });

describe('smartRewrite', () => {
  it('makes a measurable object the subject, in its definite form, keeping the author’s words', () => {
    expect(da('Vi vil styrke trivslen blandt anbragte børn.')).toEqual({
      shape: 'subject',
      sentence: 'Trivslen blandt anbragte børn, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].',
      fields: ['owner'],
    });
    expect(da('Vi vil fremme inklusion i almenområdet.').sentence).toBe('Inklusionen i almenområdet, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].');
    expect(da('Bedre trivsel for alle børn og unge i kommunen.').sentence).toBe('Trivslen for alle børn og unge i kommunen, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].');
    expect(da('Kvaliteten i plejefamilierne skal styrkes.').sentence).toBe('Kvaliteten i plejefamilierne, målt ved [indikator], stiger fra [udgangspunkt] til [mål] senest [dato].');
    expect(en('We will strengthen the well-being of children in care.').sentence).toBe('The well-being of children in care, measured by [indicator], rises from [baseline] to [target] by [date].');
    expect(en('Enhance the quality of foster care.').sentence).toBe('The quality of foster care, measured by [indicator], rises from [baseline] to [target] by [date].');
  });

  it('lets a quantity fall when the verb or the thing says so, without a second measure', () => {
    expect(da('Vi vil reducere antallet af sammenbrud i anbringelser.').sentence).toBe('Antallet af sammenbrud i anbringelser falder fra [udgangspunkt] til [mål] senest [dato].');
    expect(da('Vi vil, hvor det er relevant, sætte fokus på skolefravær.', { hedges: ['hvor det er relevant'] }).sentence).toBe('Skolefraværet falder fra [udgangspunkt] til [mål] senest [dato].');
    expect(da('Vi arbejder målrettet med at nedbringe mistrivsel.').sentence).toBe('Mistrivslen, målt ved [indikator], falder fra [udgangspunkt] til [mål] senest [dato].');
    expect(en('We will reduce the number of placement breakdowns.').sentence).toBe('The number of placement breakdowns falls from [baseline] to [target] by [date].');
  });

  it('turns "flere X gør Y" into the share of X who do Y', () => {
    expect(da('Vi vil arbejde for, at flere børn i udsatte positioner gennemfører en ungdomsuddannelse.').sentence).toBe(
      'Andelen af børn i udsatte positioner, der gennemfører en ungdomsuddannelse, stiger fra [udgangspunkt] til [mål] senest [dato].',
    );
  });

  it('keeps the whole sentence of an action on something that does not rise, and adds what is measured with "så"/"so that"', () => {
    expect(da('Vi vil styrke trivslen blandt børn og unge og have øget fokus på en styrket rettidig indsats.', { fields: { owner: true } })).toEqual({
      shape: 'so-that',
      sentence: 'Vi vil styrke trivslen blandt børn og unge og have øget fokus på en styrket rettidig indsats, så [indikator] stiger fra [udgangspunkt] til [mål] senest [dato].',
      fields: [],
    });
    expect(en('We will ensure high quality in case management.').sentence).toBe('We will ensure high quality in case management so that [indicator] rises from [baseline] to [target] by [date].');
    // A subject that names who acts stays: it is the goal's owner.
    expect(da('Familieafdelingen vil styrke trivslen blandt anbragte børn.').sentence).toBe(
      'Familieafdelingen vil styrke trivslen blandt anbragte børn, så [indikator] stiger fra [udgangspunkt] til [mål] senest [dato].',
    );
    expect(en('Team managers will ensure high quality sign-off of assessments.').sentence).toBe(
      'Team managers will ensure high quality sign-off of assessments so that [indicator] rises from [baseline] to [target] by [date].',
    );
    expect(en('Improve collaboration between schools and social services.').sentence).toBe(
      'Improve collaboration between schools and social services so that [indicator] rises from [baseline] to [target] by [date].',
    );
  });

  it('says when a value statement or a noun phrase is reached, after the author’s sentence, and only that under a heading', () => {
    expect(da('Alle børn skal have et godt og trygt børneliv.').sentence).toBe(
      'Alle børn skal have et godt og trygt børneliv. Målet er nået, når [indikator] er steget fra [udgangspunkt] til [mål] senest [dato].',
    );
    expect(da('Styrkelse af forældresamarbejdet i dagtilbuddene.').sentence).toBe(
      'Styrkelse af forældresamarbejdet i dagtilbuddene. Målet er nået, når [indikator] er steget fra [udgangspunkt] til [mål] senest [dato].',
    );
    expect(en('All children should thrive and feel safe.').sentence).toBe(
      'All children should thrive and feel safe. The goal is met when [indicator] has risen from [baseline] to [target] by [date].',
    );
    expect(da('Børn og unge trives', { headingOnly: true }).sentence).toBe('Målet er nået, når [indikator] er steget fra [udgangspunkt] til [mål] senest [dato].');
  });

  it('keeps the author’s deadline and moves it to the end, and leaves out what the fields already say', () => {
    expect(da('Vi vil sætte fokus på trivsel i udskolingen i skoleåret 2026/27.', { times: ['skoleåret 2026/27'], hasDeadline: true }).sentence).toBe(
      'Trivslen i udskolingen, målt ved [indikator], stiger fra [udgangspunkt] til [mål] i skoleåret 2026/27.',
    );
    expect(da('Vi vil styrke samarbejdet med PPR inden udgangen af 2026.', { times: ['inden udgangen af 2026'], hasDeadline: true, fields: { baseline: true } }).sentence).toBe(
      'Vi vil styrke samarbejdet med PPR inden udgangen af 2026, så [indikator] stiger til [mål].',
    );
  });

  it('offers the fields alone where no good sentence can be built, and adds only the missing ones', () => {
    expect(da('Vi vil styrke trivslen. Det gør vi sammen med skolerne.', { fields: { owner: true } })).toEqual({ shape: 'fields', fields: ['deadline', 'indicator', 'baseline', 'target'] });
    expect(da('Hvordan styrker vi trivslen?')).toMatchObject({ shape: 'fields' });
    expect(da('Andelen af [målgruppe] stiger.')).toMatchObject({ shape: 'fields' });
    // A dated deliverable is checked by an indicator, not by a level that rises.
    expect(da('Der udarbejdes en ny retningslinje for behandling af underretninger senest 1. marts 2026.', { times: ['senest 1. marts 2026'], hasDeadline: true })).toEqual({
      shape: 'fields',
      fields: ['owner', 'indicator'],
    });
  });

  it('never glues a clause into the subject: a phrase with a second action, a judgement or a comma stays in its sentence', () => {
    for (const statement of ['Vi vil styrke trivslen og sikre en god skolegang.', 'Vi vil sikre en god sagsbehandling af høj kvalitet.', 'Vi vil styrke kvaliteten, trygheden og trivslen.']) {
      expect(da(statement).shape, statement).not.toBe('subject');
    }
  });
});
