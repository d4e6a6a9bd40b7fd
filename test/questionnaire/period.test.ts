import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isPeriodInterval,
  parsePeriod,
  PERIOD_PATTERN,
  periodMidYear,
  type PeriodInterval,
} from '../../src/questionnaire/period.js';
import { periodEnd } from '../../src/scoring/iso-duration.js';

const interval = (text: string): PeriodInterval => {
  const parsed = parsePeriod(text);
  if (!isPeriodInterval(parsed)) throw new Error(`${text}: ${parsed.reason}`);
  return parsed;
};

describe('parsePeriod', () => {
  const cases: [string, string, string, string][] = [
    ['2026', 'year', '2026-01-01', '2027-01-01'],
    ['2026-H1', 'half', '2026-01-01', '2026-07-01'],
    ['2026-H2', 'half', '2026-07-01', '2027-01-01'],
    ['2026-Q3', 'quarter', '2026-07-01', '2026-10-01'],
    ['2026-Q4', 'quarter', '2026-10-01', '2027-01-01'],
    ['2026-05', 'month', '2026-05-01', '2026-06-01'],
    ['2026-12', 'month', '2026-12-01', '2027-01-01'],
    ['2024-02-29', 'day', '2024-02-29', '2024-03-01'],
    ['2026-05-14', 'day', '2026-05-14', '2026-05-15'],
    ['0050', 'year', '0050-01-01', '0051-01-01'],
  ];
  for (const [text, kind, start, end] of cases) {
    it(`reads ${text} as the ${kind} [${start}, ${end})`, () => {
      expect(interval(text)).toMatchObject({ period: text, kind, start, end });
    });
  }

  const refused: [string, RegExp][] = [
    ['2026-13', /month 13: months are 01 to 12/],
    ['2026-00', /month 00/],
    ['2026-02-29', /not a calendar date/],
    ['2026-04-31', /not a calendar date/],
    ['2026-05-00', /not a calendar date/],
    ['2026-W05', /ISO week: weeks are not accepted/],
    ['2026-01-01/2026-06-30', /is a range/],
    ['Q3 2026', /is not a period/],
    ['2026-Q5', /is not a period/],
    ['', /is not a period/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses '${text}' saying why`, () => {
      const parsed = parsePeriod(text);
      expect(isPeriodInterval(parsed)).toBe(false);
      if (!isPeriodInterval(parsed)) {
        expect(parsed.reason).toMatch(reason);
        expect(parsed.hint).toContain('2026-05-14');
      }
    });
  }

  it('accepts exactly the shapes of the assessment schema pattern', () => {
    const schema = JSON.parse(readFileSync('questionnaires/schema/assessment.schema.json', 'utf8')) as {
      properties: { period: { pattern: string } };
    };
    expect(schema.properties.period.pattern).toBe(PERIOD_PATTERN.source);
  });

  it('gives the last day of a period for validity dates', () => {
    expect(['2026', '2026-H1', '2026-Q3', '2026-05', '2024-02', '2026-05-14'].map(periodEnd)).toEqual([
      '2026-12-31',
      '2026-06-30',
      '2026-09-30',
      '2026-05-31',
      '2024-02-29',
      '2026-05-14',
    ]);
  });
});

describe('comparePeriods', () => {
  it('orders 2026-05 before 2026-Q3 (by end date), where strings compare the other way', () => {
    expect('2026-Q3' < '2026-05').toBe(false);
    expect(comparePeriods('2026-05', '2026-Q3')).toBeLessThan(0);
    expect(comparePeriods('2026-Q3', '2026-05')).toBeGreaterThan(0);
  });

  it('orders by end date, then by start date (same end: the shorter, more recent period is later)', () => {
    const sorted = [
      '2026-Q3',
      '2026',
      '2026-12',
      '2026-05',
      '2025-H2',
      '2026-H2',
      '2026-Q4',
      '2026-12-31',
      '2026-H1',
      '2026-05-14',
    ].sort(comparePeriods);
    expect(sorted).toEqual([
      '2025-H2',
      '2026-05-14',
      '2026-05',
      '2026-H1',
      '2026-Q3',
      '2026',
      '2026-H2',
      '2026-Q4',
      '2026-12',
      '2026-12-31',
    ]);
  });

  it('is a total order: texts that are not periods sort first, by text', () => {
    expect(['2026', 'zzz', '2025', 'aaa'].sort(comparePeriods)).toEqual(['aaa', 'zzz', '2025', '2026']);
    expect(comparePeriods('2026', '2026')).toBe(0);
  });
});

describe('periodMidYear', () => {
  it('places periods at their midpoints, proportional to time', () => {
    const [y2024, h2025, y2026] = ['2024', '2025-H1', '2026'].map((p) => periodMidYear(interval(p))) as [
      number,
      number,
      number,
    ];
    // Midpoints: 2024-07-02 00:00 (leap year), 2025-04-01 12:00, 2026-07-02 12:00: 273.5 then 457 days apart.
    expect((h2025 - y2024) / (y2026 - h2025)).toBeCloseTo(273.5 / 457, 2);
    expect(y2026 - y2024).toBeCloseTo(730.5 / 365.2425, 2);
  });
});
