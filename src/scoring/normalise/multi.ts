// multi: the points of the options chosen (default 100 / number of options each), as a share of the cap (default 100), at most 100.
import type { Indicator } from '../../questionnaire/model.js';
import { clampScore, type Normaliser } from './normaliser.js';

function points(indicator: Indicator, chosen: readonly string[]): number {
  const options = indicator.options ?? [];
  const each = 100 / Math.max(1, options.length);
  let total = 0;
  for (const option of options) if (chosen.includes(option.value)) total += option.points ?? each;
  return total;
}

export const multiNormaliser: Normaliser = {
  type: 'multi',
  score: (indicator, value) => (Array.isArray(value) ? clampScore((100 * points(indicator, value)) / (indicator.cap ?? 100)) : 0),
  bounds(indicator) {
    const all = (indicator.options ?? []).map((o) => o.value);
    return { lowest: 0, best: clampScore((100 * points(indicator, all)) / (indicator.cap ?? 100)) };
  },
};
