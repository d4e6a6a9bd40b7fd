import type { Aggregation } from '../../questionnaire/model.js';

/** An aggregation as numbers, for the lean numeric path: method code (0 arithmetic, 1 geometric, 2 harmonic, 3 power), floor, power. */
export interface MeanCode {
  method: number;
  floor: number;
  power: number;
}

/** The numeric form of an aggregation (same rules as aggregate.ts: a generalised mean with p = 0 is geometric). */
export function meanCode(aggregation: Aggregation): MeanCode {
  const power = aggregation.power ?? 1;
  const method =
    aggregation.method === 'arithmetic'
      ? 0
      : aggregation.method === 'geometric' || power === 0
        ? 1
        : aggregation.method === 'harmonic'
          ? 2
          : 3;
  return { method, floor: aggregation.floor ?? 1, power };
}

/** One score's term of a weighted mean (see meanTerm in aggregate.ts). */
export function term(x: number, code: MeanCode): number {
  switch (code.method) {
    case 0:
      return x;
    case 1:
      return Math.log(x > code.floor ? x : code.floor);
    case 2:
      return 1 / (x > code.floor ? x : code.floor);
    default:
      return Math.pow(code.power < 0 && x < code.floor ? code.floor : x, code.power);
  }
}

/** The weighted mean from Σ w·term and Σ w, within 0..100 (see finishMean in aggregate.ts). */
export function finish(acc: number, totalWeight: number, code: MeanCode): number {
  let mean: number;
  switch (code.method) {
    case 0:
      mean = acc / totalWeight;
      break;
    case 1:
      mean = Math.exp(acc / totalWeight);
      break;
    case 2:
      mean = totalWeight / acc;
      break;
    default:
      mean = Math.pow(acc / totalWeight, 1 / code.power);
  }
  return mean < 0 ? 0 : mean > 100 ? 100 : mean;
}
