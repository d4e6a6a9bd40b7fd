import { describe, expect, it } from 'vitest';
import { median, quantileSorted } from '../../../src/report/stats/quantile.js';

describe('quantileSorted (type 7, as PERCENTILE.INC)', () => {
  it('interpolates between order statistics', () => {
    // h = (n-1)p: for [10,20,30,40], p=0.25 -> h=0.75 -> 10 + 0.75*10 = 17.5
    expect(quantileSorted([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantileSorted([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantileSorted([10, 20, 30, 40], 0.75)).toBe(32.5);
    expect(quantileSorted([10, 20, 30, 40], 0.1)).toBeCloseTo(13, 10);
  });

  it('returns the extremes at 0 and 1 and the only value of one', () => {
    expect(quantileSorted([3, 5, 9], 0)).toBe(3);
    expect(quantileSorted([3, 5, 9], 1)).toBe(9);
    expect(quantileSorted([42], 0.37)).toBe(42);
  });

  it('is null for no values', () => {
    expect(quantileSorted([], 0.5)).toBeNull();
    expect(median([])).toBeNull();
  });

  it('median sorts its input', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
