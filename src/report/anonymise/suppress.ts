import type { DistributionStats } from '../report-model.js';

/**
 * Small-group suppression: a breakdown group with fewer than `minGroup` subjects shows no figures
 * (its members could be recognised). `minGroup` 1 suppresses nothing.
 */
export function isSuppressed(n: number, minGroup: number): boolean {
  return n < minGroup;
}

/**
 * Whether a published group may show order statistics (min, percentiles, quartiles, median, max):
 * only from 2 x `minGroup` scored subjects on. Below that, they are the members' own scores
 * (a group of 3 shows all three through min, median and max). `minGroup` 1 hides nothing.
 */
export function showsOrderStatistics(scored: number, minGroup: number): boolean {
  return minGroup <= 1 || scored >= 2 * minGroup;
}

/** The statistics with every order statistic (and what is derived from them) left out: n, missing and mean remain. */
export function withoutOrderStatistics(stats: DistributionStats): DistributionStats {
  return {
    ...stats,
    min: null,
    p10: null,
    q1: null,
    median: null,
    q3: null,
    p90: null,
    max: null,
    iqr: null,
    whiskerLow: null,
    whiskerHigh: null,
    outliers: 0,
  };
}
