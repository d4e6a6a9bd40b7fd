// percentage and number: linear or logarithmic between a floor (0) and a target (100), or banded thresholds.
import type { Indicator, NumericScoring } from '../../questionnaire/model.js';
import { clampScore, type Normaliser } from './normaliser.js';

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

function bounds(indicator: Indicator): { lowest: number; best: number } {
  const scoring = indicator.scoring;
  if (scoring?.method === 'bands') {
    const scores = scoring.bands.map((b) => b.score);
    const belowAll = indicator.range?.min === undefined || indicator.range.min < (scoring.bands[0]?.min ?? 0);
    return { lowest: Math.min(...scores, ...(belowAll ? [0] : [])), best: Math.max(...scores) };
  }
  return { lowest: 0, best: 100 };
}

const numeric = (type: 'percentage' | 'number'): Normaliser => ({
  type,
  compile(indicator) {
    const scoring = indicator.scoring;
    return (value) => (scoring && typeof value === 'number' ? scoreNumber(scoring, value) : 0);
  },
  bounds,
});

export const percentageNormaliser = numeric('percentage');
export const numberNormaliser = numeric('number');
