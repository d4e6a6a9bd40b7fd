// Checks that the levels of a level indicator are listed lowest first and that their scores do not fall.
import type { Problem } from '../../problem.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintRule } from '../lint-rule.js';
import { lintProblem } from '../lint-messages.js';

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
          problems.push(
            lintProblem(context.source, 'level-order', 'ascend', [...path, 'levels', k, 'value'], {
              indicator: indicator.id,
              value: cur.value,
              previous: prev.value,
            }),
          );
        }
        if (cur.score !== undefined && prev.score !== undefined && cur.score < prev.score) {
          problems.push(
            lintProblem(context.source, 'level-order', 'score-falls', [...path, 'levels', k, 'score'], {
              indicator: indicator.id,
              value: cur.value,
              score: cur.score,
              previous: prev.value,
              previousScore: prev.score,
            }),
          );
        }
      }
      if (
        indicator.type === 'level' &&
        levels.some((l) => l.score !== undefined) &&
        levels.some((l) => l.score === undefined)
      ) {
        problems.push(
          lintProblem(context.source, 'level-order', 'some-scored', [...path, 'levels'], { indicator: indicator.id }),
        );
      }
    }
    return problems;
  },
};
