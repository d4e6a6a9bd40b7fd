import type { McSubjectResult } from './mc-summary.js';

/**
 * Neighbours in the ranking (by point rank) whose 90 % rank intervals overlap, in words: their
 * order is not certain under the uncertainty analysed.
 */
export function uncertainNeighbours(
  results: readonly McSubjectResult[],
  nameOf: (key: string) => string = (k) => k,
): string[] {
  const ranked = results
    .filter((r) => r.rank !== null)
    .sort((a, b) => a.rank!.point - b.rank!.point || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out: string[] = [];
  for (let i = 1; i < ranked.length; i++) {
    const above = ranked[i - 1]!;
    const below = ranked[i]!;
    if (above.rank!.high >= below.rank!.low)
      out.push(
        `${nameOf(above.key)} (#${above.rank!.point}, ${above.rank!.low}-${above.rank!.high}) and ${nameOf(below.key)} (#${below.rank!.point}, ${below.rank!.low}-${below.rank!.high}): order not certain`,
      );
  }
  return out;
}
