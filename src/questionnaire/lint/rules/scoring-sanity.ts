// Checks that each indicator's scoring can be computed and reaches its full range: floors, targets, bands, caps and fields that fit the type.
import type { IndicatorKind, WrittenIndicator } from '../../indicator-types/index.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintContext, LintRule } from '../lint-rule.js';

const FIELDS_BY_TYPE: Record<IndicatorKind, string[]> = {
  boolean: ['scores'],
  level: ['levels'],
  percentage: ['scoring', 'range', 'fraction'],
  number: ['scoring', 'range', 'unit'],
  choice: ['options'],
  multi: ['options', 'cap'],
};
const TYPED_FIELDS = ['scores', 'levels', 'scoring', 'range', 'unit', 'options', 'cap', 'fraction'] as const;

function checkIndicator(context: LintContext, ind: WrittenIndicator, path: DataPath): Problem[] {
  const out: Problem[] = [];
  const add = (severity: Problem['severity'], sub: DataPath, message: string, hint: string) =>
    out.push({
      rule: 'lint.scoring-sanity',
      severity,
      location: context.source.locate([...path, ...sub]),
      message: `'${ind.id}': ${message}`,
      hint,
    });
  for (const field of TYPED_FIELDS) {
    if (ind[field] !== undefined && !FIELDS_BY_TYPE[ind.type].includes(field))
      add('warning', [field], `'${field}' is ignored for a ${ind.type} indicator`, 'remove it, or change the type');
  }
  const s = ind.scoring;
  if (s && (ind.type === 'percentage' || ind.type === 'number')) {
    if (s.method === 'bands') {
      s.bands.forEach((band, k) => {
        const prev = s.bands[k - 1];
        if (prev && band.min <= prev.min)
          add(
            'error',
            ['scoring', 'bands', k, 'min'],
            `band minimums must ascend: ${band.min} follows ${prev.min}`,
            'list bands lowest first',
          );
        if (prev && band.score < prev.score)
          add(
            'error',
            ['scoring', 'bands', k, 'score'],
            `band from ${band.min} scores ${band.score}, less than the band below (${prev.score})`,
            'a higher band must not score less',
          );
      });
    } else {
      if (s.floor === s.target)
        add(
          'error',
          ['scoring', 'target'],
          `floor and target are both ${s.floor}`,
          'the target must differ from the floor',
        );
      if (s.method === 'log' && (s.floor <= 0 || s.target <= 0))
        add(
          'error',
          ['scoring', 'floor'],
          'log scoring needs a floor and target above 0',
          'use positive values, or linear scoring',
        );
      if (ind.type === 'percentage' && (s.floor < 0 || s.floor > 100 || s.target < 0 || s.target > 100))
        add('error', ['scoring'], 'a percentage floor and target must lie within 0..100', 'use values from 0 to 100');
    }
  }
  if (ind.range && ind.range.min !== undefined && ind.range.max !== undefined && ind.range.min >= ind.range.max)
    add('error', ['range'], `range min ${ind.range.min} is not below max ${ind.range.max}`, 'swap or correct them');
  if (ind.type === 'choice' && ind.options) {
    const scored = ind.options.filter((o) => o.score !== undefined).length;
    if (scored > 0 && scored < ind.options.length)
      add(
        'error',
        ['options'],
        'some options have a score and some do not',
        'give every option a score, or none (then they are evenly spaced 0..100 in order)',
      );
    if (ind.options.some((o) => o.points !== undefined))
      add(
        'warning',
        ['options'],
        "'points' is for multi indicators; choice options use 'score'",
        'rename points to score',
      );
  }
  if (ind.type === 'multi' && ind.options) {
    if (ind.options.some((o) => o.score !== undefined))
      add(
        'warning',
        ['options'],
        "'score' is for choice indicators; multi options use 'points'",
        'rename score to points',
      );
    const cap = ind.cap ?? 100;
    const total = ind.options.reduce((sum, o) => sum + (o.points ?? 100 / ind.options!.length), 0);
    if (total < cap - 1e-9)
      add(
        'warning',
        ['cap'],
        `all options together give ${round(total)} points, below the cap of ${cap}: the score never reaches 100`,
        'lower the cap or raise the points',
      );
  }
  if (ind.type === 'boolean' && ind.scores && (ind.scores.yes ?? 100) < (ind.scores.no ?? 0))
    add('warning', ['scores'], 'yes scores less than no', "phrase the question so that 'yes' is the better answer");
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export const scoringSanity: LintRule = {
  id: 'scoring-sanity',
  description:
    'Scoring rules fit their indicator type: distinct floor and target, positive log bounds, ascending bands, reachable caps, consistent option scores.',
  check(context) {
    return placedIndicators(context.questionnaire).flatMap(({ indicator, path }) =>
      checkIndicator(context, indicator, path),
    );
  },
};
