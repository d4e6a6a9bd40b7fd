import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDelta,
  formatNumber,
  formatPercent,
  parseLanguage,
  t,
  UnknownLanguageError,
} from '../../../src/report/i18n/index.js';
import { ExitCode } from '../../../src/errors/exit-code.js';

describe('parseLanguage', () => {
  it('accepts the catalogue codes and regional tags of them', () => {
    expect(parseLanguage('de')).toBe('de');
    expect(parseLanguage('de-CH')).toBe('de');
    expect(parseLanguage('PT_br')).toBe('pt');
  });

  it('rejects an unknown language with a usage error listing the available ones', () => {
    for (const tag of ['xx', 'english', '', '__proto__', 'constructor', 'de-']) {
      let error: unknown;
      try {
        parseLanguage(tag);
      } catch (e) {
        error = e;
      }
      expect(error, tag).toBeInstanceOf(UnknownLanguageError);
      const e = error as UnknownLanguageError;
      expect(e.exitCode).toBe(ExitCode.Usage);
      expect(e.describe()).toContain('en, de, fr, es, it, pl, pt, nl');
    }
  });
});

describe('t', () => {
  it('picks the language and fills placeholders', () => {
    expect(t('de', 'value.na')).toBe('k. A.');
    expect(t('en', 'value.na')).toBe('n/a');
  });
});

describe('number and date formats by locale', () => {
  it('rounds half away from zero before formatting, in the locale', () => {
    expect(formatNumber('en', 48.15)).toBe('48.2');
    expect(formatNumber('de', 48.15)).toBe('48,2');
    expect(formatNumber('fr', -48.15)).toBe('-48,2');
    expect(formatNumber('en', 7)).toBe('7.0');
  });

  it('writes percentages, signed changes and counts the locale way', () => {
    expect(formatPercent('en', 0.485)).toBe('49%');
    expect(formatPercent('de', 0.485)).toBe('49\u00a0%');
    expect(formatDelta('en', 3.45)).toBe('+3.5');
    expect(formatDelta('de', -1)).toBe('-1,0');
    expect(formatDelta('en', 0)).toBe('0.0');
    expect(formatCount('en', 10000)).toBe('10,000');
    expect(formatCount('de', 10000)).toBe('10.000');
  });

  it('writes dates out in the language, in UTC', () => {
    expect(formatDate('en', '2026-12-03')).toBe('December 3, 2026');
    expect(formatDate('de', '2026-12-03')).toBe('3. Dezember 2026');
    expect(formatDate('fr', '2026-12-03T23:30:00Z')).toBe('3 décembre 2026');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});
