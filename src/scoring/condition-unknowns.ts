import type { Condition } from '../questionnaire/model.js';
import { conditionTruth } from './condition.js';
import { answerKnown } from './resolve-answers.js';
import type { ConditionState } from './condition-state.js';

function unknownMembers(state: ConditionState, domainIndex: number | null, into: Set<string>): void {
  state.compiled.indicators.forEach((c, i) => {
    if ((domainIndex === null || c.domainIndex === domainIndex) && !answerKnown(state.answers[i]))
      into.add(c.indicator.id);
  });
}

/**
 * The indicators whose missing answers make a condition unknown: the indicator of an unknown
 * test; the unknown indicators of a domain (or of the whole questionnaire) whose score is n/a;
 * and, in `all`/`any`/`kOf`, those of the unknown parts only. Empty when the condition is decided.
 */
export function unknownIndicators(
  condition: Condition,
  state: ConditionState,
  into: Set<string> = new Set(),
): Set<string> {
  if (conditionTruth(condition, state) !== 'unknown') return into;
  if ('indicator' in condition) into.add(condition.indicator);
  else if ('domain' in condition)
    unknownMembers(
      state,
      state.compiled.domains.findIndex((d) => d.domain.id === condition.domain),
      into,
    );
  else if ('overall' in condition) unknownMembers(state, null, into);
  else
    for (const part of 'all' in condition
      ? condition.all
      : 'any' in condition
        ? condition.any
        : condition.kOf.conditions)
      unknownIndicators(part, state, into);
  return into;
}
