import type { Language } from './languages.js';

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
