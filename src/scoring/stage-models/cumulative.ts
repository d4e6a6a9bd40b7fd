// cumulative gates: a stage counts when all its criteria and every lower stage's hold (as in staged EMR adoption models).
import { conditionHolds } from '../condition.js';
import { unmet, type StageEvaluator } from './stage-evaluator.js';

export const cumulativeStages: StageEvaluator = {
  model: 'cumulative',
  evaluate(model, state) {
    const holds = (c: Parameters<typeof conditionHolds>[0]) => conditionHolds(c, state);
    let reached = -1;
    for (const stage of model.stages) {
      if (!(stage.criteria ?? []).every(holds)) break;
      reached++;
    }
    const next = model.stages[reached + 1];
    return { reached, blockers: next ? unmet(next.criteria ?? [], holds).map((condition) => ({ condition })) : [] };
  },
};
