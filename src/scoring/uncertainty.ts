import { weightedMean } from './aggregate.js';
import type { CompiledQuestionnaire } from './compile.js';
import { rawOverall } from './compute.js';
import type { ResolvedAnswer } from './resolve-answers.js';
import { round2 } from './round.js';

/** How the bounds are computed, recorded in the scorecard. */
export const UNCERTAINTY_METHOD = 'unanswered indicators scored at their lowest and at their best score';

/**
 * Bounds of the overall score had every indicator without an answer (unknown, missing, imputed
 * or excluded as expired) scored at its lowest and at its best score, all answers as given; they
 * always contain `score` (the overall score) when it is given.
 */
export function scoreBounds(
  compiled: CompiledQuestionnaire,
  answers: readonly ResolvedAnswer[],
  score: number | null = null,
): { low: number; high: number; method: string } {
  const low = answers.map((a, i) => (a.answered ? a.score : compiled.indicators[i]!.lowest));
  const high = answers.map((a, i) => (a.answered ? a.score : compiled.indicators[i]!.best));
  // With every indicator scored all domains count, while the score leaves out domains with
  // insufficient data: the bounds are widened to hold the score itself.
  const lo = Math.min(rawOverall(compiled, low) ?? 0, score ?? Infinity);
  const hi = Math.max(rawOverall(compiled, high) ?? 0, score ?? -Infinity);
  return { low: round2(Math.min(lo, hi)), high: round2(Math.max(lo, hi)), method: UNCERTAINTY_METHOD };
}

/** How the weight sensitivity is computed, recorded in the scorecard. */
export const SENSITIVITY_METHOD =
  'overall score with every indicator and domain weighed equally (same aggregation, answers as given)';

/**
 * Weight sensitivity: the overall score recomputed with equal weights for every indicator and
 * domain. Far from the overall score, it says the result leans on the weights chosen.
 */
export function equalWeightScore(
  compiled: CompiledQuestionnaire,
  answers: readonly ResolvedAnswer[],
): { equalWeights: number | null; method: string } {
  const domainScores: number[] = [];
  for (const domain of compiled.domains) {
    const values = domain.members.map((m) => answers[m]!.score).filter((s): s is number => s !== null);
    const mean = weightedMean(
      values,
      values.map(() => 1),
      domain.aggregation,
    );
    if (mean !== null) domainScores.push(mean);
  }
  const overall = weightedMean(
    domainScores,
    domainScores.map(() => 1),
    compiled.aggregation,
  );
  return { equalWeights: overall === null ? null : round2(overall), method: SENSITIVITY_METHOD };
}
