// Checks that the levels of a level indicator are listed lowest first and that their scores do not fall.
import type { Problem } from '../../problem.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintRule } from '../lint-rule.js';

export const levelOrder: LintRule = {
  id: 'level-order',
  description: 'Level values ascend (lowest first) and level scores never fall as the level rises.',
  check(context) {
    const problems: Problem[] = [];
    for (const { indicator, path } of placedIndicators(context.questionnaire)) {
      const levels = indicator.levels ?? [];
      for (let k = 1; k < levels.length; k++) {
        const prev = levels[k - 1];
        const cur = levels[k];
        if (!prev || !cur) continue;
        if (cur.value <= prev.value) {
          problems.push({
            rule: 'lint.level-order',
            severity: 'error',
            location: context.source.locate([...path, 'levels', k, 'value']),
            message: `levels of '${indicator.id}' must ascend: ${cur.value} follows ${prev.value}`,
            hint: 'list the levels lowest first with increasing values',
          });
        }
        if (cur.score !== undefined && prev.score !== undefined && cur.score < prev.score) {
          problems.push({
            rule: 'lint.level-order',
            severity: 'error',
            location: context.source.locate([...path, 'levels', k, 'score']),
            message: `level ${cur.value} of '${indicator.id}' scores ${cur.score}, less than level ${prev.value} (${prev.score})`,
            hint: 'a higher level must not score less',
          });
        }
      }
      if (
        indicator.type === 'level' &&
        levels.some((l) => l.score !== undefined) &&
        levels.some((l) => l.score === undefined)
      ) {
        problems.push({
          rule: 'lint.level-order',
          severity: 'error',
          location: context.source.locate([...path, 'levels']),
          message: `some levels of '${indicator.id}' have a score and some do not`,
          hint: 'give every level a score, or none (then they are evenly spaced 0..100)',
        });
      }
    }
    return problems;
  },
};
