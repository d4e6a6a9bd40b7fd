import type { AnswerValue } from '../scorecard.js';
import type { Indicator, IndicatorType } from '../../questionnaire/model.js';

/** How one indicator type turns a (checked) answer into a 0..100 score, and the scores it can reach. */
export interface Normaliser {
  type: IndicatorType;
  /** The scoring function of one indicator, prepared once (lookup tables built) for scoring many answers. */
  compile(indicator: Indicator): (value: AnswerValue) => number;
  /** The lowest and the best score any answer can get (for missing = lowest, gains and bounds). */
  bounds(indicator: Indicator): { lowest: number; best: number };
}

/** Keeps a score within 0..100 (and turns NaN into 0). */
export function clampScore(score: number): number {
  if (!(score > 0)) return 0;
  return score > 100 ? 100 : score;
}

/** Score of the item at `index` of `count` evenly spaced from 0 to 100 (the default for levels and choices). */
export function evenScore(index: number, count: number): number {
  return count <= 1 ? 100 : (100 * index) / (count - 1);
}

/** Scores of a list of levels or options: each its own `score`, or evenly spaced 0..100 in order. */
export function listedScores(items: readonly { score?: number }[]): number[] {
  return items.map((item, i) => item.score ?? evenScore(i, items.length));
}

/** The score of the listed item matching `value` (0 when none does), and the list's bounds. */
export function listedNormaliser<T extends { value: unknown; score?: number }>(
  type: 'level' | 'choice',
  items: (indicator: Indicator) => readonly T[],
): Normaliser {
  return {
    type,
    compile(indicator) {
      const list = items(indicator);
      const scores = listedScores(list);
      const table = new Map<unknown, number>(list.map((item, i) => [item.value, scores[i] ?? 0]));
      return (value) => table.get(value) ?? 0;
    },
    bounds(indicator) {
      const scores = listedScores(items(indicator));
      return { lowest: Math.min(...scores), best: Math.max(...scores) };
    },
  };
}
