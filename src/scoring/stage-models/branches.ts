// k-of-n branches: a stage counts when its criteria hold and at least `require` of its branches hold (default all), and every lower stage does (as in the imaging adoption model).
import type { BranchesModel, Stage } from '../../questionnaire/model.js';
import { pickText } from '../../questionnaire/text.js';
import { conditionTruth } from '../condition.js';
import type { ConditionState } from '../condition-state.js';
import { allOf, atLeastOf, type Truth } from '../truth.js';
import { gatedRange, provenOf, rangeUnknowns, unmet, type Blocker, type StageEvaluator } from './stage-evaluator.js';

function branchTruths(stage: Stage, state: ConditionState): Truth[] {
  return (stage.branches ?? []).map((b) => allOf(b.criteria.map((c) => conditionTruth(c, state))));
}

function required(stage: Stage): number {
  return stage.require ?? stage.branches?.length ?? 0;
}

function gate(stage: Stage, state: ConditionState): Truth {
  return allOf([
    ...(stage.criteria ?? []).map((c) => conditionTruth(c, state)),
    atLeastOf(required(stage), branchTruths(stage, state)),
  ]);
}

export const branchStages: StageEvaluator<BranchesModel> = {
  model: 'branches',
  evaluate(model, state) {
    const { proven, possible } = gatedRange(model.stages, (stage) => gate(stage, state));
    const unknowns = rangeUnknowns(model.stages, proven, possible, state);
    const next = model.stages[proven + 1];
    if (!next) return { proven, possible, blockers: [], unknowns };
    const blockers: Blocker[] = unmet(next.criteria ?? [], state);
    const truths = branchTruths(next, state);
    const have = truths.filter((t) => t === 'true').length;
    if (have < required(next)) {
      const open = truths.filter((t) => t === 'unknown').length;
      const suffix = `(stage needs ${required(next)} of ${next.branches?.length ?? 0} branches; ${have} hold${open ? `, ${open} unknown` : ''})`;
      for (const branch of next.branches ?? []) {
        const prefix = `branch ${branch.label ? pickText(branch.label, state.lang) : branch.id}:`;
        for (const u of unmet(branch.criteria, state)) blockers.push({ ...u, prefix, suffix });
      }
    }
    return { proven, possible, blockers, unknowns };
  },
  proven: (model, state) => provenOf(model.stages, (stage) => gate(stage, state)),
};
