// The report's own words, in Danish and English.
import type { Lang, Localized } from '../../engine/api/model.ts';

export const WORDS = {
  pageTitle: { da: 'Styringsrapport', en: 'Governance report' },
  subtitle: {
    da: 'Fra politik til praksis: mål, ansvar, frister og sporbarhed',
    en: 'From policy to practice: goals, owners, deadlines and traceability',
  },
  generated: { da: 'Opgjort pr. {date} af govlint {version}.', en: 'As of {date}, by govlint {version}.' },
  contents: { da: 'Indhold', en: 'Contents' },
  summary: { da: 'Overblik', en: 'Summary' },
  hierarchy: { da: 'Hierarki', en: 'Hierarchy' },
  trace: { da: 'Sporbarhed: fra politikkens mål til praksis', en: 'Traceability: from policy goals to practice' },
  traceShort: { da: 'Sporbarhed', en: 'Traceability' },
  smart: { da: 'SMART-vurdering af målene', en: 'SMART scorecard of the goals' },
  smartShort: { da: 'SMART', en: 'SMART' },
  timeline: { da: 'Tidslinje: revisioner og frister', en: 'Timeline: reviews and deadlines' },
  timelineShort: { da: 'Tidslinje', en: 'Timeline' },
  counts: { da: 'Fund pr. regel og pr. dokument', en: 'Findings per rule and per document' },
  countsShort: { da: 'Fund', en: 'Findings' },
  findings: { da: 'Alle fund', en: 'All findings' },
  documents: { da: 'Dokumenter', en: 'Documents' },
  goals: { da: 'Mål', en: 'Goals' },
  goal: { da: 'Mål', en: 'Goal' },
  document: { da: 'Dokument', en: 'Document' },
  type: { da: 'Type', en: 'Type' },
  titleColumn: { da: 'Titel', en: 'Title' },
  owner: { da: 'Ansvarlig', en: 'Owner' },
  deadline: { da: 'Frist', en: 'Deadline' },
  review: { da: 'Revision', en: 'Review' },
  status: { da: 'Status', en: 'Status' },
  date: { da: 'Dato', en: 'Date' },
  what: { da: 'Hvad', en: 'What' },
  when: { da: 'Hvornår', en: 'When' },
  rule: { da: 'Regel', en: 'Rule' },
  files: { da: 'Filer', en: 'Files' },
  total: { da: 'I alt', en: 'Total' },
  line: { da: 'Linje', en: 'Line' },
  message: { da: 'Besked', en: 'Message' },
  error: { da: 'Fejl', en: 'Errors' },
  warning: { da: 'Advarsler', en: 'Warnings' },
  info: { da: 'Info', en: 'Info' },
  severityError: { da: 'fejl', en: 'error' },
  severityWarning: { da: 'advarsel', en: 'warning' },
  severityInfo: { da: 'info', en: 'info' },
  severityNone: { da: 'ingen fund', en: 'no findings' },
  uncovered: { da: 'ikke udmøntet', en: 'not carried out' },
  uncoveredGoals: { da: 'Mål uden udmøntning', en: 'Goals not carried out' },
  coveredGoals: { da: 'Mål der udmøntes', en: 'Goals carried out' },
  carriedBy: { da: 'Udmøntes af', en: 'Carried out by' },
  smartGoals: { da: 'Mål der opfylder SMART', en: 'Goals meeting SMART' },
  overdueReviews: { da: 'Revisioner over tid', en: 'Overdue reviews' },
  overdueDeadlines: { da: 'Frister overskredet', en: 'Deadlines passed' },
  wholeDocument: { da: 'hele dokumentet', en: 'the whole document' },
  noCarrier: { da: 'Intet dokument udmønter målet', en: 'No document carries this goal out' },
  noPolicyGoals: { da: 'Ingen mål på øverste niveau ({level}) med ID.', en: 'No goals with an ID at the top level ({level}).' },
  noGoals: { da: 'Ingen mål fundet.', en: 'No goals found.' },
  noTimeline: { da: 'Ingen datoer for revision eller frister.', en: 'No review dates or deadlines.' },
  noFindings: { da: 'Ingen fund.', en: 'No findings.' },
  noDocuments: { da: 'Ingen styringsdokumenter fundet.', en: 'No governance documents found.' },
  otherType: { da: 'anden type', en: 'other type' },
  reviewOf: { da: 'Revision af dokumentet', en: 'Review of the document' },
  deadlineOf: { da: 'Frist for mål {goal}', en: 'Deadline of goal {goal}' },
  overdue: { da: 'Overskredet', en: 'Overdue' },
  today: { da: 'I dag', en: 'Today' },
  upcoming: { da: 'Kommende', en: 'Upcoming' },
  daysOverdue: { da: '{n} dage over', en: '{n} days overdue' },
  dayOverdue: { da: '1 dag over', en: '1 day overdue' },
  inDays: { da: 'om {n} dage', en: 'in {n} days' },
  inDay: { da: 'om 1 dag', en: 'in 1 day' },
  isToday: { da: 'i dag', en: 'today' },
  pass: { da: 'opfyldt', en: 'met' },
  fail: { da: 'ikke opfyldt', en: 'not met' },
  unchecked: { da: 'ikke vurderet', en: 'not assessed' },
  legend: { da: 'Farveforklaring', en: 'Legend' },
  legendUncovered: { da: 'stiplet ramme: mål som intet dokument længere nede udmønter', en: 'dashed outline: a goal no document below carries out' },
  smartLegend: {
    da: 'S specifikt · M målbart · A opnåeligt (udgangspunkt kendt, mål og dato plausible) · R realistisk (intet forbehold, der tager løftet tilbage) · T tidsbestemt. ✓ opfyldt, ✗ ikke opfyldt, – ikke vurderet (reglen er slået fra, eller målet kan ikke måles). Vurderingen bygger på govlints fund på målet, som i editoren.',
    en: 'S specific · M measurable · A achievable (baseline known, target and date plausible) · R realistic (no hedge that takes the promise back) · T time-bound. ✓ met, ✗ not met, – not assessed (the rule is off, or the goal cannot be measured). The scorecard rests on govlint’s findings on the goal, as in the editor.',
  },
  svgTitle: { da: 'Dokumenthierarkiet', en: 'The document hierarchy' },
  svgDesc: {
    da: '{documents} dokumenter i {levels} niveauer. Hver boks er et dokument, farvet efter det alvorligste fund; linjerne går fra det overordnede dokument til dokumenterne under det. Under titlen står dokumentets mål.',
    en: '{documents} documents in {levels} levels. Each box is a document, coloured by its most serious finding; lines run from each parent document to the documents below it. The document’s goals are listed under its title.',
  },
  notGovernance: { da: 'uden front matter', en: 'no front matter' },
  parentNotFound: { da: 'overordnet dokument "{id}" findes ikke', en: 'parent "{id}" not found' },
  retired: { da: 'udgået', en: 'retired' },
  draft: { da: 'udkast', en: 'draft' },
  adopted: { da: 'vedtaget', en: 'adopted' },
  skip: { da: 'Gå til indhold', en: 'Skip to content' },
  // The plain-language summary at the top.
  inShort: { da: 'Kort fortalt', en: 'In short' },
  whoActs: { da: 'Hvem skal handle hvornår', en: 'Who must act by when' },
  whoActsNote: {
    da: 'Målenes ansvarlige og deres frister, de mest forsinkede først. Mål uden frist står i SMART-vurderingen.',
    en: 'The goals’ owners and their deadlines, the most overdue first. Goals without a deadline are in the SMART scorecard.',
  },
  noOwner: { da: 'Ingen ansvarlig angivet', en: 'No owner given' },
  noActions: { da: 'Ingen mål har en frist.', en: 'No goal has a deadline.' },
  deadlineUnread: { da: '"{deadline}" (ikke en dato)', en: '"{deadline}" (not a date)' },
  goalsCount: { da: '{n} mål', en: '{n} goals' },
  goalCount: { da: '1 mål', en: '1 goal' },
  overdueCount: { da: '{n} overskredet', en: '{n} overdue' },
  statement: { da: 'Målet', en: 'Statement' },
  reasons: { da: 'Begrundelse', en: 'Reasons' },
} satisfies Record<string, Localized>;

export type WordKey = keyof typeof WORDS;

/** The word in the language, with `{name}` placeholders filled (values are plain text; escaping happens when rendering). */
export function word(key: WordKey, lang: Lang, data: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** An ISO date the way a reader of the language writes it: `12. marts 2025`, `12 March 2025`. Anything else is returned as is. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  const day = Number(match[3]);
  return lang === 'da' ? `${day}. ${month} ${match[1]}` : `${day} ${month} ${match[1]}`;
}
