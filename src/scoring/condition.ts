import type { Condition, IndicatorCondition } from '../questionnaire/model.js';
import type { ConditionState } from './condition-state.js';
import { answerKnown, type ResolvedAnswer } from './resolve-answers.js';
import { scoreIntervals } from './score-intervals.js';
import { allOf, anyOf, atLeastOf, type Truth } from './truth.js';

function indicatorTruth(c: IndicatorCondition, state: ConditionState): Truth {
  const index = state.compiled.byId.get(c.indicator);
  const answer = index === undefined ? undefined : state.answers[index];
  // Not in the questionnaire at all (lint reports it): nothing can ever make it hold.
  if (index === undefined) return 'false';
  if (!answerKnown(answer)) return 'unknown';
  return indicatorHolds(c, answer!) ? 'true' : 'false';
}

/** Whether a known answer passes every test of an indicator condition. */
export function indicatorHolds(c: IndicatorCondition, answer: Pick<ResolvedAnswer, 'value' | 'score'>): boolean {
  if (c.scoreAtLeast !== undefined && !(answer.score !== null && answer.score >= c.scoreAtLeast)) return false;
  const value = answer.value;
  const valueTests =
    c.atLeast !== undefined || c.atMost !== undefined || c.equals !== undefined || c.includes !== undefined;
  if (!valueTests) return true;
  if (value === null) return false;
  if (c.atLeast !== undefined && !(typeof value === 'number' && value >= c.atLeast)) return false;
  if (c.atMost !== undefined && !(typeof value === 'number' && value <= c.atMost)) return false;
  if (c.equals !== undefined && value !== c.equals) return false;
  if (c.includes !== undefined) {
    const wanted = Array.isArray(c.includes) ? c.includes : [c.includes];
    if (!Array.isArray(value) || !wanted.every((w) => value.includes(w))) return false;
  }
  return true;
}

/**
 * A score threshold judged over what the unknown answers could make of the score: true when the
 * score is there and reaches it even with every unknown answer at its lowest; false when it
 * could not reach it even with every unknown answer at its best; else unknown (so a score that is
 * "insufficient data" decides nothing it could still reach).
 */
function thresholdTruth(
  score: number | null | undefined,
  interval: { low: number | null; high: number | null },
  threshold: number,
): Truth {
  if (interval.high !== null && interval.high < threshold) return 'false';
  if (score === null || score === undefined) return 'unknown';
  return (interval.low ?? score) >= threshold ? 'true' : 'unknown';
}

/**
 * The truth of a structured condition, three-valued: a test on an answer that is not known
 * (unanswered, unknown, imputed, expired) is unknown, never false; a domain or overall threshold
 * is true only when no way of giving the unknown answers could break it, false only when none
 * could meet it (see {@link thresholdTruth}); `all`, `any` and `kOf` combine by Kleene's rules.
 */
export function conditionTruth(condition: Condition, state: ConditionState): Truth {
  if ('indicator' in condition) return indicatorTruth(condition, state);
  if ('domain' in condition) {
    const index = state.compiled.domains.findIndex((d) => d.domain.id === condition.domain);
    if (index < 0) return 'false';
    return thresholdTruth(state.domainScores[index], scoreIntervals(state).domains[index]!, condition.scoreAtLeast);
  }
  if ('overall' in condition)
    return thresholdTruth(state.overall, scoreIntervals(state).overall, condition.overall.scoreAtLeast);
  if ('all' in condition) return allOf(condition.all.map((c) => conditionTruth(c, state)));
  if ('any' in condition) return anyOf(condition.any.map((c) => conditionTruth(c, state)));
  return atLeastOf(
    condition.kOf.k,
    condition.kOf.conditions.map((c) => conditionTruth(c, state)),
  );
}

/** Whether a structured condition is proven to hold (its truth is true). */
export function conditionHolds(condition: Condition, state: ConditionState): boolean {
  return conditionTruth(condition, state) === 'true';
}
