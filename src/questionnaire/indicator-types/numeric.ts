// What percentage and number share: a range, and linear or logarithmic scoring between a floor (0) and a target (100), or banded thresholds.
import type { Text } from '../text.js';
import type { AnswerValue } from './indicator-base.js';
import {
  clampScore,
  continuousScale,
  distinctSorted,
  mismatch,
  type AnswerMismatch,
  type MismatchCheck,
} from './indicator-type.js';

export interface Band {
  min: number;
  score: number;
  label?: Text;
}

export type NumericScoring =
  { method: 'linear' | 'log'; floor: number; target: number } | { method: 'bands'; bands: Band[] };

/** The fields a percentage and a number indicator have in common. */
export interface NumericFields {
  range?: { min?: number; max?: number };
  scoring?: NumericScoring;
}

/** The 0..100 score of a number under a numeric scoring rule. */
export function scoreNumber(scoring: NumericScoring, value: number): number {
  if (scoring.method === 'bands') {
    let score = 0;
    for (const band of scoring.bands) if (value >= band.min) score = band.score;
    return score;
  }
  if (scoring.method === 'log') {
    const v = Math.max(value, Number.MIN_VALUE);
    return clampScore(
      (100 * (Math.log(v) - Math.log(scoring.floor))) / (Math.log(scoring.target) - Math.log(scoring.floor)),
    );
  }
  return clampScore((100 * (value - scoring.floor)) / (scoring.target - scoring.floor));
}

export function numericScorer({ scoring }: NumericFields): (value: AnswerValue) => number {
  return (value) => (scoring && typeof value === 'number' ? scoreNumber(scoring, value) : 0);
}

export function numericBounds({ scoring, range }: NumericFields): { lowest: number; best: number } {
  if (scoring?.method === 'bands') {
    const scores = scoring.bands.map((b) => b.score);
    const belowAll = range?.min === undefined || range.min < (scoring.bands[0]?.min ?? 0);
    return { lowest: Math.min(...scores, ...(belowAll ? [0] : [])), best: Math.max(...scores) };
  }
  return { lowest: 0, best: 100 };
}

/** Bands: their scores (and the lowest); linear or log: 11 points from the lowest to the best. */
export function numericScale(indicator: NumericFields): number[] {
  const bounds = numericBounds(indicator);
  if (indicator.scoring?.method === 'bands')
    return distinctSorted([bounds.lowest, ...indicator.scoring.bands.map((b) => b.score)]);
  return continuousScale(bounds);
}

/** A grid of 101 values over a range. */
export function numericTrials(min: number, max: number): number[] {
  const steps = 100;
  return Array.from({ length: steps + 1 }, (_, i) => Math.round((min + ((max - min) * i) / steps) * 100) / 100);
}

/** The check of a number within min..max. */
export function numberChecker(
  min: number | undefined,
  max: number | undefined,
  notANumber: MismatchCheck & `not-a-${string}`,
  unit: string | undefined,
): (value: AnswerValue) => AnswerMismatch | undefined {
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return mismatch(notANumber, { unit });
    if ((min !== undefined && value < min) || (max !== undefined && value > max))
      return mismatch('out-of-range', { value, min: min ?? '-∞', max: max ?? '∞', unit });
    return undefined;
  };
}

/** The scoring rule in words, with its unit. */
export function describeScoring(scoring: NumericScoring, unit: string): string {
  if (scoring.method === 'bands')
    return `bands ${scoring.bands.map((b) => `>=${b.min}: ${b.score}`).join(', ')} (${unit.trim()})`;
  return `${scoring.method} ${scoring.floor}${unit} -> ${scoring.target}${unit}`;
}
