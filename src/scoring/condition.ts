import type { Condition, IndicatorCondition } from '../questionnaire/model.js';
import type { ConditionState } from './condition-state.js';

function indicatorHolds(c: IndicatorCondition, state: ConditionState): boolean {
  const index = state.compiled.byId.get(c.indicator);
  const answer = index === undefined ? undefined : state.answers[index];
  if (!answer) return false;
  if (c.scoreAtLeast !== undefined && !(answer.score !== null && answer.score >= c.scoreAtLeast)) return false;
  const valueTests = c.atLeast !== undefined || c.atMost !== undefined || c.equals !== undefined || c.includes !== undefined;
  if (!valueTests) return true;
  const value = answer.answered ? answer.value : null;
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
 * Whether a structured condition holds. An unknown or missing answer never satisfies a test on
 * its value, and a domain or overall score that is "insufficient data" never reaches a threshold.
 */
export function conditionHolds(condition: Condition, state: ConditionState): boolean {
  if ('indicator' in condition) return indicatorHolds(condition, state);
  if ('domain' in condition) {
    const index = state.compiled.domains.findIndex((d) => d.domain.id === condition.domain);
    const score = state.domainScores[index];
    return score !== null && score !== undefined && score >= condition.scoreAtLeast;
  }
  if ('overall' in condition) return state.overall !== null && state.overall >= condition.overall.scoreAtLeast;
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, state));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, state));
  return condition.kOf.conditions.filter((c) => conditionHolds(c, state)).length >= condition.kOf.k;
}
