/** Rounds to two decimals: the precision of scores and gains in scorecards. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Rounds to four decimals: the precision of shares (coverage, weights, sources). */
export function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
