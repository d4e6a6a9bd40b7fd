/** The normaliser of each indicator type. Add a type: one file here, one entry in this map. */
import type { IndicatorType } from '../../questionnaire/model.js';
import { booleanNormaliser } from './boolean.js';
import { choiceNormaliser } from './choice.js';
import { levelNormaliser } from './level.js';
import { multiNormaliser } from './multi.js';
import type { Normaliser } from './normaliser.js';
import { numberNormaliser, percentageNormaliser } from './numeric.js';

export const NORMALISERS: Record<IndicatorType, Normaliser> = {
  boolean: booleanNormaliser,
  level: levelNormaliser,
  percentage: percentageNormaliser,
  number: numberNormaliser,
  choice: choiceNormaliser,
  multi: multiNormaliser,
};
