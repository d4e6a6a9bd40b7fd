// Checks that stage conditions name existing indicators and domains, with tests that fit the indicator's type.
import { didYouMean } from '../../closest.js';
import type { WrittenIndicator } from '../../indicator-types/index.js';
import type { IndicatorCondition, WrittenStageModel } from '../../model.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import { placedConditions } from '../condition-paths.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintContext, LintRule } from '../lint-rule.js';

const TESTS = ['atLeast', 'atMost', 'equals', 'includes', 'scoreAtLeast'] as const;

function problem(context: LintContext, path: DataPath, message: string, hint: string): Problem {
  return { rule: 'lint.condition-refs', severity: 'error', location: context.source.locate(path), message, hint };
}

function checkIndicatorTest(
  context: LintContext,
  c: IndicatorCondition,
  ind: WrittenIndicator,
  path: DataPath,
): Problem[] {
  const out: Problem[] = [];
  const tests = TESTS.filter((t) => c[t] !== undefined);
  if (tests.length === 0)
    out.push(problem(context, path, `the condition on '${c.indicator}' has no test`, `add one of ${TESTS.join(', ')}`));
  const ordered = ind.type === 'level' || ind.type === 'percentage' || ind.type === 'number';
  if ((c.atLeast !== undefined || c.atMost !== undefined) && !ordered) {
    out.push(
      problem(
        context,
        [...path, c.atLeast !== undefined ? 'atLeast' : 'atMost'],
        `atLeast/atMost does not apply to '${c.indicator}', a ${ind.type} indicator`,
        ind.type === 'multi' ? 'use includes' : 'use equals (or scoreAtLeast)',
      ),
    );
  }
  if (c.includes !== undefined && ind.type !== 'multi')
    out.push(
      problem(
        context,
        [...path, 'includes'],
        `includes applies to multi indicators; '${c.indicator}' is ${ind.type}`,
        'use equals or atLeast',
      ),
    );
  const optionValues = (ind.options ?? []).map((o) => o.value);
  const named = c.includes === undefined ? [] : Array.isArray(c.includes) ? c.includes : [c.includes];
  if (ind.type === 'choice' && c.equals !== undefined) named.push(String(c.equals));
  for (const value of named) {
    if (ind.options && !optionValues.includes(value))
      out.push(
        problem(
          context,
          path,
          `'${value}' is not an option of '${c.indicator}'${didYouMean(value, optionValues)}`,
          `options: ${optionValues.join(', ')}`,
        ),
      );
  }
  if (ind.type === 'level' && ind.levels) {
    const values = ind.levels.map((l) => l.value);
    for (const t of ['atLeast', 'atMost', 'equals'] as const) {
      const v = c[t];
      if (typeof v === 'number' && !values.includes(v))
        out.push(
          problem(context, [...path, t], `${v} is not a level of '${c.indicator}'`, `levels: ${values.join(', ')}`),
        );
    }
  }
  if (ind.type === 'boolean' && c.equals !== undefined && typeof c.equals !== 'boolean')
    out.push(
      problem(
        context,
        [...path, 'equals'],
        `'${c.indicator}' is yes/no: equals must be true or false`,
        'write equals: true',
      ),
    );
  return out;
}

export const conditionRefs: LintRule = {
  id: 'condition-refs',
  description:
    'Stage conditions and band bases name indicators and domains that exist, with tests that fit the indicator type and values that exist.',
  check(context) {
    const q = context.questionnaire;
    const indicators = new Map(placedIndicators(q).map((p) => [p.indicator.id, p.indicator]));
    const domains = q.domains.map((d) => d.id);
    const problems: Problem[] = [];
    for (const { condition, path } of placedConditions(q)) {
      if ('indicator' in condition) {
        const ind = indicators.get(condition.indicator);
        if (!ind)
          problems.push(
            problem(
              context,
              [...path, 'indicator'],
              `condition names indicator '${condition.indicator}', which does not exist${didYouMean(condition.indicator, indicators.keys())}`,
              'use the id of an indicator of this questionnaire',
            ),
          );
        else problems.push(...checkIndicatorTest(context, condition, ind, path));
      } else if ('domain' in condition) {
        if (!domains.includes(condition.domain))
          problems.push(
            problem(
              context,
              [...path, 'domain'],
              `condition names domain '${condition.domain}', which does not exist${didYouMean(condition.domain, domains)}`,
              `domains: ${domains.join(', ')}`,
            ),
          );
      } else if ('kOf' in condition && condition.kOf.k > condition.kOf.conditions.length) {
        problems.push(
          problem(
            context,
            [...path, 'kOf', 'k'],
            `kOf asks for ${condition.kOf.k} of only ${condition.kOf.conditions.length} conditions`,
            'lower k or add conditions',
          ),
        );
      }
    }
    const stages: WrittenStageModel | undefined = q.stages;
    const basis = stages?.basis;
    if (basis && typeof basis === 'object') {
      if ('domain' in basis && !domains.includes(basis.domain))
        problems.push(
          problem(
            context,
            ['stages', 'basis', 'domain'],
            `band basis names domain '${basis.domain}', which does not exist${didYouMean(basis.domain, domains)}`,
            `domains: ${domains.join(', ')}`,
          ),
        );
      if ('meanLevel' in basis) {
        basis.meanLevel.indicators?.forEach((id, i) => {
          const ind = indicators.get(id);
          if (!ind)
            problems.push(
              problem(
                context,
                ['stages', 'basis', 'meanLevel', 'indicators', i],
                `band basis names indicator '${id}', which does not exist${didYouMean(id, indicators.keys())}`,
                'use the id of a level indicator',
              ),
            );
          else if (ind.type !== 'level')
            problems.push(
              problem(
                context,
                ['stages', 'basis', 'meanLevel', 'indicators', i],
                `meanLevel needs level indicators; '${id}' is ${ind.type}`,
                'name level indicators only',
              ),
            );
        });
        basis.meanLevel.domains?.forEach((id, i) => {
          if (!domains.includes(id))
            problems.push(
              problem(
                context,
                ['stages', 'basis', 'meanLevel', 'domains', i],
                `band basis names domain '${id}', which does not exist${didYouMean(id, domains)}`,
                `domains: ${domains.join(', ')}`,
              ),
            );
        });
      }
    }
    return problems;
  },
};
