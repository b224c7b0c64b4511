// Calendar dates as ISO strings (YYYY-MM-DD). No time zones: governance dates are whole days.

import { ownValue } from '../own-value.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses a strict ISO date; undefined for anything else (including impossible dates like 2025-02-30). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date.year, date.month, date.day) ? date : undefined;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export const DANISH_MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const ENGLISH_MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Reads a whole-day date written the Danish or English way: `12. marts 2025`, `12.03.2025`,
 * `12/3/2025`, `12-03-2025`, `12 March 2025`, `March 12, 2025`. Returns undefined for anything
 * ambiguous or impossible. Used to offer the ISO form as a safe fix.
 */
export function parseWrittenDate(value: string): CalendarDate | undefined {
  const text = value.trim().toLowerCase();
  const iso = parseIsoDate(text);
  if (iso) return iso;
  let match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (match) {
    const date = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
    return isValidDate(date.year, date.month, date.day) ? date : undefined;
  }
  match = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(text);
  if (match) {
    const month = ownValue(DANISH_MONTHS, match[2]!) ?? ownValue(ENGLISH_MONTHS, match[2]!);
    const date = { year: Number(match[3]), month: month ?? 0, day: Number(match[1]) };
    return month && isValidDate(date.year, date.month, date.day) ? date : undefined;
  }
  match = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (match) {
    const month = ownValue(ENGLISH_MONTHS, match[1]!);
    const date = { year: Number(match[3]), month: month ?? 0, day: Number(match[2]) };
    return month && isValidDate(date.year, date.month, date.day) ? date : undefined;
  }
  return undefined;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Adds whole months, clamping the day to the end of a shorter month (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Today in UTC as an ISO date. */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() });
}
