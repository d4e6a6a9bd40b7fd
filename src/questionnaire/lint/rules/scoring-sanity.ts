// Checks that each indicator's scoring can be computed and reaches its full range: floors, targets, bands, caps and fields that fit the type.
import type { IndicatorKind, WrittenIndicator } from '../../indicator-types/index.js';
import type { Problem } from '../../problem.js';
import type { DataPath } from '../../yaml-source.js';
import { placedIndicators } from '../indicator-index.js';
import type { LintContext, LintRule } from '../lint-rule.js';
import { lintProblem, type LINT_MESSAGES } from '../lint-messages.js';
import type { DiagnosticParams } from '../../../diagnostics/diagnostic.js';

type ScoringCheck = keyof (typeof LINT_MESSAGES)['scoring-sanity'];

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
  const add = (check: ScoringCheck, sub: DataPath, params: DiagnosticParams = {}) =>
    out.push(lintProblem(context.source, 'scoring-sanity', check, [...path, ...sub], { indicator: ind.id, ...params }));
  for (const field of TYPED_FIELDS) {
    if (ind[field] !== undefined && !FIELDS_BY_TYPE[ind.type].includes(field))
      add('ignored-field', [field], { field, type: ind.type });
  }
  const s = ind.scoring;
  if (s && (ind.type === 'percentage' || ind.type === 'number')) {
    if (s.method === 'bands') {
      s.bands.forEach((band, k) => {
        const prev = s.bands[k - 1];
        if (prev && band.min <= prev.min)
          add('band-ascend', ['scoring', 'bands', k, 'min'], { min: band.min, previous: prev.min });
        if (prev && band.score < prev.score)
          add('band-score-falls', ['scoring', 'bands', k, 'score'], {
            min: band.min,
            score: band.score,
            previousScore: prev.score,
          });
      });
    } else {
      if (s.floor === s.target) add('floor-is-target', ['scoring', 'target'], { floor: s.floor });
      if (s.method === 'log' && (s.floor <= 0 || s.target <= 0)) add('log-bounds', ['scoring', 'floor']);
      if (ind.type === 'percentage' && (s.floor < 0 || s.floor > 100 || s.target < 0 || s.target > 100))
        add('percentage-bounds', ['scoring']);
    }
  }
  if (ind.range && ind.range.min !== undefined && ind.range.max !== undefined && ind.range.min >= ind.range.max)
    add('range', ['range'], { min: ind.range.min, max: ind.range.max });
  if (ind.type === 'choice' && ind.options) {
    const scored = ind.options.filter((o) => o.score !== undefined).length;
    if (scored > 0 && scored < ind.options.length) add('some-scored', ['options']);
    if (ind.options.some((o) => o.points !== undefined)) add('choice-points', ['options']);
  }
  if (ind.type === 'multi' && ind.options) {
    if (ind.options.some((o) => o.score !== undefined)) add('multi-score', ['options']);
    const cap = ind.cap ?? 100;
    const total = ind.options.reduce((sum, o) => sum + (o.points ?? 100 / ind.options!.length), 0);
    if (total < cap - 1e-9) add('cap-unreachable', ['cap'], { total: round(total), cap });
  }
  if (ind.type === 'boolean' && ind.scores && (ind.scores.yes ?? 100) < (ind.scores.no ?? 0))
    add('yes-below-no', ['scores']);
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
