import { weightedMean } from './aggregate.js';
import type { CompiledQuestionnaire } from './compile.js';

/** Domain and overall scores from indicator scores: what every re-scoring (gains, bounds) recomputes. */
export interface Computed {
  domains: { raw: number | null; score: number | null; coverage: number }[];
  /** The overall score of the sufficiently covered domains, ignoring the overall minimum coverage. */
  raw: number | null;
  score: number | null;
  coverage: number;
}

/**
 * Aggregates indicator scores (null: not scored) into domain and overall scores.
 * Coverage is the share of weight *answered* (imputed scores count in the score, not in coverage).
 * A domain below its minimum coverage is "insufficient data" (score null) and left out of the overall;
 * the overall is null below the questionnaire's minimum coverage. With `countImputed` (policies
 * `lowest` and `impute-group`) imputed scores count towards those minimums, coverage still does not.
 */
export function computeScores(
  compiled: CompiledQuestionnaire,
  scores: readonly (number | null)[],
  answered: readonly boolean[],
  countImputed = false,
): Computed {
  const domainScores: number[] = [];
  const domainWeights: number[] = [];
  let coveredWeight = 0;
  let sufficientWeight = 0;
  let totalWeight = 0;
  const domains = compiled.domains.map((domain) => {
    const values: number[] = [];
    const weights: number[] = [];
    let answeredWeight = 0;
    let scoredWeight = 0;
    for (const m of domain.members) {
      const c = compiled.indicators[m]!;
      const s = scores[m];
      if (s !== null && s !== undefined) {
        values.push(s);
        weights.push(c.weight);
        scoredWeight += c.weight;
      }
      if (answered[m]) answeredWeight += c.weight;
    }
    const coverage = domain.totalWeight > 0 ? answeredWeight / domain.totalWeight : 0;
    const sufficiency = countImputed ? (domain.totalWeight > 0 ? scoredWeight / domain.totalWeight : 0) : coverage;
    const raw = weightedMean(values, weights, domain.aggregation);
    const score = raw !== null && sufficiency >= domain.minCoverage - 1e-12 ? raw : null;
    if (score !== null) {
      domainScores.push(score);
      domainWeights.push(domain.weight);
    }
    coveredWeight += coverage * domain.weight;
    sufficientWeight += sufficiency * domain.weight;
    totalWeight += domain.weight;
    return { raw, score, coverage };
  });
  const coverage = totalWeight > 0 ? coveredWeight / totalWeight : 0;
  const raw = weightedMean(domainScores, domainWeights, compiled.aggregation);
  const sufficient = totalWeight > 0 ? sufficientWeight / totalWeight : 0;
  const score = raw !== null && sufficient >= compiled.minCoverage - 1e-12 ? raw : null;
  return { domains, raw, score, coverage };
}

/** The raw score of one domain (every scored indicator, whatever the coverage), or null when none is scored. */
export function domainRaw(
  compiled: CompiledQuestionnaire,
  domainIndex: number,
  scores: readonly (number | null)[],
): number | null {
  const domain = compiled.domains[domainIndex]!;
  const values: number[] = [];
  const weights: number[] = [];
  for (const m of domain.members) {
    const s = scores[m];
    if (s !== null && s !== undefined) {
      values.push(s);
      weights.push(compiled.indicators[m]!.weight);
    }
  }
  return weightedMean(values, weights, domain.aggregation);
}

/** The overall score of raw domain scores (null ones left out). */
export function overallOfDomains(compiled: CompiledQuestionnaire, raws: readonly (number | null)[]): number | null {
  const values: number[] = [];
  const weights: number[] = [];
  raws.forEach((raw, d) => {
    if (raw === null) return;
    values.push(raw);
    weights.push(compiled.domains[d]!.weight);
  });
  return weightedMean(values, weights, compiled.aggregation);
}

/**
 * The overall score for re-scoring (potential gains, bounds): every domain with any score counts,
 * whatever its coverage, so that a change is visible even below the minimum coverage.
 */
export function rawOverall(compiled: CompiledQuestionnaire, scores: readonly (number | null)[]): number | null {
  return overallOfDomains(
    compiled,
    compiled.domains.map((_, d) => domainRaw(compiled, d, scores)),
  );
}
