// Checks that the maturity stages fit their model: bands ascend, gates have criteria, branch counts are reachable.
import type { WrittenStageModel } from '../../model.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import type { LintRule } from '../lint-rule.js';
import { lintProblem, type LINT_MESSAGES } from '../lint-messages.js';
import type { DiagnosticParams } from '../../../diagnostics/diagnostic.js';

export const stageOrder: LintRule = {
  id: 'stage-order',
  description:
    'Stages are listed lowest first and carry what their model needs: ascending band minimums with a basis, criteria for gates, reachable branch requirements.',
  check(context) {
    const model = context.questionnaire.stages;
    if (!model) return [];
    const problems: Problem[] = [];
    const add = (check: keyof (typeof LINT_MESSAGES)['stage-order'], path: DataPath, params: DiagnosticParams = {}) =>
      problems.push(lintProblem(context.source, 'stage-order', check, ['stages', ...path], params));
    model.stages.forEach((stage, i) => {
      const at = ['stages', i];
      if (model.model === 'bands') {
        if (stage.min === undefined) add('no-min', at, { stage: stage.id });
        const prev = model.stages[i - 1];
        if (stage.min !== undefined && prev?.min !== undefined && stage.min <= prev.min)
          add('min-ascend', [...at, 'min'], { stage: stage.id, min: stage.min, previous: prev.min });
        if (stage.criteria || stage.branches) add('bands-ignore', at, { stage: stage.id });
      } else {
        if (stage.min !== undefined) add('min-unused', [...at, 'min'], { stage: stage.id });
        if (model.model === 'branches') {
          const n = stage.branches?.length ?? 0;
          if (stage.require !== undefined && stage.require > n)
            add('require-unreachable', [...at, 'require'], { stage: stage.id, require: stage.require, branches: n });
        } else if (stage.branches) add('branches-unused', [...at, 'branches'], { stage: stage.id });
        if (i > 0 && !stage.criteria?.length && !stage.branches?.length) add('no-criteria', at, { stage: stage.id });
        if (stage.threshold !== undefined && model.model !== 'percentage')
          add('threshold-unused', [...at, 'threshold'], { stage: stage.id });
      }
    });
    if (model.model === 'bands' && model.basis === undefined) add('no-basis', []);
    const written: WrittenStageModel = model;
    if (written.model !== 'bands' && (written.basis !== undefined || written.rounding !== undefined))
      add('basis-unused', []);
    return problems;
  },
};
