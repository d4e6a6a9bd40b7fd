import { formatCount, formatDate, formatDelta, formatNumber, formatPercent } from '../i18n/format-number-date.js';
import type { Language } from '../i18n/languages.js';
import { translator, type Translator } from '../i18n/translate.js';

/**
 * The report's words and numbers in one language: every text a renderer writes comes from `t`
 * (the catalogues), every number through these formats (one rounding, the locale's digits).
 */
export interface Words {
  lang: Language;
  t: Translator;
  /** A score (0-100) with one decimal, or the language's "n/a". */
  score(value: number | null | undefined): string;
  /** A share (0..1) as a whole percentage, or "n/a". */
  share(value: number | null | undefined): string;
  /** A change in points with its sign, or "n/a". */
  delta(value: number | null | undefined): string;
  /** A whole count with the locale's grouping. */
  count(value: number): string;
  /** A number of points as given: whole without decimals (`20`), else with one (`12,5`). */
  points(value: number): string;
  /** A YYYY-MM-DD date written out. */
  date(iso: string): string;
}

// Module cache: the shipped message catalogue of each language: a memo of a constant.
const cache = new Map<Language, Words>();

/** The {@link Words} of a language. */
export function wordsFor(lang: Language): Words {
  const known = cache.get(lang);
  if (known) return known;
  const t = translator(lang);
  const na = t('value.na');
  const words: Words = {
    lang,
    t,
    score: (v) => (v === null || v === undefined ? na : formatNumber(lang, v, 1)),
    share: (v) => (v === null || v === undefined ? na : formatPercent(lang, v)),
    delta: (v) => (v === null || v === undefined ? na : formatDelta(lang, v, 1)),
    count: (v) => formatCount(lang, v),
    points: (v) => (Number.isInteger(v) ? formatCount(lang, v) : formatNumber(lang, v, 1)),
    date: (iso) => formatDate(lang, iso),
  };
  cache.set(lang, words);
  return words;
}
