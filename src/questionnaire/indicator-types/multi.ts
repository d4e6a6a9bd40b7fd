// multi: any of the options, as a list; scored by the points of those chosen (default 100 / number of options each) as a share of the cap (default 100), at most 100.
import { didYouMean } from '../closest.js';
import type { IndicatorBase } from './indicator-base.js';
import { clampScore, continuousScale, mismatch, type IndicatorType } from './indicator-type.js';
import { optionInWords, optionLines, type Option } from './choice.js';

export interface MultiIndicator extends IndicatorBase {
  type: 'multi';
  options?: Option[];
  /** The points that score 100 (default 100). */
  cap?: number;
}

/** Points of each option: its own, or 100 / number of options. */
function pointTable(indicator: MultiIndicator): Map<string, number> {
  const options = indicator.options ?? [];
  const each = 100 / Math.max(1, options.length);
  return new Map(options.map((o) => [o.value, o.points ?? each]));
}

function points(table: Map<string, number>, chosen: readonly string[]): number {
  let total = 0;
  // Each option counts once, however often it is listed.
  for (const value of new Set(chosen)) total += table.get(value) ?? 0;
  return total;
}

function bounds(indicator: MultiIndicator): { lowest: number; best: number } {
  const table = pointTable(indicator);
  return { lowest: 0, best: clampScore((100 * points(table, [...table.keys()])) / (indicator.cap ?? 100)) };
}

export const multiType: IndicatorType<MultiIndicator> = {
  kind: 'multi',
  checker(indicator) {
    const values = (indicator.options ?? []).map((o) => o.value);
    const known = new Set(values);
    const options = values.join(', ');
    return (value) => {
      if (!Array.isArray(value)) return mismatch('not-a-list', { options });
      if (value.length > values.length)
        return mismatch('too-many-options', { items: value.length, count: values.length, options });
      const bad = value.find((v) => !known.has(v));
      if (bad !== undefined)
        return mismatch('unknown-option', { value: bad, suggestion: didYouMean(bad, values), options });
      return undefined;
    };
  },
  scorer(indicator) {
    const table = pointTable(indicator);
    const cap = indicator.cap ?? 100;
    return (value) => (Array.isArray(value) ? clampScore((100 * points(table, value)) / cap) : 0);
  },
  bounds,
  scale: (indicator) => continuousScale(bounds(indicator)),
  trialValues: (indicator) => [(indicator.options ?? []).map((o) => o.value)],
  templateLines: (indicator, lang) => [
    'answer: a list of any of these ([] for none), e.g. [a, b]',
    ...optionLines(indicator.options, lang),
  ],
  describe: (indicator) => `any of ${(indicator.options ?? []).map((o) => o.value).join(', ')}`,
  inWords: (indicator, value, lang) =>
    Array.isArray(value) && value.length
      ? value.map((v) => optionInWords(indicator.options, v, lang)).join(', ')
      : 'none',
};
