// boolean: yes or no; yes = 100 and no = 0, unless the indicator gives its own `scores`.
import type { IndicatorBase } from './indicator-base.js';
import { distinctSorted, mismatch, type IndicatorType } from './indicator-type.js';

export interface BooleanIndicator extends IndicatorBase {
  type: 'boolean';
  /** Score of yes and of no (default 100 and 0). */
  scores?: { yes?: number; no?: number };
}

const yesNo = (indicator: BooleanIndicator) => ({
  yes: indicator.scores?.yes ?? 100,
  no: indicator.scores?.no ?? 0,
});

export const booleanType: IndicatorType<BooleanIndicator> = {
  kind: 'boolean',
  checker: () => (value) =>
    typeof value === 'boolean' || value === 'yes' || value === 'no' ? undefined : mismatch('not-yes-no'),
  scorer(indicator) {
    const { yes, no } = yesNo(indicator);
    return (value) => (value === true || value === 'yes' ? yes : no);
  },
  bounds(indicator) {
    const { yes, no } = yesNo(indicator);
    return { lowest: Math.min(yes, no), best: Math.max(yes, no) };
  },
  scale(indicator) {
    const { yes, no } = yesNo(indicator);
    return distinctSorted([no, yes]);
  },
  trialValues: () => [false, true],
  templateLines: () => ['answer: yes or no'],
  describe: () => 'yes / no',
  inWords: (_indicator, value) => (value === true ? 'yes' : 'no'),
};
