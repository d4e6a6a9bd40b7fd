import type { CompiledQuestionnaire } from './compile.js';
import { rawOverall } from './compute.js';
import type { ResolvedAnswer } from './resolve-answers.js';
import { round2 } from './round.js';

/** How the bounds are computed, recorded in the scorecard. */
export const UNCERTAINTY_METHOD = 'unanswered indicators scored at their lowest and at their best score';

/**
 * Bounds of the overall score had every indicator without an answer (unknown, missing, imputed
 * or excluded as expired) scored at its lowest and at its best score, all answers as given.
 */
export function scoreBounds(compiled: CompiledQuestionnaire, answers: readonly ResolvedAnswer[]): { low: number; high: number; method: string } {
  const low = answers.map((a, i) => (a.answered ? a.score : compiled.indicators[i]!.lowest));
  const high = answers.map((a, i) => (a.answered ? a.score : compiled.indicators[i]!.best));
  const lo = rawOverall(compiled, low) ?? 0;
  const hi = rawOverall(compiled, high) ?? 0;
  return { low: round2(Math.min(lo, hi)), high: round2(Math.max(lo, hi)), method: UNCERTAINTY_METHOD };
}
