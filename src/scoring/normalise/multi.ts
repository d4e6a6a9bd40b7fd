// multi: the points of the options chosen (default 100 / number of options each), as a share of the cap (default 100), at most 100.
import type { Indicator } from '../../questionnaire/model.js';
import { clampScore, type Normaliser } from './normaliser.js';

/** Points of each option: its own, or 100 / number of options. */
function pointTable(indicator: Indicator): Map<string, number> {
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

export const multiNormaliser: Normaliser = {
  type: 'multi',
  compile(indicator) {
    const table = pointTable(indicator);
    const cap = indicator.cap ?? 100;
    return (value) => (Array.isArray(value) ? clampScore((100 * points(table, value)) / cap) : 0);
  },
  bounds(indicator) {
    const table = pointTable(indicator);
    return { lowest: 0, best: clampScore((100 * points(table, [...table.keys()])) / (indicator.cap ?? 100)) };
  },
};
