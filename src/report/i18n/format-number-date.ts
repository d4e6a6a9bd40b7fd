import { round } from '../../numbers/round.js';
import type { Language } from './languages.js';

// Module cache: Intl formatters by locale and options: a memo of constants (few keys).
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, options);
    numberFormats.set(id, format);
  }
  return format;
}

/**
 * A number in the reader's locale with exactly `decimals` decimals, rounded by {@link round}
 * first (half away from zero), so that every output shows the same digits: 48.15 is `48.2`
 * in English, `48,2` in German.
 */
export function formatNumber(lang: Language, value: number, decimals = 1): string {
  const f = numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return f.format(round(value, decimals));
}

/** A share (0..1) as a whole percentage in the reader's locale (`48%`, `48 %`). */
export function formatPercent(lang: Language, share: number, decimals = 0): string {
  const f = numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return f.format(round(share * 100, decimals) / 100);
}

/** A change in points with its sign (`+3.5`, `-1.0`; `0.0` has none). */
export function formatDelta(lang: Language, value: number, decimals = 1): string {
  const r = round(value, decimals);
  const f = numberFormat(lang, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  });
  return f.format(r);
}

/** A whole count with the locale's grouping (`10,000`, `10.000`). */
export function formatCount(lang: Language, value: number): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

// Module cache: Intl date formatters by language: a memo of constants.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A calendar date (`YYYY-MM-DD`, or an ISO timestamp: its UTC date) written out in the reader's
 * language: `3 December 2026`, `3. Dezember 2026`. A value that is not a date is returned as given.
 */
export function formatDate(lang: Language, iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
