import { describe, expect, it } from 'vitest';
import { distribution } from '../../../src/report/stats/distribution.js';

describe('distribution', () => {
  it('computes the five numbers, mean, IQR and Tukey whiskers by hand', () => {
    // sorted: 1 2 3 4 5 6 7 8 100; q1 = 3, q3 = 7, iqr = 4, fences -3 and 13: 100 is an outlier.
    const s = distribution([5, 1, 100, 3, 2, 4, 6, 7, 8]);
    expect(s).toMatchObject({
      n: 9,
      missing: 0,
      min: 1,
      q1: 3,
      median: 5,
      q3: 7,
      max: 100,
      iqr: 4,
      whiskerLow: 1,
      whiskerHigh: 8,
      outliers: 1,
    });
    expect(s.mean).toBe(15.1); // 136 / 9 = 15.11 -> one decimal
    expect(s.p10).toBe(1.8); // h = 0.8 -> 1 + 0.8
    expect(s.p90).toBe(26.4); // h = 7.2 -> 8 + 0.2 * 92
  });

  it('counts null scores as missing, never as 0', () => {
    const s = distribution([null, 50, null, 70]);
    expect(s.n).toBe(2);
    expect(s.missing).toBe(2);
    expect(s.min).toBe(50);
    expect(s.median).toBe(60);
  });

  it('is all null without scored values', () => {
    const s = distribution([null]);
    expect(s).toMatchObject({ n: 0, missing: 1, median: null, q1: null, outliers: 0 });
  });
});
