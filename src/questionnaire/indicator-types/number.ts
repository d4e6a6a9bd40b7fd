// number: any finite number in its unit, within its range.
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

export interface NumberIndicator extends IndicatorBase, NumericFields {
  type: 'number';
  /** The unit of the answer (e.g. FTE per 100 beds, EUR per capita). */
  unit?: string;
}

export const numberType: IndicatorType<NumberIndicator> = {
  kind: 'number',
  checker: (indicator) => numberChecker(indicator.range?.min, indicator.range?.max, 'not-a-number', indicator.unit),
  scorer: numericScorer,
  bounds: numericBounds,
  scale: numericScale,
  trialValues(indicator) {
    const min = indicator.range?.min ?? 0;
    const target = indicator.scoring && 'target' in indicator.scoring ? Number(indicator.scoring.target) : 0;
    return numericTrials(min, indicator.range?.max ?? Math.max(min + 100, target || 1000));
  },
  templateLines(indicator) {
    const range = indicator.range ? ` from ${indicator.range.min ?? '-∞'} to ${indicator.range.max ?? '∞'}` : '';
    return [`answer: a number in ${indicator.unit ?? 'units'}${range}`];
  },
  describe: (indicator) =>
    indicator.scoring ? describeScoring(indicator.scoring, ` ${indicator.unit ?? ''}`) : (indicator.unit ?? '').trim(),
  inWords: (indicator, value) => `${formatNumber(Number(value))}${indicator.unit ? ` ${indicator.unit}` : ''}`,
};
