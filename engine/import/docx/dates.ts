// Dates as Danish and English documents write them: "12. marts 2025", "12.03.2025", "12/3-2025",
// "2025-03-12", "12 March 2025", "March 12, 2025", "marts 2025", "2025". A date with only a month
// or a year is read as its first day (a month) or its last (a year: "revideres i 2027" is by the
// end of 2027), and says so (`precision`).

import { DANISH_MONTHS, ENGLISH_MONTHS, isValidDate } from '../../text/dates.ts';

export interface FoundDate {
  iso: string;
  precision: 'day' | 'month' | 'year';
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

/** Danish and English month names and abbreviations, as the rest of the engine reads them. */
const MONTHS: Record<string, number> = { ...DANISH_MONTHS, ...ENGLISH_MONTHS };

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const PATTERNS: Array<{ pattern: RegExp; read: (match: RegExpExecArray) => Omit<FoundDate, 'start' | 'end'> | undefined }> = [
  {
    pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu,
    read: (m) => ({ iso: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, precision: 'day' }),
  },
  {
    pattern: /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/gu,
    read: (m) => ({ iso: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`, precision: 'day' }),
  },
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => ({ iso: `${m[3]}-${pad(MONTHS[m[2]!.toLowerCase()]!)}-${pad(Number(m[1]))}`, precision: 'day' }),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => ({ iso: `${m[3]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}-${pad(Number(m[2]))}`, precision: 'day' }),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => ({ iso: `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}-01`, precision: 'month' }),
  },
  {
    pattern: /(?<![\d.,/-])((?:19|20|21)\d{2})(?![\d-])/gu,
    read: (m) => ({ iso: `${m[1]}-12-31`, precision: 'year' }),
  },
];

/** The first date in `text` (earliest start; at one start, the most precise). */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { pattern, read } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const found = read(match);
      if (!found) continue;
      const [year, month, day] = found.iso.split('-').map(Number) as [number, number, number];
      if (!isValidDate(year, month, day)) continue;
      const start = match.index;
      const end = start + match[0].length;
      // Earlier patterns are more precise: a later one only wins by starting before.
      if (!best || start < best.start) best = { ...found, start, end };
      break;
    }
  }
  return best;
}
