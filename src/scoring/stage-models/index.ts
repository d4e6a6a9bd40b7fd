/** The stage models. Add a model: one file here, one entry in this map (and in the schema's enum). */
import type { StageModel } from '../../questionnaire/model.js';
import { bandStages } from './bands.js';
import { branchStages } from './branches.js';
import { cumulativeStages } from './cumulative.js';
import { percentageStages } from './percentage.js';
import type { StageEvaluator } from './stage-evaluator.js';

export const STAGE_MODELS: Record<StageModel['model'], StageEvaluator> = {
  cumulative: cumulativeStages,
  percentage: percentageStages,
  branches: branchStages,
  bands: bandStages,
};
