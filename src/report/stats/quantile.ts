/**
 * Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the default of
 * R, NumPy and spreadsheet PERCENTILE.INC), so the figures can be checked in a spreadsheet.
 */

/** The p-quantile (0 <= p <= 1) of values already sorted ascending; null for no values. */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/** The median of values in any order; null for no values. */
export function median(values: readonly number[]): number | null {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
