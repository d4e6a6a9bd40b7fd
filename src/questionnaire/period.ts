/**
 * Periods as time. An assessment describes one period: a year (`2026`), a half (`2026-H1`), a
 * quarter (`2026-Q3`), a month (`2026-05`) or a day (an ISO date, `2026-05-14`). Each is the
 * interval [start, end) of calendar days (UTC). ISO weeks (`2026-W05`) and ranges
 * (`2026-01-01/2026-06-30`) are refused: a week is not a reporting period of these instruments, and
 * a range would put a `/` into scorecard file names (`<subject-id>-<period>.json`).
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'day';

/** A period as an interval of days: [start, end). */
export interface PeriodInterval {
  period: string;
  kind: PeriodKind;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** The day after the last day, `YYYY-MM-DD` (exclusive). */
  end: string;
  /** `start` and `end` as days since 1970-01-01. */
  startDay: number;
  endDay: number;
}

/** Why a text is not a period, and how to write it. */
export interface PeriodProblem {
  reason: string;
  hint: string;
}

/** The shapes accepted (the assessment schema's `period` pattern is the same expression). */
export const PERIOD_PATTERN = /^[0-9]{4}(-(Q[1-4]|H[12]|[0-9]{2}(-[0-9]{2})?))?$/;

export const PERIOD_HINT =
  'write a year (2026), a half (2026-H1), a quarter (2026-Q3), a month (2026-05) or a date (2026-05-14)';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (month 1-based; months and days past the end roll over). */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** `YYYY-MM-DD` of a day number (years 0000-9999). */
export function dayText(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

function interval(
  period: string,
  kind: PeriodKind,
  year: number,
  month: number,
  day: number,
  months: number,
  days = 0,
): PeriodInterval {
  const startDay = dayNumber(year, month, day);
  const endDay = months ? dayNumber(year, month + months, day) : startDay + days;
  return { period, kind, start: dayText(startDay), end: dayText(endDay), startDay, endDay };
}

/**
 * Parses a period into its interval, or says why it is not one.
 * @example parsePeriod('2026-Q3') // { kind: 'quarter', start: '2026-07-01', end: '2026-10-01', ... }
 */
export function parsePeriod(text: string): PeriodInterval | PeriodProblem {
  if (!PERIOD_PATTERN.test(text)) {
    if (/^[0-9]{4}-W[0-9]{1,2}(-[1-7])?$/.test(text))
      return {
        reason: `'${text}' is an ISO week: weeks are not accepted`,
        hint: `${PERIOD_HINT}; for a week, use its month or one of its dates`,
      };
    if (text.includes('/'))
      return {
        reason: `'${text}' is a range: an assessment describes one period`,
        hint: `${PERIOD_HINT} holding the range, or write one assessment per period`,
      };
    return { reason: `'${text}' is not a period`, hint: PERIOD_HINT };
  }
  const year = Number(text.slice(0, 4));
  const part = text.slice(5);
  if (part === '') return interval(text, 'year', year, 1, 1, 12);
  if (part.startsWith('H')) return interval(text, 'half', year, 6 * Number(part.slice(1)) - 5, 1, 6);
  if (part.startsWith('Q')) return interval(text, 'quarter', year, 3 * Number(part.slice(1)) - 2, 1, 3);
  const month = Number(part.slice(0, 2));
  if (month < 1 || month > 12)
    return { reason: `'${text}' has month ${part.slice(0, 2)}: months are 01 to 12`, hint: PERIOD_HINT };
  if (part.length === 2) return interval(text, 'month', year, month, 1, 1);
  const day = Number(part.slice(3));
  const result = interval(text, 'day', year, month, day, 0, 1);
  if (day < 1 || result.start !== text)
    return { reason: `'${text}' is not a calendar date`, hint: `${PERIOD_HINT}, with a day that exists in its month` };
  return result;
}

/** True when {@link parsePeriod} gave an interval. */
export function isPeriodInterval(value: PeriodInterval | PeriodProblem): value is PeriodInterval {
  return 'startDay' in value;
}

/** The midpoint of a period in (fractional) years, e.g. 2026.496 for 2026: a position on a time axis proportional to time. */
export function periodMidYear(p: PeriodInterval): number {
  const mid = (p.startDay + p.endDay) / 2;
  // 365.2425 days per Gregorian year: a linear scale, so that equal times are equal distances.
  return Math.round((1970 + mid / 365.2425) * 1000) / 1000;
}

// Module cache: a pure memo of parsePeriod (bounded: cleared at 4,096).
const intervals = new Map<string, PeriodInterval | null>();

function cached(period: string): PeriodInterval | null {
  let found = intervals.get(period);
  if (found === undefined) {
    const parsed = parsePeriod(period);
    found = isPeriodInterval(parsed) ? parsed : null;
    // A bounded cache: periods of one run are few, hostile input must not grow it without end.
    if (intervals.size >= 4096) intervals.clear();
    intervals.set(period, found);
  }
  return found;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders periods in time: by end date, then (same end: `2026`, `2026-H2`, `2026-Q4`, `2026-12`)
 * by start date, so the shorter, more recent period is the later one; then by text. A text that
 * is not a period (possible only in hand-made input) sorts before every period.
 */
export function comparePeriods(a: string, b: string): number {
  const x = cached(a);
  const y = cached(b);
  if (x && y) return x.endDay - y.endDay || x.startDay - y.startDay || byCodeUnits(a, b);
  if (x) return 1;
  if (y) return -1;
  return byCodeUnits(a, b);
}

/** True when period `a` is later than `b` in the order of {@link comparePeriods}. */
export function isLaterPeriod(a: string, b: string): boolean {
  return comparePeriods(a, b) > 0;
}
