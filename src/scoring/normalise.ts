import type { Indicator } from '../questionnaire/model.js';
import { NORMALISERS } from './normalise/index.js';
import type { AnswerValue } from './scorecard.js';

/**
 * The 0..100 score of one answer to one indicator, by the indicator's type and scoring rule.
 * @example normaliseAnswer({ id: 'x', title: 'X', type: 'boolean' }, true) // 100
 */
export function normaliseAnswer(indicator: Indicator, value: AnswerValue): number {
  return NORMALISERS[indicator.type].compile(indicator)(value);
}

/** The scoring function of an indicator, prepared once for many answers. */
export function compileScorer(indicator: Indicator): (value: AnswerValue) => number {
  return NORMALISERS[indicator.type].compile(indicator);
}

/** The lowest and the best score an indicator can reach. */
export function scoreBounds(indicator: Indicator): { lowest: number; best: number } {
  return NORMALISERS[indicator.type].bounds(indicator);
}
