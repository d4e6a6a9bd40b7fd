import { indicatorType } from '../questionnaire/indicator-types/index.js';
import type { IndicatorCondition } from '../questionnaire/model.js';
import type { CompiledIndicator } from './compile.js';
import { indicatorHolds } from './condition.js';
import type { AnswerValue } from './scorecard.js';

/** The answers worth trying for an indicator, from its lowest towards its best. */
function trialValues(c: CompiledIndicator): AnswerValue[] {
  return indicatorType(c.indicator).trialValues(c.indicator);
}

// Module cache: a memo on a compiled indicator (WeakMap: it dies with the compiled questionnaire).
const bestCache = new WeakMap<CompiledIndicator, { value: AnswerValue | undefined }>();

/** The answer with the indicator's best score (the first such, so the least change); cached per compiled indicator. */
export function bestValue(c: CompiledIndicator): AnswerValue | undefined {
  const known = bestCache.get(c);
  if (known) return known.value;
  let best: AnswerValue | undefined;
  let top = -Infinity;
  for (const v of trialValues(c)) {
    const s = c.score(v);
    if (s > top + 1e-9) [best, top] = [v, s];
  }
  bestCache.set(c, { value: best });
  return best;
}

/**
 * The least answer that makes an indicator condition hold, given the current answer (for a
 * `includes` test the options asked are added to those given): the tested value itself where the
 * condition names one, else the first trial value from the lowest up that passes; undefined when
 * no answer can.
 */
export function requiredValue(
  condition: IndicatorCondition,
  c: CompiledIndicator,
  current: AnswerValue | null,
): AnswerValue | undefined {
  const passes = (v: AnswerValue) =>
    c.check(v) === undefined && indicatorHolds(condition, { value: v, score: c.score(v) });
  const named: AnswerValue[] = [];
  if (condition.equals !== undefined) named.push(condition.equals);
  if (condition.includes !== undefined) {
    const wanted = Array.isArray(condition.includes) ? condition.includes : [condition.includes];
    named.push([...new Set([...(Array.isArray(current) ? current : []), ...wanted])]);
  }
  if (c.indicator.type === 'level') {
    // the least level at or above what is asked
    const levels = (c.indicator.levels ?? []).map((l) => l.value);
    named.push(...levels.filter((v) => condition.atLeast === undefined || v >= condition.atLeast));
  } else {
    if (condition.atLeast !== undefined) named.push(condition.atLeast);
    if (condition.atMost !== undefined) named.push(condition.atMost);
  }
  return [...named, ...trialValues(c)].find(passes);
}
