// percentage gates: a stage counts when at least `threshold` (default 0.7) of its criteria hold, and every lower stage does.
import type { PercentageModel, Stage } from '../../questionnaire/model.js';
import { conditionTruth } from '../condition.js';
import { atLeastOf } from '../truth.js';
import type { ConditionState } from '../condition-state.js';
import { gatedRange, provenOf, rangeUnknowns, type StageEvaluator } from './stage-evaluator.js';

/** The default share of a stage's criteria that must hold in the percentage model. */
export const DEFAULT_STAGE_THRESHOLD = 0.7;

/** How many of a stage's criteria must hold (the share rounded up). */
export function criteriaNeeded(stage: Stage, model: PercentageModel): number {
  const n = stage.criteria?.length ?? 0;
  return Math.ceil((stage.threshold ?? model.threshold ?? DEFAULT_STAGE_THRESHOLD) * n - 1e-9);
}

const gate = (stage: Stage, model: PercentageModel, state: ConditionState) =>
  atLeastOf(
    criteriaNeeded(stage, model),
    (stage.criteria ?? []).map((c) => conditionTruth(c, state)),
  );

export const percentageStages: StageEvaluator<PercentageModel> = {
  model: 'percentage',
  evaluate(model, state) {
    const truths = (stage: Stage) => (stage.criteria ?? []).map((c) => conditionTruth(c, state));
    const { proven, possible } = gatedRange(model.stages, (stage) => gate(stage, model, state));
    const unknowns = rangeUnknowns(model.stages, proven, possible, state);
    const next = model.stages[proven + 1];
    if (!next) return { proven, possible, blockers: [], unknowns };
    const t = truths(next);
    const open = t.filter((x) => x === 'unknown').length;
    const suffix = `(stage needs ${criteriaNeeded(next, model)} of ${next.criteria?.length ?? 0} criteria; ${t.filter((x) => x === 'true').length} hold${open ? `, ${open} unknown` : ''})`;
    const blockers = (next.criteria ?? []).flatMap((condition, i) => {
      const truth = t[i]!;
      return truth === 'true' ? [] : [{ condition, truth, suffix }];
    });
    return { proven, possible, blockers, unknowns };
  },
  proven: (model, state) => provenOf(model.stages, (stage) => gate(stage, model, state)),
};
