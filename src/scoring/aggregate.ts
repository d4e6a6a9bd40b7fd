import type { Aggregation } from '../questionnaire/model.js';

/** The default aggregation: the weighted arithmetic mean. */
export const ARITHMETIC: Aggregation = { method: 'arithmetic' };

/**
 * The weighted mean of scores (0..100) by the given method:
 * arithmetic Σwx/Σw; geometric exp(Σw·ln x/Σw); harmonic Σw/Σ(w/x); generalised (Σw·x^p/Σw)^(1/p).
 * Geometric, harmonic and generalised means with p ≤ 0 first raise scores below `floor` (default 1) to it,
 * since a single 0 would otherwise make the whole mean 0 (or undefined). Empty input gives null.
 */
export function weightedMean(
  scores: readonly number[],
  weights: readonly number[],
  aggregation: Aggregation = ARITHMETIC,
): number | null {
  let acc = 0;
  let totalWeight = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weights[i] ?? 1;
    acc += w * meanTerm(scores[i] ?? 0, aggregation);
    totalWeight += w;
  }
  return finishMean(acc, totalWeight, aggregation);
}

function effectiveMethod(aggregation: Aggregation): Aggregation['method'] {
  return aggregation.method === 'generalised' && (aggregation.power ?? 1) === 0 ? 'geometric' : aggregation.method;
}

/**
 * One score's term of a weighted mean (the mean is finishMean(Σ w·term(x), Σ w)): x, ln x, 1/x or x^p,
 * with x raised to the floor where the method needs it. Lets a re-scoring change one term only.
 */
export function meanTerm(x: number, aggregation: Aggregation): number {
  const floor = aggregation.floor ?? 1;
  const method = effectiveMethod(aggregation);
  if (method === 'arithmetic') return x;
  if (method === 'geometric') return Math.log(Math.max(x, floor));
  if (method === 'harmonic') return 1 / Math.max(x, floor);
  const p = aggregation.power ?? 1;
  return Math.pow(p < 0 ? Math.max(x, floor) : x, p);
}

/** The weighted mean from the sum of weighted terms and the sum of weights (null when there is no weight), within 0..100. */
export function finishMean(acc: number, totalWeight: number, aggregation: Aggregation): number | null {
  if (totalWeight <= 0) return null;
  const method = effectiveMethod(aggregation);
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
  if (aggregation.method === 'geometric' || aggregation.method === 'harmonic')
    return `${aggregation.method} (floor ${aggregation.floor ?? 1})`;
  return aggregation.method;
}
