// Durations in Danish and English prose ("inden for 6 måneder", "senest 24 timer efter",
// "within six working days"), with the limiting word that makes them a promise, and their
// comparison across units.

export type DurationUnit = 'hours' | 'working-days' | 'days' | 'weeks' | 'months' | 'years';

export interface Duration {
  value: number;
  unit: DurationUnit;
  /** Language of the unit word, so a replacement reads the same way. */
  lang: 'da' | 'en';
  /** The limiting phrase through the unit ("inden for 6 måneder"), offsets into the text. */
  start: number;
  end: number;
  /** The number and unit only ("6 måneder"). */
  valueStart: number;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  én: 1,
  et: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  tolv: 12,
  fjorten: 14,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
};

const UNIT_WORDS: Array<[RegExp, DurationUnit, 'da' | 'en']> = [
  [/^(?:timer|time|t\.)$/, 'hours', 'da'],
  [/^døgn$/, 'days', 'da'],
  [/^(?:hverdage|hverdag|arbejdsdage|arbejdsdag)$/, 'working-days', 'da'],
  [/^(?:dage|dag|kalenderdage|kalenderdag)$/, 'days', 'da'],
  [/^(?:uger|uge)$/, 'weeks', 'da'],
  [/^(?:måneder|måned|mdr\.?)$/, 'months', 'da'],
  [/^år$/, 'years', 'da'],
  [/^(?:hours|hour|hrs)$/, 'hours', 'en'],
  [/^(?:working|business)[ \u00a0]days?$/, 'working-days', 'en'],
  [/^(?:days|day|calendar[ \u00a0]days?)$/, 'days', 'en'],
  [/^(?:weeks|week)$/, 'weeks', 'en'],
  [/^(?:months|month)$/, 'months', 'en'],
  [/^(?:years|year)$/, 'years', 'en'],
];

const DURATION =
  /(?<![\p{L}\p{N}.,])(\d{1,4}|en|én|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|fjorten|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)[ \u00a0-](timer|time|t\.|døgn|hverdage|hverdag|arbejdsdage|arbejdsdag|kalenderdage|kalenderdag|dage|dag|uger|uge|måneder|måned|mdr\.?|år|hours|hour|hrs|(?:working|business|calendar)[ \u00a0]days?|days|day|weeks|week|months|month|years|year)(?![\p{L}])/giu;

// A limiting phrase right before the number: the text promises "at the latest", not "for".
const LIMITER =
  /(?:inden for|indenfor|inden|senest|højst|maks\.|maks|maksimalt|max\.|max|op til|i løbet af|ikke senere end|within|no later than|at the latest|at most|up to|no more than|not later than|under)[ \u00a0]+$/iu;

const STRONG_LIMITER = /^(?:inden for|indenfor|inden|senest|ikke senere end|within|no later than|not later than|at the latest)[ \u00a0]+$/iu;

/**
 * Durations in `text`. With `requireLimiter` only those after a limiting phrase count; otherwise
 * (a table cell) a duration that opens its cell counts too.
 */
export function findDurations(text: string, requireLimiter: boolean): Duration[] {
  const found: Duration[] = [];
  for (const match of text.matchAll(DURATION)) {
    const numberText = match[1]!.toLowerCase();
    const value = /^\d+$/.test(numberText) ? Number(numberText) : NUMBER_WORDS[numberText];
    const unitText = match[2]!.toLowerCase();
    const unit = UNIT_WORDS.find(([pattern]) => pattern.test(unitText));
    if (value === undefined || !unit) continue;
    const valueStart = match.index;
    const before = text.slice(Math.max(0, valueStart - 24), valueStart);
    const limiter = LIMITER.exec(before);
    let start = valueStart;
    if (limiter) start = valueStart - limiter[0].length;
    else if (requireLimiter) continue;
    else {
      const cellStart = before.lastIndexOf('|');
      if (cellStart < 0 || before.slice(cellStart + 1).trim() !== '') continue;
    }
    // Spelt-out numbers are only taken after a limiter ("en" and "to" are common words), and
    // years only after a deadline word: "under 18 år", "up to 17 years" are ages.
    if (!/^\d+$/.test(numberText) && !limiter) continue;
    if (unit[1] === 'years' && !(limiter && STRONG_LIMITER.test(limiter[0]))) continue;
    found.push({ value, unit: unit[1], lang: unit[2], start, end: match.index + match[0].length, valueStart });
  }
  return found;
}

/** Shortest and longest span of a duration, in days. */
export function spanInDays(duration: { value: number; unit: DurationUnit }): { min: number; max: number } {
  const n = duration.value;
  switch (duration.unit) {
    case 'hours':
      return { min: n / 24, max: n / 24 };
    case 'days':
      return { min: n, max: n };
    case 'working-days':
      // Weekends and up to four holidays (Easter) in between.
      return { min: n, max: Math.ceil((n * 7) / 5) + 4 };
    case 'weeks':
      return { min: 7 * n, max: 7 * n };
    case 'months':
      return { min: 30 * n - 3, max: 31 * n };
    case 'years':
      return { min: 365 * n, max: 366 * n };
  }
}

/** True when `promised` is certainly longer than `limit`. */
export function exceeds(promised: { value: number; unit: DurationUnit }, limit: { value: number; unit: DurationUnit }): boolean {
  if (promised.unit === limit.unit) return promised.value > limit.value;
  return spanInDays(promised).min > spanInDays(limit).max;
}

const UNIT_NAMES: Record<DurationUnit, { da: [string, string]; en: [string, string] }> = {
  hours: { da: ['time', 'timer'], en: ['hour', 'hours'] },
  'working-days': { da: ['hverdag', 'hverdage'], en: ['working day', 'working days'] },
  days: { da: ['dag', 'dage'], en: ['day', 'days'] },
  weeks: { da: ['uge', 'uger'], en: ['week', 'weeks'] },
  months: { da: ['måned', 'måneder'], en: ['month', 'months'] },
  years: { da: ['år', 'år'], en: ['year', 'years'] },
};

export function formatDuration(duration: { value: number; unit: DurationUnit }, lang: 'da' | 'en'): string {
  const [one, many] = UNIT_NAMES[duration.unit][lang];
  return `${duration.value} ${duration.value === 1 ? one : many}`;
}
