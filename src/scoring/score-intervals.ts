import { answerKnown } from './resolve-answers.js';
import type { ConditionState } from './condition-state.js';
import { domainRaw, rawOverall } from './compute.js';

/** Where each domain score and the overall score would lie once every unknown answer is given: every answer lowest, every answer best. */
export interface ScoreIntervals {
  domains: { low: number | null; high: number | null }[];
  overall: { low: number | null; high: number | null };
}

// Module cache: a memo on a condition state (WeakMap: it dies with the compiled questionnaire).
const cache = new WeakMap<ConditionState, ScoreIntervals>();

/**
 * The interval of each domain score and of the overall score over every way the unknown answers
 * (unanswered, unknown, imputed, expired) could be given: all at their lowest score, all at their
 * best. Every indicator is then scored, so no domain is left out for coverage; weighted means are
 * monotone, so any answers lie in between. Cached per state.
 */
export function scoreIntervals(state: ConditionState): ScoreIntervals {
  const known = cache.get(state);
  if (known) return known;
  const { compiled, answers } = state;
  const low = answers.map((a, i) => (answerKnown(a) ? a.score : compiled.indicators[i]!.lowest));
  const high = answers.map((a, i) => (answerKnown(a) ? a.score : compiled.indicators[i]!.best));
  const intervals: ScoreIntervals = {
    domains: compiled.domains.map((_, d) => ({ low: domainRaw(compiled, d, low), high: domainRaw(compiled, d, high) })),
    overall: { low: rawOverall(compiled, low), high: rawOverall(compiled, high) },
  };
  cache.set(state, intervals);
  return intervals;
}
