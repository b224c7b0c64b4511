// The report's plain-language summary: a few sentences a committee member can read without
// knowing what a linter is, built from the model's totals. Danish and English, singular and plural.
import type { Lang } from '../../engine/api/model.ts';
import { CRITERIA, type ReportModel } from './model.ts';

/** `count` with the singular or the plural noun: `1 mål`, `3 frister`, `1 deadline`. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `a`, `a og b`, `a, b og c`. */
function list(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

function da(model: ReportModel): string[] {
  const { totals } = model;
  const sentences = [`Rapporten dækker ${count(totals.documents, 'styringsdokument', 'styringsdokumenter')} med i alt ${count(totals.goals, 'mål', 'mål')}.`];
  if (totals.goals > 0 && CRITERIA.some((criterion) => model.criteria[criterion].checked)) {
    sentences.push(
      totals.smartGoals === totals.goals
        ? totals.goals === 1
          ? 'Målet opfylder SMART.'
          : `Alle ${totals.goals} mål opfylder SMART.`
        : totals.smartGoals === 0
          ? `Ingen af de ${totals.goals} mål opfylder SMART (specifikt, målbart, opnåeligt, realistisk og tidsbestemt) endnu; SMART-vurderingen viser, hvad de mangler.`
          : `${totals.smartGoals} af de ${totals.goals} mål opfylder SMART (specifikt, målbart, opnåeligt, realistisk og tidsbestemt); SMART-vurderingen viser, hvad de øvrige mangler.`,
    );
  }
  if (totals.coverableGoals > 0) {
    sentences.push(
      totals.uncoveredGoals === 0
        ? totals.coverableGoals === 1
          ? 'Målet på de øverste niveauer udmøntes af et dokument længere nede.'
          : `Alle ${totals.coverableGoals} mål på de øverste niveauer udmøntes af et dokument længere nede.`
        : totals.uncoveredGoals === totals.coverableGoals
          ? totals.coverableGoals === 1
            ? 'Målet på de øverste niveauer udmøntes ikke af noget dokument længere nede.'
            : `Ingen af de ${totals.coverableGoals} mål på de øverste niveauer udmøntes af et dokument længere nede.`
          : `${totals.uncoveredGoals} af ${count(totals.coverableGoals, 'mål', 'mål')} på de øverste niveauer udmøntes ikke af noget dokument længere nede.`,
    );
  }
  if (totals.overdueDeadlines + totals.overdueReviews === 0) sentences.push('Ingen frister eller revisioner er overskredet.');
  else {
    const parts: string[] = [];
    if (totals.overdueDeadlines > 0) parts.push(`${count(totals.overdueDeadlines, 'frist', 'frister')} for mål er overskredet`);
    if (totals.overdueReviews > 0) parts.push(`${count(totals.overdueReviews, 'dokument', 'dokumenter')} skulle have været revideret`);
    sentences.push(`${capitalize(parts.join(', og '))}.`);
  }
  const findings = totals.error + totals.warning + totals.info;
  sentences.push(
    findings === 0
      ? 'govlint har ingen fund.'
      : `govlint har ${list(
          [
            ...(totals.error > 0 ? [count(totals.error, 'fejl', 'fejl')] : []),
            ...(totals.warning > 0 ? [count(totals.warning, 'advarsel', 'advarsler')] : []),
            ...(totals.info > 0 ? [count(totals.info, 'bemærkning', 'bemærkninger')] : []),
          ],
          'og',
        )}; alle fund står sidst i rapporten.`,
  );
  return sentences;
}

function en(model: ReportModel): string[] {
  const { totals } = model;
  const sentences = [`The report covers ${count(totals.documents, 'governance document', 'governance documents')} with ${count(totals.goals, 'goal', 'goals')} in all.`];
  if (totals.goals > 0 && CRITERIA.some((criterion) => model.criteria[criterion].checked)) {
    sentences.push(
      totals.smartGoals === totals.goals
        ? totals.goals === 1
          ? 'The goal meets SMART.'
          : `All ${totals.goals} goals meet SMART.`
        : totals.smartGoals === 0
          ? `None of the ${totals.goals} goals meets SMART (specific, measurable, achievable, realistic and time-bound) yet; the SMART scorecard shows what they lack.`
          : `${totals.smartGoals} of the ${totals.goals} goals meet SMART (specific, measurable, achievable, realistic and time-bound); the SMART scorecard shows what the others lack.`,
    );
  }
  if (totals.coverableGoals > 0) {
    sentences.push(
      totals.uncoveredGoals === 0
        ? `${totals.coverableGoals === 1 ? 'The goal' : `All ${totals.coverableGoals} goals`} at the upper levels ${totals.coverableGoals === 1 ? 'is' : 'are'} carried out by a document below.`
        : totals.uncoveredGoals === totals.coverableGoals
          ? totals.coverableGoals === 1
            ? 'The goal at the upper levels is not carried out by any document below.'
            : `None of the ${totals.coverableGoals} goals at the upper levels is carried out by a document below.`
          : `${totals.uncoveredGoals} of ${count(totals.coverableGoals, 'goal', 'goals')} at the upper levels ${totals.uncoveredGoals === 1 ? 'is' : 'are'} not carried out by any document below.`,
    );
  }
  if (totals.overdueDeadlines + totals.overdueReviews === 0) sentences.push('No deadline or review is overdue.');
  else {
    const parts: string[] = [];
    if (totals.overdueDeadlines > 0) parts.push(`${count(totals.overdueDeadlines, 'goal deadline has', 'goal deadlines have')} passed`);
    if (totals.overdueReviews > 0) parts.push(`${count(totals.overdueReviews, 'document is', 'documents are')} overdue for review`);
    sentences.push(`${capitalize(parts.join(', and '))}.`);
  }
  const findings = totals.error + totals.warning + totals.info;
  sentences.push(
    findings === 0
      ? 'govlint has no findings.'
      : `govlint found ${list(
          [
            ...(totals.error > 0 ? [count(totals.error, 'error', 'errors')] : []),
            ...(totals.warning > 0 ? [count(totals.warning, 'warning', 'warnings')] : []),
            ...(totals.info > 0 ? [count(totals.info, 'note', 'notes')] : []),
          ],
          'and',
        )}; every finding is listed at the end of the report.`,
  );
  return sentences;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The summary's sentences, in the model's language. */
export function summarySentences(model: ReportModel, lang: Lang = model.lang): string[] {
  return lang === 'da' ? da(model) : en(model);
}
