/** Scoring: normalisation, aggregation, coverage, stages, gaps, recommendations, bounds; the scorecard. */
export type { Scorecard, ScorecardSubject, ScorecardDomain, ScorecardIndicator, ScorecardGap, ScorecardRecommendation, StageRef, ScoreStatus, AnswerValue } from './scorecard.js';
export { scoreAssessment, type ScoreOptions } from './score-assessment.js';
export { normaliseAnswer, scoreBounds as indicatorScoreBounds } from './normalise.js';
export { NORMALISERS } from './normalise/index.js';
export type { Normaliser } from './normalise/normaliser.js';
export { weightedMean, describeAggregation } from './aggregate.js';
export { compileQuestionnaire, DEFAULT_MIN_COVERAGE, type CompiledQuestionnaire } from './compile.js';
export { computeScores, type Computed } from './compute.js';
export { evaluateStage } from './stage.js';
export { STAGE_MODELS } from './stage-models/index.js';
export { conditionHolds } from './condition.js';
export { describeCondition } from './condition-text.js';
export { recommend } from './recommendations.js';
export { scoreBounds } from './uncertainty.js';
export { addDuration, periodEnd } from './iso-duration.js';
