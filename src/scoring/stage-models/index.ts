/** The stage models. Add a model: its shape in questionnaire/model.ts, one file here, one entry in this map (and in the schema's enum). */
import type { StageModel } from '../../questionnaire/model.js';
import { bandStages } from './bands.js';
import { branchStages } from './branches.js';
import { cumulativeStages } from './cumulative.js';
import { percentageStages } from './percentage.js';
import type { StageEvaluator } from './stage-evaluator.js';

/** The evaluator of each model; a model without one does not compile. */
export const STAGE_MODELS: { [K in StageModel['model']]: StageEvaluator<Extract<StageModel, { model: K }>> } = {
  cumulative: cumulativeStages,
  percentage: percentageStages,
  branches: branchStages,
  bands: bandStages,
};

/** The evaluator of a stage model. */
export function stageEvaluator(model: StageModel): StageEvaluator {
  return STAGE_MODELS[model.model];
}
