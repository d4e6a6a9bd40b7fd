import type { Indicator } from '../../questionnaire/model.js';
import { listedScores } from '../normalise/normaliser.js';
import { scoreBounds } from '../normalise.js';

/** Steps of a continuous scale (linear or log percentage and number, multiple choice): 11 points. */
const CONTINUOUS_STEPS = 10;

function distinctSorted(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * The scores an indicator's answers can reach, lowest first: its levels, options, yes/no or bands;
 * for continuous scales (linear or log numbers, multiple choice) 11 evenly spaced points from its
 * lowest to its best score. Unknown answers are drawn uniformly from it; "one level up or down" is
 * the next point of it.
 */
export function indicatorScale(indicator: Indicator): number[] {
  switch (indicator.type) {
    case 'level':
      return distinctSorted(listedScores(indicator.levels ?? []));
    case 'choice':
      return distinctSorted(listedScores(indicator.options ?? []));
    case 'boolean':
      return distinctSorted([indicator.scores?.no ?? 0, indicator.scores?.yes ?? 100]);
    default: {
      const { lowest, best } = scoreBounds(indicator);
      if (indicator.scoring?.method === 'bands')
        return distinctSorted([lowest, ...indicator.scoring.bands.map((b) => b.score)]);
      return distinctSorted(
        Array.from({ length: CONTINUOUS_STEPS + 1 }, (_, k) => lowest + ((best - lowest) * k) / CONTINUOUS_STEPS),
      );
    }
  }
}
