/** Scoring: normalisation, aggregation, coverage, stages, gaps, recommendations, bounds; the scorecard. */
export type {
  Scorecard,
  ScorecardSubject,
  ScorecardDomain,
  ScorecardIndicator,
  ScorecardGap,
  ScorecardRecommendation,
  ScorecardPlan,
  ScorecardPlanStep,
  ScorecardPlanChange,
  StageRef,
  ScoreStatus,
  AnswerValue,
} from './scorecard.js';
export { SCORECARD_FORMAT_VERSION } from './scorecard.js';
export { SCORING_RULES, type ScoringRule, type ScoringWarning } from './scoring-rules.js';
export { scoreAssessment, type ScoreOptions } from './score-assessment.js';
export { weightedMean, describeAggregation } from './aggregate.js';
export { compileQuestionnaire, DEFAULT_MIN_COVERAGE, type CompiledQuestionnaire } from './compile.js';
export { computeScores, type Computed } from './compute.js';
export { evaluateStage, type StageEvaluation } from './stage.js';
export { stageRangeText, stageUndetermined } from './stage-text.js';
export { actionPlan } from './action-plan.js';
export type { Truth } from './truth.js';
export { STAGE_MODELS } from './stage-models/index.js';
export { conditionHolds, conditionTruth } from './condition.js';
export { describeCondition } from './condition-text.js';
export { recommend, RECOMMENDATIONS_TOP } from './recommendations.js';
export { scoreBounds, equalWeightScore } from './uncertainty.js';
export { addDuration, periodEnd } from './iso-duration.js';
export { renderSummary, renderRanking, rankScorecards, scoreText } from './render-summary.js';
export { NoAssessmentsError } from './no-assessments-error.js';
export { DuplicateSubjectError } from './duplicate-subject-error.js';
export { scorecardFileNames } from './scorecard-file-name.js';
export { groupMedians } from './group-medians.js';
export { isRanked, naDomains } from './rank-eligibility.js';
export {
  runMonteCarlo,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  FACTORS,
  SENSITIVITY_ESTIMATOR,
  type McOptions,
  type McResult,
  type McSettings,
} from './monte-carlo/monte-carlo.js';
export type { McSubject } from './monte-carlo/mc-model.js';
export type { McSubjectResult } from './monte-carlo/mc-summary.js';
export { scorecardUncertainty, mcSubjectOf, type GroupUncertainty } from './monte-carlo/scorecard-uncertainty.js';
export { uncertainNeighbours } from './monte-carlo/neighbours.js';
export { prng } from './monte-carlo/prng.js';
export { latestScorecards, type LatestScorecards } from './latest-scorecards.js';
export {
  compareWithBaseline,
  checkBaseline,
  type BaselineComparison,
  type ScoreChange,
  type IndicatorChange,
} from './baseline-comparison.js';
export { renderBaselineComparison, dropsText } from './render-baseline.js';
export { BaselineMismatchError } from './baseline-mismatch-error.js';
export { BaselineUsageError } from './baseline-usage-error.js';
