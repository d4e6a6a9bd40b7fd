import { dayText, isPeriodInterval, parsePeriod } from '../questionnaire/period.js';

/**
 * Adds an ISO 8601 duration of years, months and days (`P1Y`, `P6M`, `P1Y2M10D`) to a date
 * (`YYYY-MM-DD`), giving a date. Month ends are clamped (2026-01-31 + P1M = 2026-02-28).
 */
export function addDuration(date: string, duration: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(duration);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!match) return date;
  const years = Number(match[1] ?? 0);
  const months = Number(match[2] ?? 0);
  const days = Number(match[3] ?? 0);
  const monthIndex = m - 1 + months + 12 * years;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, month, Math.min(d, lastDay) + days));
  return result.toISOString().slice(0, 10);
}

/**
 * The last day of a period (`2026` -> 2026-12-31, `2026-H1` -> 2026-06-30, `2026-Q3` -> 2026-09-30,
 * `2026-05` -> 2026-05-31, `2026-05-14` -> 2026-05-14). A text that is not a period (schema-checked
 * assessments never hold one) is returned as it is.
 */
export function periodEnd(period: string): string {
  const parsed = parsePeriod(period);
  return isPeriodInterval(parsed) ? dayText(parsed.endDay - 1) : period;
}
