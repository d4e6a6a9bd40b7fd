// Checks that crosswalks map existing indicators onto a known target questionnaire's indicators.
import { didYouMean } from '../../closest.js';
import type { Problem } from '../../problem.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintRule } from '../lint-rule.js';

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
        problems.push({
          rule: 'lint.crosswalk-targets',
          severity: 'warning',
          location: context.source.locate([...base, 'target']),
          message: `crosswalk target ${crosswalk.target.id} ${crosswalk.target.version} is not a known questionnaire: it will not be scored`,
          hint: 'ship the target questionnaire in questionnaires/, or fix its id and version',
        });
      }
      const targetIds = target ? placedIndicators(target).map((p) => p.indicator.id) : [];
      crosswalk.mappings.forEach((m, i) => {
        if (!own.includes(m.from))
          problems.push({
            rule: 'lint.crosswalk-targets',
            severity: 'error',
            location: context.source.locate([...base, 'mappings', i, 'from']),
            message: `crosswalk maps from '${m.from}', which is not an indicator here${didYouMean(m.from, own)}`,
            hint: 'use an indicator id of this questionnaire',
          });
        if (target && !targetIds.includes(m.to))
          problems.push({
            rule: 'lint.crosswalk-targets',
            severity: 'error',
            location: context.source.locate([...base, 'mappings', i, 'to']),
            message: `crosswalk maps to '${m.to}', which is not an indicator of ${target.id}${didYouMean(m.to, targetIds)}`,
            hint: `use an indicator id of ${target.id}`,
          });
      });
    });
    return problems;
  },
};
