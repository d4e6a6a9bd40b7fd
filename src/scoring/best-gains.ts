import { finishMean, meanTerm } from './aggregate.js';
import type { CompiledQuestionnaire } from './compile.js';

/**
 * For every indicator, how many points the overall score gains with it at its best score (all else
 * equal; 0 when it is there already), from `base`, the overall score of every domain with a score
 * (the minimum-coverage rule left aside, so gains exist even when the overall is "insufficient data").
 */
export function gainsToBest(
  compiled: CompiledQuestionnaire,
  scores: readonly (number | null)[],
): { base: number; gains: number[] } {
  // Weighted sums of mean terms, per domain and overall: raising one indicator changes one term of
  // its domain and then one term of the overall, so each re-scoring costs O(1), not a full pass.
  const dAcc = compiled.domains.map(() => 0);
  const dWeight = compiled.domains.map(() => 0);
  compiled.indicators.forEach((c, i) => {
    const s = scores[i];
    if (s === null || s === undefined) return;
    dAcc[c.domainIndex]! += c.weight * meanTerm(s, compiled.domains[c.domainIndex]!.aggregation);
    dWeight[c.domainIndex]! += c.weight;
  });
  const raws = compiled.domains.map((d, k) => finishMean(dAcc[k]!, dWeight[k]!, d.aggregation));
  let oAcc = 0;
  let oWeight = 0;
  raws.forEach((raw, k) => {
    if (raw === null) return;
    oAcc += compiled.domains[k]!.weight * meanTerm(raw, compiled.aggregation);
    oWeight += compiled.domains[k]!.weight;
  });
  const base = finishMean(oAcc, oWeight, compiled.aggregation) ?? 0;
  const gains = compiled.indicators.map((c, i) => {
    const current = scores[i] ?? null;
    if (current !== null && current >= c.best) return 0;
    const d = compiled.domains[c.domainIndex]!;
    const acc =
      dAcc[c.domainIndex]! -
      (current === null ? 0 : c.weight * meanTerm(current, d.aggregation)) +
      c.weight * meanTerm(c.best, d.aggregation);
    const weight = dWeight[c.domainIndex]! + (current === null ? c.weight : 0);
    const raw = finishMean(acc, weight, d.aggregation) ?? 0;
    const old = raws[c.domainIndex] ?? null;
    const trialAcc =
      oAcc -
      (old === null ? 0 : d.weight * meanTerm(old, compiled.aggregation)) +
      d.weight * meanTerm(raw, compiled.aggregation);
    const trialWeight = oWeight + (old === null ? d.weight : 0);
    return Math.max(0, (finishMean(trialAcc, trialWeight, compiled.aggregation) ?? 0) - base);
  });
  return { base, gains };
}
