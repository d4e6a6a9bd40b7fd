import type { Condition, StageModel } from '../../questionnaire/model.js';
import type { ConditionState } from '../condition-state.js';

/** An unmet condition of the next stage, or a plain statement of what is missing (bands). */
export interface Blocker {
  condition?: Condition;
  /** Words put before the condition (e.g. the branch it belongs to). */
  prefix?: string;
  /** Words after it (e.g. how many criteria the stage needs). */
  suffix?: string;
  /** A gap that is not a condition (the band basis). */
  text?: string;
  current?: number | null;
  required?: number;
}

/** The result of one stage model: the highest stage reached (-1 for none) and what blocks the next. */
export interface StageResult {
  reached: number;
  blockers: Blocker[];
}

/** How one stage model decides the stage reached and the gaps to the next. */
export interface StageEvaluator {
  model: StageModel['model'];
  evaluate(model: StageModel, state: ConditionState): StageResult;
}

/** The unmet conditions among `criteria`, with an unmet `all` opened into its unmet parts. */
export function unmet(criteria: readonly Condition[], holds: (c: Condition) => boolean): Condition[] {
  return criteria.flatMap((c) => {
    if (holds(c)) return [];
    if ('all' in c && !c.label) return unmet(c.all, holds);
    return [c];
  });
}
