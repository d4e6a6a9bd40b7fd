import type { Aggregation } from '../questionnaire/model.js';

/** The default aggregation: the weighted arithmetic mean. */
export const ARITHMETIC: Aggregation = { method: 'arithmetic' };

/**
 * The weighted mean of scores (0..100) by the given method:
 * arithmetic Σwx/Σw; geometric exp(Σw·ln x/Σw); harmonic Σw/Σ(w/x); generalised (Σw·x^p/Σw)^(1/p).
 * Geometric, harmonic and generalised means with p ≤ 0 first raise scores below `floor` (default 1) to it,
 * since a single 0 would otherwise make the whole mean 0 (or undefined). Empty input gives null.
 */
export function weightedMean(scores: readonly number[], weights: readonly number[], aggregation: Aggregation = ARITHMETIC): number | null {
  let totalWeight = 0;
  for (let i = 0; i < scores.length; i++) totalWeight += weights[i] ?? 1;
  if (scores.length === 0 || totalWeight <= 0) return null;
  const floor = aggregation.floor ?? 1;
  const method = aggregation.method === 'generalised' && (aggregation.power ?? 1) === 0 ? 'geometric' : aggregation.method;
  let acc = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weights[i] ?? 1;
    const x = scores[i] ?? 0;
    if (method === 'arithmetic') acc += w * x;
    else if (method === 'geometric') acc += w * Math.log(Math.max(x, floor));
    else if (method === 'harmonic') acc += w / Math.max(x, floor);
    else {
      const p = aggregation.power ?? 1;
      acc += w * Math.pow(p < 0 ? Math.max(x, floor) : x, p);
    }
  }
  let mean: number;
  if (method === 'arithmetic') mean = acc / totalWeight;
  else if (method === 'geometric') mean = Math.exp(acc / totalWeight);
  else if (method === 'harmonic') mean = totalWeight / acc;
  else mean = Math.pow(acc / totalWeight, 1 / (aggregation.power ?? 1));
  return Math.min(100, Math.max(0, mean));
}

/** The method in words for scorecards: `arithmetic`, `geometric (floor 1)`, `generalised (p=2)`. */
export function describeAggregation(aggregation: Aggregation = ARITHMETIC): string {
  if (aggregation.method === 'generalised') return `generalised (p=${aggregation.power ?? 1})`;
  if (aggregation.method === 'geometric' || aggregation.method === 'harmonic') return `${aggregation.method} (floor ${aggregation.floor ?? 1})`;
  return aggregation.method;
}
