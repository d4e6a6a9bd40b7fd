// What level and choice share: the score of the listed item answered; items without scores are evenly spaced 0..100 in order.
import { distinctSorted, listedScores } from './indicator-type.js';
import type { AnswerValue } from './indicator-base.js';

export function listedScorer(items: readonly { value: unknown; score?: number }[]): (value: AnswerValue) => number {
  const scores = listedScores(items);
  const table = new Map<unknown, number>(items.map((item, i) => [item.value, scores[i] ?? 0]));
  return (value) => table.get(value) ?? 0;
}

export function listedBounds(items: readonly { score?: number }[]): { lowest: number; best: number } {
  const scores = listedScores(items);
  return { lowest: Math.min(...scores), best: Math.max(...scores) };
}

export function listedScale(items: readonly { score?: number }[]): number[] {
  return distinctSorted(listedScores(items));
}
