import type { DistributionStats } from '../report-model.js';
import { quantileSorted } from './quantile.js';
import { round } from '../../numbers/round.js';

/**
 * Summary statistics of scores: n, missing, min, P10, Q1, median, Q3, P90, max, mean, IQR and the
 * Tukey whiskers (the most extreme values within 1.5 x IQR of the box), with the outlier count.
 * Null scores are counted as missing and never treated as 0.
 */
export function distribution(values: readonly (number | null)[]): DistributionStats {
  const scored = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const missing = values.length - scored.length;
  if (scored.length === 0) {
    return {
      n: 0,
      missing,
      min: null,
      p10: null,
      q1: null,
      median: null,
      q3: null,
      p90: null,
      max: null,
      mean: null,
      iqr: null,
      whiskerLow: null,
      whiskerHigh: null,
      outliers: 0,
    };
  }
  const q = (p: number): number => quantileSorted(scored, p) as number;
  const q1 = q(0.25);
  const q3 = q(0.75);
  const iqr = q3 - q1;
  const fenceLow = q1 - 1.5 * iqr;
  const fenceHigh = q3 + 1.5 * iqr;
  const inside = scored.filter((v) => v >= fenceLow && v <= fenceHigh);
  const sum = scored.reduce((a, b) => a + b, 0);
  return {
    n: scored.length,
    missing,
    min: round(scored[0] as number),
    p10: round(q(0.1)),
    q1: round(q1),
    median: round(q(0.5)),
    q3: round(q3),
    p90: round(q(0.9)),
    max: round(scored[scored.length - 1] as number),
    mean: round(sum / scored.length),
    iqr: round(iqr),
    whiskerLow: round(inside[0] ?? q1),
    whiskerHigh: round(inside[inside.length - 1] ?? q3),
    outliers: scored.length - inside.length,
  };
}
