// percentage: a number from 0 to 100 (or, declared `fraction: true`, written 0..1 and read x 100), within its range.
import type { IndicatorBase } from './indicator-base.js';
import { formatNumber, type IndicatorType } from './indicator-type.js';
import {
  describeScoring,
  numberChecker,
  numericBounds,
  numericScale,
  numericScorer,
  numericTrials,
  type NumericFields,
} from './numeric.js';

export interface PercentageIndicator extends IndicatorBase, NumericFields {
  type: 'percentage';
  /** Answers are written as fractions 0..1 and read as percentages (x 100). */
  fraction?: boolean;
}

export const percentageType: IndicatorType<PercentageIndicator> = {
  kind: 'percentage',
  checker(indicator, written = false) {
    const min = Math.max(0, indicator.range?.min ?? 0);
    const max = Math.min(100, indicator.range?.max ?? 100);
    return written && indicator.fraction
      ? numberChecker(min / 100, max / 100, 'not-a-fraction', undefined)
      : numberChecker(min, max, 'not-a-percentage', undefined);
  },
  scorer: numericScorer,
  bounds: numericBounds,
  scale: numericScale,
  trialValues: (indicator) => numericTrials(indicator.range?.min ?? 0, indicator.range?.max ?? 100),
  templateLines: (indicator) => [
    indicator.fraction
      ? `answer: a fraction from ${(indicator.range?.min ?? 0) / 100} to ${(indicator.range?.max ?? 100) / 100} (0.85 for 85 %)`
      : `answer: a percentage from ${indicator.range?.min ?? 0} to ${indicator.range?.max ?? 100}`,
  ],
  describe: (indicator) =>
    indicator.scoring
      ? describeScoring(indicator.scoring, '%')
      : indicator.fraction
        ? '% (answered as a fraction 0..1)'
        : '%',
  inWords: (_indicator, value) => `${formatNumber(Number(value))}%`,
};

/**
 * A percentage answer strictly between 0 and 1 is most likely a fraction written by mistake
 * (0.85 for 85 %): a warning, unless the questionnaire declares the indicator a fraction.
 */
export function looksLikeFraction(indicator: { type: string; fraction?: boolean }, value: unknown): value is number {
  return indicator.type === 'percentage' && !indicator.fraction && typeof value === 'number' && value > 0 && value < 1;
}

/** A fraction answer (of an indicator declared `fraction: true`) as the percentage it stands for. */
export function fractionToPercentage(value: number): number {
  return Math.round(value * 1e10) / 1e8;
}
