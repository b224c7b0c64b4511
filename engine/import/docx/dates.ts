// Dates as Danish and English documents write them: "12. marts 2025", "12.03.2025", "12/3-2025",
// "2025-03-12", "12 March 2025", "March 12, 2025", "marts 2025", "2025". A date with only a month
// or a year is read as its first day (a month) or its last (a year: "revideres i 2027" is by the
// end of 2027), and says so (`precision`).

export interface FoundDate {
  iso: string;
  precision: 'day' | 'month' | 'year';
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  januar: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  marts: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function valid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
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
      if (!valid(year, month, day)) continue;
      const start = match.index;
      const end = start + match[0].length;
      // Earlier patterns are more precise: a later one only wins by starting before.
      if (!best || start < best.start) best = { ...found, start, end };
      break;
    }
  }
  return best;
}
