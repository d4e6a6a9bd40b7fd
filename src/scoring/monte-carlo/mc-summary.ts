import type { McSubject } from './mc-model.js';

/** One subject's Monte Carlo results. */
export interface McSubjectResult {
  key: string;
  /** The published score, and the median and 90 % interval (5th-95th percentile) of the draws. */
  score: { point: number | null; median: number; low: number; high: number };
  /** Rank in its comparison group (1 best; ties share the better rank): point, median and 90 % interval. Null when not ranked. */
  rank: { point: number; median: number; low: number; high: number; of: number } | null;
  /** First-order sensitivity index of the rank per factor (share of the rank variance, 0..1); null when not ranked. */
  sensitivity: { unknowns: number; weights: number; aggregation: number; selfReported: number } | null;
}

/** Sums kept per ranked subject: Σf(A), Σf(A)², Σf(B), Σf(B)², then for the 4 factors Σf(B)·d_i and Σd_i, d_i = f(A_B^i) − f(A). */
export const STRIDE = 12;

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** Type 7 quantile (as R, NumPy and PERCENTILE.INC) of ascending values. */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Nearest-rank quantile (an order statistic, so a rank interval is in whole ranks). */
function nearestRank(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Medians, 90 % intervals and sensitivity indices from the stored draws and sums. */
export function summarise(
  subjects: readonly McSubject[],
  rankedIdx: readonly number[],
  scoreDraws: Float64Array,
  rankDraws: Float64Array,
  sums: Float64Array,
  N: number,
): McSubjectResult[] {
  const rankOf = new Map<number, number>(rankedIdx.map((j, r) => [j, r]));
  const points = rankedIdx.map((j) => subjects[j]!.point ?? 0);
  return subjects.map((s, j): McSubjectResult => {
    const sc = scoreDraws.slice(j * N, (j + 1) * N).sort();
    const out: McSubjectResult = {
      key: s.key,
      score: {
        point: s.point,
        median: round2(quantile(sc, 0.5)),
        low: round2(quantile(sc, 0.05)),
        high: round2(quantile(sc, 0.95)),
      },
      rank: null,
      sensitivity: null,
    };
    const r = rankOf.get(j);
    if (r === undefined) return out;
    const rk = rankDraws.slice(r * N, (r + 1) * N).sort();
    const point = 1 + points.filter((p) => p > (s.point ?? 0)).length;
    out.rank = {
      point,
      median: round2(quantile(rk, 0.5)),
      low: nearestRank(rk, 0.05),
      high: nearestRank(rk, 0.95),
      of: rankedIdx.length,
    };
    const o = r * STRIDE;
    const mean = (sums[o]! + sums[o + 2]!) / (2 * N);
    const variance = (sums[o + 1]! + sums[o + 3]!) / (2 * N) - mean * mean;
    // f(B) centred on the mean: the same expectation, a much smaller variance of the estimate.
    const index = (i: number): number =>
      variance > 1e-12
        ? round2(Math.min(1, Math.max(0, (sums[o + 4 + i]! - mean * sums[o + 8 + i]!) / N / variance)))
        : 0;
    out.sensitivity = { unknowns: index(0), weights: index(1), aggregation: index(2), selfReported: index(3) };
    return out;
  });
}
