// k-of-n branches: a stage counts when its criteria hold and at least `require` of its branches hold (default all), and every lower stage does (as in the imaging adoption model).
import type { Stage } from '../../questionnaire/model.js';
import { pickText } from '../../questionnaire/text.js';
import { conditionHolds } from '../condition.js';
import type { ConditionState } from '../condition-state.js';
import { unmet, type Blocker, type StageEvaluator } from './stage-evaluator.js';

function branchesHolding(stage: Stage, state: ConditionState): number {
  return (stage.branches ?? []).filter((b) => b.criteria.every((c) => conditionHolds(c, state))).length;
}

function required(stage: Stage): number {
  return stage.require ?? stage.branches?.length ?? 0;
}

export const branchStages: StageEvaluator = {
  model: 'branches',
  evaluate(model, state) {
    const holds = (c: Parameters<typeof conditionHolds>[0]) => conditionHolds(c, state);
    let reached = -1;
    for (const stage of model.stages) {
      if (!(stage.criteria ?? []).every(holds) || branchesHolding(stage, state) < required(stage)) break;
      reached++;
    }
    const next = model.stages[reached + 1];
    if (!next) return { reached, blockers: [] };
    const blockers: Blocker[] = unmet(next.criteria ?? [], holds).map((condition) => ({ condition }));
    const have = branchesHolding(next, state);
    if (have < required(next)) {
      const suffix = `(stage needs ${required(next)} of ${next.branches?.length ?? 0} branches; ${have} hold)`;
      for (const branch of next.branches ?? []) {
        const prefix = `branch ${branch.label ? pickText(branch.label, state.lang) : branch.id}:`;
        for (const condition of unmet(branch.criteria, holds)) blockers.push({ condition, prefix, suffix });
      }
    }
    return { reached, blockers };
  },
};
