// When a goal is due, read one way for every reader (readDue): the deadline field's date when it
// holds one (a date, or the latest deadline its words name: "senest 31. december 2027"), else the
// latest deadline the statement or the target field names ("… til 65 % senest 31. december 2027",
// "Målværdi: 65 % by March 2027"). The goal analysis (goal.ts) reads its due date through readDue
// for the scorecard, the hover and the report; the outlines carry the same reading, and
// deadline-after-parent compares a goal's due date with its parent goal's, also when the parent is
// known only by its outline.
import type { DocumentOutline, GoalDeadline, GoalDue, GoalOutline, GovDocument } from '../model/document.ts';
import { compareDates, parseIsoDate, parseWrittenDate, type CalendarDate } from '../text/dates.ts';
import { isPlaceholderValue } from '../text/placeholder.ts';
import { rangeAt } from '../text/positions.ts';
import type { Lang, Range } from '../types.ts';
import { lexiconData } from './lexicon.ts';
import { scanText } from './patterns.ts';

/** A dated deadline names a year of four digits: a text without one is not scanned (most procedure steps). */
const FOUR_DIGITS = /\d{4}/;

/** A goal statement is a sentence or a paragraph; past this length the text is not a goal, and reading it all would only cost time. */
export const MAX_STATEMENT = 10_000;

/** What of a goal its due date is read from: its first filled deadline field, its statement and its first filled target field. */
export interface DueInput {
  deadline?: GoalDeadline;
  statement?: string;
  statementSpans?: ReadonlyArray<{ text: string; start: number }>;
  fields?: ReadonlyArray<{ key: string; value: string; valueRange: Range }>;
}

/** A time a goal's text names, at the offsets its reader uses. */
export interface DueTime {
  kind: string;
  text: string;
  start: number;
  end: number;
  date?: CalendarDate;
  weak?: boolean;
  /** 'field' for the target field's words ("Målværdi: 65 % senest 31. december 2027"), else the statement's. */
  source?: 'statement' | 'field';
}

/** The one reading of when a goal is due, and the words that say it. */
export interface DueReading {
  date: CalendarDate;
  text: string;
  start: number;
  end: number;
  /** The deadline field, the statement, or the target field. */
  source: 'field' | 'statement' | 'target';
}

/** The date a deadline field's value states: the whole value as a date, else the latest deadline in its words. */
function fieldDueDate(value: string, lang: Lang): { date: CalendarDate; start: number; end: number } | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || isPlaceholderValue(value)) return undefined;
  const whole = parseIsoDate(trimmed) ?? parseWrittenDate(trimmed);
  if (whole) return { date: whole, start: 0, end: value.length };
  if (!FOUR_DIGITS.test(value)) return undefined;
  const deadlines = scanText(value, lexiconData(lang)).times.filter((time) => time.kind === 'deadline' && time.date);
  const last = deadlines.sort((a, b) => compareDates(a.date!, b.date!)).at(-1);
  return last ? { date: last.date!, start: last.start, end: last.end } : undefined;
}

/** The deadline of a text that counts: the latest dated one that is not weak ("senest 31. december 2027", not a bare "i 2027"). */
function latestDeadline<T extends { kind: string; date?: CalendarDate; weak?: boolean }>(times: readonly T[]): (T & { date: CalendarDate }) | undefined {
  const strong = times.filter((time): time is T & { date: CalendarDate } => time.kind === 'deadline' && time.date !== undefined && !time.weak);
  return strong.sort((a, b) => compareDates(a.date, b.date)).at(-1);
}

/**
 * When a goal is due: the date its deadline field states (`field`: its value and where the value
 * starts), else the latest strong deadline among the times its statement and target field name.
 * The goal analysis and the outlines both read a goal's due date through this function.
 */
export function readDue(field: { value: string; start: number } | undefined, lang: Lang, times: () => readonly DueTime[]): DueReading | undefined {
  if (field) {
    const found = fieldDueDate(field.value, lang);
    if (found) return { date: found.date, text: field.value.slice(found.start, found.end), start: field.start + found.start, end: field.start + found.end, source: 'field' };
  }
  const last = latestDeadline(times());
  return last ? { date: last.date, text: last.text, start: last.start, end: last.end, source: last.source === 'field' ? 'target' : 'statement' } : undefined;
}

/** The goal's due date and where it is written, or undefined when neither its fields nor its statement name a date. */
export function goalDue(goal: DueInput, lineStarts: readonly number[], lang: Lang): GoalDue | undefined {
  const field = goal.deadline ? { value: goal.deadline.value, start: goal.deadline.valueRange.start.offset } : undefined;
  const due = readDue(field, lang, () => goalTimes(goal, lang));
  return due ? { date: due.date, range: rangeAt(lineStarts, due.start, due.end), source: due.source } : undefined;
}

/** The dated times of a goal's statement and first filled target field, at document offsets. */
function goalTimes(goal: DueInput, lang: Lang): DueTime[] {
  const times: DueTime[] = [];
  const statement = goal.statement !== undefined && goal.statement.length > MAX_STATEMENT ? goal.statement.slice(0, MAX_STATEMENT) : goal.statement;
  if (statement !== undefined && goal.statementSpans !== undefined && FOUR_DIGITS.test(statement)) {
    for (const time of scanText(statement, lexiconData(lang)).times) {
      const start = statementOffset(goal.statementSpans, time.start);
      times.push({ ...time, start, end: start + (time.end - time.start), source: 'statement' });
    }
  }
  const target = goal.fields?.find((field) => field.key === 'target' && field.value.trim() !== '');
  if (target && !isPlaceholderValue(target.value) && FOUR_DIGITS.test(target.value)) {
    const offset = target.valueRange.start.offset;
    for (const time of scanText(target.value, lexiconData(lang)).times) times.push({ ...time, start: offset + time.start, end: offset + time.end, source: 'field' });
  }
  return times;
}

/** The document offset of an index into a statement made of `spans` joined by one space. */
function statementOffset(spans: ReadonlyArray<{ text: string; start: number }>, index: number): number {
  let at = 0;
  for (const span of spans) {
    if (index <= at + span.text.length) return span.start + (index - at);
    at += span.text.length + 1;
  }
  return spans.at(-1)!.start;
}

/** Puts each goal's due date into the outline made of `document` (outline goals are in the document's goal order). */
export function addDueDates(outline: DocumentOutline, document: GovDocument, lang: Lang): DocumentOutline {
  outline.goals.forEach((goal, index) => {
    const due = goalDue(document.goals[index]!, document.lineStarts, lang);
    if (due) goal.due = due;
  });
  return outline;
}

/** A goal's due date as the workspace rules read it: the outline's, else read from the goal (a whole document's goal has its statement). */
export function dueOf(goal: GoalOutline & DueInput, document: DocumentOutline, configLang: Lang): GoalDue | undefined {
  return goal.due ?? goalDue(goal, document.lineStarts, document.meta.lang ?? configLang);
}
