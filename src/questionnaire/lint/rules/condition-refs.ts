// Checks that stage conditions name existing indicators and domains, with tests that fit the indicator's type.
import { didYouMean } from '../../closest.js';
import type { WrittenIndicator } from '../../indicator-types/index.js';
import type { IndicatorCondition, WrittenStageModel } from '../../model.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import { placedConditions } from '../condition-paths.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintContext, LintRule } from '../lint-rule.js';
import { lintProblem, type LINT_MESSAGES } from '../lint-messages.js';
import type { DiagnosticParams } from '../../../diagnostics/diagnostic.js';

const TESTS = ['atLeast', 'atMost', 'equals', 'includes', 'scoreAtLeast'] as const;

type Check = keyof (typeof LINT_MESSAGES)['condition-refs'];

function problem(context: LintContext, path: DataPath, check: Check, params: DiagnosticParams): Problem {
  return lintProblem(context.source, 'condition-refs', check, path, params);
}

function checkIndicatorTest(
  context: LintContext,
  c: IndicatorCondition,
  ind: WrittenIndicator,
  path: DataPath,
): Problem[] {
  const out: Problem[] = [];
  const about = { indicator: c.indicator, type: ind.type };
  const tests = TESTS.filter((t) => c[t] !== undefined);
  if (tests.length === 0)
    out.push(problem(context, path, 'no-test', { indicator: c.indicator, tests: TESTS.join(', ') }));
  const ordered = ind.type === 'level' || ind.type === 'percentage' || ind.type === 'number';
  if ((c.atLeast !== undefined || c.atMost !== undefined) && !ordered)
    out.push(problem(context, [...path, c.atLeast !== undefined ? 'atLeast' : 'atMost'], 'not-ordered', about));
  if (c.includes !== undefined && ind.type !== 'multi')
    out.push(problem(context, [...path, 'includes'], 'includes-not-multi', about));
  const optionValues = (ind.options ?? []).map((o) => o.value);
  const named = c.includes === undefined ? [] : Array.isArray(c.includes) ? c.includes : [c.includes];
  if (ind.type === 'choice' && c.equals !== undefined) named.push(String(c.equals));
  for (const value of named) {
    if (ind.options && !optionValues.includes(value))
      out.push(
        problem(context, path, 'unknown-option', {
          value,
          indicator: c.indicator,
          suggestion: didYouMean(value, optionValues),
          options: optionValues.join(', '),
        }),
      );
  }
  if (ind.type === 'level' && ind.levels) {
    const values = ind.levels.map((l) => l.value);
    for (const t of ['atLeast', 'atMost', 'equals'] as const) {
      const v = c[t];
      if (typeof v === 'number' && !values.includes(v))
        out.push(
          problem(context, [...path, t], 'unknown-level', {
            value: v,
            indicator: c.indicator,
            levels: values.join(', '),
          }),
        );
    }
  }
  if (ind.type === 'boolean' && c.equals !== undefined && typeof c.equals !== 'boolean')
    out.push(problem(context, [...path, 'equals'], 'boolean-equals', { indicator: c.indicator }));
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
    const unknownDomain = (path: DataPath, check: Check, domain: string) =>
      problems.push(
        problem(context, path, check, {
          domain,
          suggestion: didYouMean(domain, domains),
          domains: domains.join(', '),
        }),
      );
    for (const { condition, path } of placedConditions(q)) {
      if ('indicator' in condition) {
        const ind = indicators.get(condition.indicator);
        if (!ind)
          problems.push(
            problem(context, [...path, 'indicator'], 'unknown-indicator', {
              indicator: condition.indicator,
              suggestion: didYouMean(condition.indicator, indicators.keys()),
            }),
          );
        else problems.push(...checkIndicatorTest(context, condition, ind, path));
      } else if ('domain' in condition) {
        if (!domains.includes(condition.domain)) unknownDomain([...path, 'domain'], 'unknown-domain', condition.domain);
      } else if ('kOf' in condition && condition.kOf.k > condition.kOf.conditions.length) {
        problems.push(
          problem(context, [...path, 'kOf', 'k'], 'k-too-large', {
            k: condition.kOf.k,
            conditions: condition.kOf.conditions.length,
          }),
        );
      }
    }
    const stages: WrittenStageModel | undefined = q.stages;
    const basis = stages?.basis;
    if (basis && typeof basis === 'object') {
      if ('domain' in basis && !domains.includes(basis.domain))
        unknownDomain(['stages', 'basis', 'domain'], 'basis-unknown-domain', basis.domain);
      if ('meanLevel' in basis) {
        basis.meanLevel.indicators?.forEach((id, i) => {
          const ind = indicators.get(id);
          const at = ['stages', 'basis', 'meanLevel', 'indicators', i];
          if (!ind)
            problems.push(
              problem(context, at, 'basis-unknown-indicator', {
                indicator: id,
                suggestion: didYouMean(id, indicators.keys()),
              }),
            );
          else if (ind.type !== 'level')
            problems.push(problem(context, at, 'basis-not-level', { indicator: id, type: ind.type }));
        });
        basis.meanLevel.domains?.forEach((id, i) => {
          if (!domains.includes(id))
            unknownDomain(['stages', 'basis', 'meanLevel', 'domains', i], 'basis-unknown-domain', id);
        });
      }
    }
    return problems;
  },
};
