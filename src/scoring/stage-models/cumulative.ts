// cumulative gates: a stage counts when all its criteria and every lower stage's hold (as in staged EMR adoption models).
import { conditionTruth } from '../condition.js';
import { allOf } from '../truth.js';
import { gatedRange, rangeUnknowns, unmet, type StageEvaluator } from './stage-evaluator.js';

export const cumulativeStages: StageEvaluator = {
  model: 'cumulative',
  evaluate(model, state) {
    const { proven, possible } = gatedRange(model.stages, (stage) => allOf((stage.criteria ?? []).map((c) => conditionTruth(c, state))));
    const next = model.stages[proven + 1];
    return {
      proven,
      possible,
      blockers: next ? unmet(next.criteria ?? [], state) : [],
      unknowns: rangeUnknowns(model.stages, proven, possible, state),
    };
  },
};
