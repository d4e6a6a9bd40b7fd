// Checks that crosswalks map existing indicators onto a known target questionnaire's indicators.
import { didYouMean } from '../../closest.js';
import type { Problem } from '../../problem.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintRule } from '../lint-rule.js';
import { lintProblem } from '../lint-messages.js';

export const crosswalkTargets: LintRule = {
  id: 'crosswalk-targets',
  description:
    "Crosswalk mappings name this questionnaire's indicators and, when the target questionnaire is known, its indicators.",
  check(context) {
    const own = placedIndicators(context.questionnaire).map((p) => p.indicator.id);
    const problems: Problem[] = [];
    context.questionnaire.crosswalks?.forEach((crosswalk, c) => {
      const base = ['crosswalks', c];
      const target = context.resolve?.(crosswalk.target.id, crosswalk.target.version);
      if (!target) {
        problems.push(
          lintProblem(context.source, 'crosswalk-targets', 'unknown-target', [...base, 'target'], {
            target: crosswalk.target.id,
            version: crosswalk.target.version,
          }),
        );
      }
      const targetIds = target ? placedIndicators(target).map((p) => p.indicator.id) : [];
      crosswalk.mappings.forEach((m, i) => {
        if (!own.includes(m.from))
          problems.push(
            lintProblem(context.source, 'crosswalk-targets', 'from', [...base, 'mappings', i, 'from'], {
              from: m.from,
              suggestion: didYouMean(m.from, own),
            }),
          );
        if (target && !targetIds.includes(m.to))
          problems.push(
            lintProblem(context.source, 'crosswalk-targets', 'to', [...base, 'mappings', i, 'to'], {
              to: m.to,
              target: target.id,
              suggestion: didYouMean(m.to, targetIds),
            }),
          );
      });
    });
    return problems;
  },
};
