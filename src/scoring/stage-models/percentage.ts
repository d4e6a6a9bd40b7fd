// percentage gates: a stage counts when at least `threshold` (default 0.7) of its criteria hold, and every lower stage does.
import type { Stage, StageModel } from '../../questionnaire/model.js';
import { conditionHolds } from '../condition.js';
import type { StageEvaluator } from './stage-evaluator.js';

/** The default share of a stage's criteria that must hold in the percentage model. */
export const DEFAULT_STAGE_THRESHOLD = 0.7;

/** How many of a stage's criteria must hold (the share rounded up). */
export function criteriaNeeded(stage: Stage, model: StageModel): number {
  const n = stage.criteria?.length ?? 0;
  return Math.ceil((stage.threshold ?? model.threshold ?? DEFAULT_STAGE_THRESHOLD) * n - 1e-9);
}

export const percentageStages: StageEvaluator = {
  model: 'percentage',
  evaluate(model, state) {
    const holding = (stage: Stage) => (stage.criteria ?? []).filter((c) => conditionHolds(c, state)).length;
    let reached = -1;
    for (const stage of model.stages) {
      if (holding(stage) < criteriaNeeded(stage, model)) break;
      reached++;
    }
    const next = model.stages[reached + 1];
    if (!next) return { reached, blockers: [] };
    const suffix = `(stage needs ${criteriaNeeded(next, model)} of ${next.criteria?.length ?? 0} criteria; ${holding(next)} hold)`;
    return { reached, blockers: (next.criteria ?? []).filter((c) => !conditionHolds(c, state)).map((condition) => ({ condition, suffix })) };
  },
};
