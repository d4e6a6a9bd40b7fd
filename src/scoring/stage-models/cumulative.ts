// cumulative gates: a stage counts when all its criteria and every lower stage's hold (as in staged EMR adoption models).
import { conditionTruth } from '../condition.js';
import type { CumulativeModel, Stage } from '../../questionnaire/model.js';
import type { ConditionState } from '../condition-state.js';
import { allOf, type Truth } from '../truth.js';
import { gatedRange, provenOf, rangeUnknowns, unmet, type StageEvaluator } from './stage-evaluator.js';

const gate = (stage: Stage, state: ConditionState): Truth =>
  allOf((stage.criteria ?? []).map((c) => conditionTruth(c, state)));

export const cumulativeStages: StageEvaluator<CumulativeModel> = {
  model: 'cumulative',
  evaluate(model, state) {
    const { proven, possible } = gatedRange(model.stages, (stage) => gate(stage, state));
    const next = model.stages[proven + 1];
    return {
      proven,
      possible,
      blockers: next ? unmet(next.criteria ?? [], state) : [],
      unknowns: rangeUnknowns(model.stages, proven, possible, state),
    };
  },
  proven: (model, state) => provenOf(model.stages, (stage) => gate(stage, state)),
};
