// When a goal is due, read one way for every reader: the deadline field's date when it holds one
// (a date, or the latest deadline its words name: "senest 31. december 2027"), else the latest
// deadline the statement names ("… til 65 % senest 31. december 2027", "by March 2027"). The
// goal analysis (goal.ts) takes the same reading for its scorecard; deadline-after-parent compares
// a goal's due date with its parent goal's, also when the parent is known only by its outline.
import type { DocumentOutline, GoalDeadline, GoalDue, GoalOutline, GovDocument } from '../model/document.ts';
import { compareDates, parseIsoDate, parseWrittenDate, type CalendarDate } from '../text/dates.ts';
import { isPlaceholderValue } from '../text/placeholder.ts';
import { rangeAt } from '../text/positions.ts';
import type { Lang } from '../types.ts';
import { lexiconData } from './lexicon.ts';
import { scanText } from './patterns.ts';

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** What of a goal its due date is read from. */
export interface DueInput {
  deadline?: GoalDeadline;
  statement?: string;
  statementSpans?: ReadonlyArray<{ text: string; start: number }>;
}

/** The date a deadline field's value states: the whole value as a date, else the latest deadline in its words. */
export function fieldDueDate(value: string, lang: Lang): { date: CalendarDate; start: number; end: number } | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || isPlaceholderValue(value)) return undefined;
  const whole = parseIsoDate(trimmed) ?? parseWrittenDate(trimmed);
  if (whole) return { date: whole, start: 0, end: value.length };
  if (!YEAR.test(value)) return undefined;
  const deadlines = scanText(value, lexiconData(lang)).times.filter((time) => time.kind === 'deadline' && time.date);
  const last = deadlines.sort((a, b) => compareDates(a.date!, b.date!)).at(-1);
  return last ? { date: last.date!, start: last.start, end: last.end } : undefined;
}

/** The deadline of a text that counts: the latest dated one that is not weak ("senest 31. december 2027", not a bare "i 2027"). */
export function latestDeadline<T extends { kind: string; date?: CalendarDate; weak?: boolean }>(times: readonly T[]): (T & { date: CalendarDate }) | undefined {
  const strong = times.filter((time): time is T & { date: CalendarDate } => time.kind === 'deadline' && time.date !== undefined && !time.weak);
  return strong.sort((a, b) => compareDates(a.date, b.date)).at(-1);
}

/** The goal's due date and where it is written, or undefined when neither its field nor its statement names a date. */
export function goalDue(goal: DueInput, lineStarts: readonly number[], lang: Lang): GoalDue | undefined {
  if (goal.deadline) {
    const found = fieldDueDate(goal.deadline.value, lang);
    if (found) {
      const offset = goal.deadline.valueRange.start.offset;
      return { date: found.date, range: rangeAt(lineStarts, offset + found.start, offset + found.end), source: 'field' };
    }
  }
  // A dated deadline names its year: a statement without one is not scanned (most procedure steps).
  if (goal.statement === undefined || goal.statementSpans === undefined || !YEAR.test(goal.statement)) return undefined;
  const last = latestDeadline(scanText(goal.statement, lexiconData(lang)).times);
  if (!last) return undefined;
  const start = statementOffset(goal.statementSpans, last.start);
  return { date: last.date, range: rangeAt(lineStarts, start, start + (last.end - last.start)), source: 'statement' };
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
