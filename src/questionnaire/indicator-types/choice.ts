// choice: one option, answered by its value; scored by its own score or evenly spaced 0..100 in the order listed.
import { didYouMean } from '../closest.js';
import { pickText, type Text } from '../text.js';
import type { AnswerValue, IndicatorBase } from './indicator-base.js';
import { mismatch, type IndicatorType } from './indicator-type.js';
import { listedBounds, listedScale, listedScorer } from './listed.js';

export interface Option {
  value: string;
  label: Text;
  description?: Text;
  score?: number;
  points?: number;
}

export interface ChoiceIndicator extends IndicatorBase {
  type: 'choice';
  options?: Option[];
}

/** An option value in words: its label, else the value. */
export function optionInWords(options: readonly Option[] | undefined, value: AnswerValue, lang: string): string {
  const option = (options ?? []).find((o) => o.value === value);
  return option ? pickText(option.label, lang) || option.value : String(value);
}

/** The template lines of the options: `value = label`. */
export function optionLines(options: readonly Option[] | undefined, lang: string): string[] {
  return (options ?? []).map((o) => `  ${o.value} = ${pickText(o.label, lang)}`);
}

export const choiceType: IndicatorType<ChoiceIndicator> = {
  kind: 'choice',
  checker(indicator) {
    const values = (indicator.options ?? []).map((o) => o.value);
    const known = new Set(values);
    const options = values.join(', ');
    return (value) => {
      if (typeof value !== 'string') return mismatch('not-an-option-value', { options });
      if (!known.has(value))
        return mismatch('unknown-option', { value, suggestion: didYouMean(value, values), options });
      return undefined;
    };
  },
  scorer: (indicator) => listedScorer(indicator.options ?? []),
  bounds: (indicator) => listedBounds(indicator.options ?? []),
  scale: (indicator) => listedScale(indicator.options ?? []),
  trialValues: (indicator) => (indicator.options ?? []).map((o) => o.value),
  templateLines: (indicator, lang) => ['answer: one of', ...optionLines(indicator.options, lang)],
  describe: (indicator) => (indicator.options ?? []).map((o) => o.value).join(' | '),
  inWords: (indicator, value, lang) => optionInWords(indicator.options, value, lang),
};
