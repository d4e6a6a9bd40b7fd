// Checks that the maturity stages fit their model: bands ascend, gates have criteria, branch counts are reachable.
import type { WrittenStageModel } from '../../model.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import type { LintRule } from '../lint-rule.js';

export const stageOrder: LintRule = {
  id: 'stage-order',
  description:
    'Stages are listed lowest first and carry what their model needs: ascending band minimums with a basis, criteria for gates, reachable branch requirements.',
  check(context) {
    const model = context.questionnaire.stages;
    if (!model) return [];
    const problems: Problem[] = [];
    const add = (severity: Problem['severity'], path: DataPath, message: string, hint: string) =>
      problems.push({
        rule: 'lint.stage-order',
        severity,
        location: context.source.locate(['stages', ...path]),
        message,
        hint,
      });
    model.stages.forEach((stage, i) => {
      const at = ['stages', i];
      if (model.model === 'bands') {
        if (stage.min === undefined)
          add(
            'error',
            at,
            `stage '${stage.id}' has no 'min' (the bands model needs one per stage)`,
            'add min: the lowest basis value of this stage',
          );
        const prev = model.stages[i - 1];
        if (stage.min !== undefined && prev?.min !== undefined && stage.min <= prev.min)
          add(
            'error',
            [...at, 'min'],
            `stage '${stage.id}' starts at ${stage.min}, not above the stage before (${prev.min})`,
            'list stages lowest first with ascending min',
          );
        if (stage.criteria || stage.branches)
          add(
            'warning',
            at,
            `stage '${stage.id}': criteria and branches are ignored by the bands model`,
            'remove them, or use another model',
          );
      } else {
        if (stage.min !== undefined)
          add('warning', [...at, 'min'], `stage '${stage.id}': 'min' is only used by the bands model`, 'remove it');
        if (model.model === 'branches') {
          const n = stage.branches?.length ?? 0;
          if (stage.require !== undefined && stage.require > n)
            add(
              'error',
              [...at, 'require'],
              `stage '${stage.id}' requires ${stage.require} of ${n} branches`,
              'lower require or add branches',
            );
        } else if (stage.branches)
          add(
            'warning',
            [...at, 'branches'],
            `stage '${stage.id}': branches are only used by the branches model`,
            'remove them, or use the branches model',
          );
        if (i > 0 && !stage.criteria?.length && !stage.branches?.length)
          add(
            'error',
            at,
            `stage '${stage.id}' has no criteria: it would always be reached`,
            'add criteria (only the first stage may have none)',
          );
        if (stage.threshold !== undefined && model.model !== 'percentage')
          add(
            'warning',
            [...at, 'threshold'],
            `stage '${stage.id}': 'threshold' is only used by the percentage model`,
            'remove it',
          );
      }
    });
    if (model.model === 'bands' && model.basis === undefined)
      add('error', [], 'the bands model needs a basis (overall, a domain, or meanLevel)', 'add basis: overall');
    const written: WrittenStageModel = model;
    if (written.model !== 'bands' && (written.basis !== undefined || written.rounding !== undefined))
      add('warning', [], "'basis' and 'rounding' are only used by the bands model", 'remove them');
    return problems;
  },
};
