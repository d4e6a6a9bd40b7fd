// Checks that domain, indicator, level, option, stage and branch ids are each unique where they must be.
import type { WrittenIndicator } from '../../indicator-types/index.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import type { LintContext, LintRule } from '../lint-rule.js';
import { lintProblem } from '../lint-messages.js';

function duplicates(context: LintContext, what: string, items: { id: string | number; path: DataPath }[]): Problem[] {
  const first = new Map<string, DataPath>();
  const problems: Problem[] = [];
  for (const item of items) {
    const key = String(item.id);
    const earlier = first.get(key);
    if (earlier) {
      const firstLine = context.source.locate(earlier).line ?? '?';
      problems.push(lintProblem(context.source, 'unique-ids', 'twice', item.path, { what, id: key, firstLine }));
    } else first.set(key, item.path);
  }
  return problems;
}

export const uniqueIds: LintRule = {
  id: 'unique-ids',
  description:
    'Domain ids, indicator ids (across the questionnaire), level values, option values, stage ids and branch ids are unique.',
  check(context) {
    const q = context.questionnaire;
    const problems = [
      ...duplicates(
        context,
        'domain id',
        q.domains.map((d, i) => ({ id: d.id, path: ['domains', i, 'id'] })),
      ),
      ...duplicates(
        context,
        'indicator id',
        q.domains.flatMap((d, i) =>
          d.indicators.map((ind, j) => ({ id: ind.id, path: ['domains', i, 'indicators', j, 'id'] })),
        ),
      ),
      ...duplicates(
        context,
        'stage id',
        (q.stages?.stages ?? []).map((s, i) => ({ id: s.id, path: ['stages', 'stages', i, 'id'] })),
      ),
    ];
    q.domains.forEach((d, i) =>
      d.indicators.forEach((ind: WrittenIndicator, j) => {
        const base = ['domains', i, 'indicators', j];
        problems.push(
          ...duplicates(
            context,
            `level value of ${ind.id}`,
            (ind.levels ?? []).map((l, k) => ({ id: l.value, path: [...base, 'levels', k, 'value'] })),
          ),
        );
        problems.push(
          ...duplicates(
            context,
            `option value of ${ind.id}`,
            (ind.options ?? []).map((o, k) => ({ id: o.value, path: [...base, 'options', k, 'value'] })),
          ),
        );
      }),
    );
    q.stages?.stages.forEach((s, i) =>
      problems.push(
        ...duplicates(
          context,
          `branch id of stage ${s.id}`,
          (s.branches ?? []).map((b, k) => ({ id: b.id, path: ['stages', 'stages', i, 'branches', k, 'id'] })),
        ),
      ),
    );
    return problems;
  },
};
