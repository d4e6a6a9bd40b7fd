import type { Translator } from '../../report/i18n/translate.js';
import type { McSubjectResult } from './mc-summary.js';

/** One side of a pair of neighbours whose order is not certain: its name, point rank and 90 % rank interval. */
export interface RankedNeighbour {
  name: string;
  point: number;
  low: number;
  high: number;
}

/** A pair in words; the default is the English of the JSON output (the terminal and report use their language). */
export type DescribePair = (above: RankedNeighbour, below: RankedNeighbour) => string;

const inEnglish: DescribePair = (a, b) =>
  `${a.name} (#${a.point}, ${a.low}-${a.high}) and ${b.name} (#${b.point}, ${b.low}-${b.high}): order not certain`;

/** A pair in the reader's language (terminal summaries and reports). */
export const describePairWith =
  (tr: Translator): DescribePair =>
  (a, b) =>
    tr('ranking.uncertainPair', {
      above: a.name,
      abovePoint: a.point,
      aboveLow: a.low,
      aboveHigh: a.high,
      below: b.name,
      belowPoint: b.point,
      belowLow: b.low,
      belowHigh: b.high,
    });

/**
 * Neighbours in the ranking (by point rank) whose 90 % rank intervals overlap, in words: their
 * order is not certain under the uncertainty analysed.
 */
export function uncertainNeighbours(
  results: readonly McSubjectResult[],
  nameOf: (key: string) => string = (k) => k,
  describe: DescribePair = inEnglish,
): string[] {
  const ranked = results
    .filter((r) => r.rank !== null)
    .sort((a, b) => a.rank!.point - b.rank!.point || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const side = (r: McSubjectResult): RankedNeighbour => ({ name: nameOf(r.key), ...r.rank! });
  const out: string[] = [];
  for (let i = 1; i < ranked.length; i++) {
    const above = ranked[i - 1]!;
    const below = ranked[i]!;
    if (above.rank!.high >= below.rank!.low) out.push(describe(side(above), side(below)));
  }
  return out;
}
