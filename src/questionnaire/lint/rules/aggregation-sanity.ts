// Checks that every aggregation gives a finite mean: generalised-mean powers within the stated range, and weights whose sums stay finite.
import type { Aggregation } from '../../model.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import type { LintContext, LintRule } from '../lint-rule.js';
import { lintProblem } from '../lint-messages.js';

/** The powers a generalised mean may have: 0 (the geometric mean) or 0.01 <= |p| <= 10 (the schema bounds |p| <= 10). */
export const POWER_RANGE = { min: -10, max: 10, smallest: 0.01 } as const;

function checkAggregation(context: LintContext, aggregation: Aggregation | undefined, path: DataPath): Problem[] {
  const p = aggregation?.power;
  if (aggregation?.method !== 'generalised' || p === undefined || p === 0) return [];
  if (Math.abs(p) >= POWER_RANGE.smallest && p >= POWER_RANGE.min && p <= POWER_RANGE.max) return [];
  return [lintProblem(context.source, 'aggregation-sanity', 'power', [...path, 'power'], { power: p, ...POWER_RANGE })];
}

function sumIsFinite(
  context: LintContext,
  weights: readonly (number | undefined)[],
  path: DataPath,
  what: string,
): Problem[] {
  const sum = weights.reduce<number>((total, w) => total + (w ?? 1), 0);
  if (Number.isFinite(sum)) return [];
  return [lintProblem(context.source, 'aggregation-sanity', 'weights-overflow', path, { what })];
}

export const aggregationSanity: LintRule = {
  id: 'aggregation-sanity',
  description:
    'Every mean can be computed: generalised-mean powers are 0 or within 0.01..10 in size, and the weights of each level add up to a finite number.',
  check(context) {
    const q = context.questionnaire;
    const out = [
      ...checkAggregation(context, q.scoring?.aggregation, ['scoring', 'aggregation']),
      ...checkAggregation(context, q.scoring?.indicatorAggregation, ['scoring', 'indicatorAggregation']),
      ...sumIsFinite(
        context,
        q.domains.map((d) => d.weight),
        ['domains'],
        'the domains',
      ),
    ];
    q.domains.forEach((domain, i) => {
      out.push(...checkAggregation(context, domain.aggregation, ['domains', i, 'aggregation']));
      out.push(
        ...sumIsFinite(
          context,
          domain.indicators.map((ind) => ind.weight),
          ['domains', i, 'indicators'],
          `domain '${domain.id}'`,
        ),
      );
    });
    return out;
  },
};
