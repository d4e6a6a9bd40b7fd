/**
 * The scorecard: the result of scoring one assessment. Written by `assess`, read by `report`.
 * Its JSON Schema is scorecard.schema.json beside this file; every number in it is explained by
 * the inputs and weights recorded beside it.
 */
import type { AnswerSource, AssessmentSubject, MeasuredEvidence } from '../questionnaire/assessment-model.js';
import type { AnswerValue, IndicatorKind, SubjectKind } from '../questionnaire/model.js';

export type { AnswerSource, AnswerValue, MeasuredEvidence, SubjectKind };
/** A scored item's state: a number, or why there is none. */
export type ScoreStatus = 'scored' | 'insufficient-data';

export type ScorecardSubject = AssessmentSubject;

export interface StageRef {
  id: string | number;
  label: string;
  /** 0-based position in the questionnaire's stage list. */
  index: number;
}

export interface ScorecardIndicator {
  id: string;
  domain: string;
  title: string;
  type: IndicatorKind;
  /** The answer as given (null when missing or unknown). */
  answer: AnswerValue | null;
  /** The answer in words (level or option labels), for reports. */
  answerLabel?: string;
  /** answered; unknown (said so); missing (not answered); expired (past its validity); imputed (missing, scored by the questionnaire's rule). */
  status: 'answered' | 'unknown' | 'missing' | 'expired' | 'imputed';
  /** 0..100, or null when not scored. */
  score: number | null;
  /** Weight within its domain as given in the questionnaire. */
  weight: number;
  /** Share of the overall score this indicator carries (0..1), given the domain weight. */
  overallWeight: number;
  source: AnswerSource | null;
  note?: string;
  evidence?: string;
  /** The measurement that replaced the answer (`readiness validate`), when evidence was applied. */
  measured?: MeasuredEvidence;
  established?: string;
  expires?: string;
  frameworks?: Record<string, string | string[]>;
}

export interface ScorecardDomain {
  id: string;
  title: string;
  score: number | null;
  status: ScoreStatus;
  /** Share of the domain's indicator weight that is answered (0..1). */
  coverage: number;
  weight: number;
  aggregation: string;
}

export interface ScorecardGap {
  /** The stage these conditions block (the one after the proven stage). */
  stage: StageRef;
  /** unmet: false on the answers given; unknown: it depends on answers that are not there (unanswered, unknown, expired, excluded) or on an n/a score. */
  status: 'unmet' | 'unknown';
  /** The condition in words. */
  condition: string;
  indicator?: string;
  domain?: string;
  /** What is there now, and what the condition asks (values, not patient data). */
  current?: AnswerValue | number | null;
  required?: AnswerValue | number;
}

export interface ScorecardRecommendation {
  indicator: string;
  title: string;
  text: string;
  /** Points the overall score would gain if this indicator reached its best score, all else equal. */
  potentialGain: number;
  currentScore: number | null;
  /** The overall score with this change alone (the plan's `base` plus `potentialGain`). */
  scoreAfter?: number;
}

/** One change of an action plan: an answer to give. */
export interface ScorecardPlanChange {
  indicator: string;
  title: string;
  /** The answer now, in words (`unknown` when there is none). */
  current: string;
  /** The answer the plan asks for, in words, and as a value. */
  required: string;
  value: AnswerValue;
  /** The answer is not known now: it may hold already, so answer it first. */
  unknown: boolean;
  /** Points the overall score gains with this change alone, from the plan's `base`. */
  gain: number;
}

/** The smallest set of changes that proves one stage. */
export interface ScorecardPlanStep {
  stage: StageRef;
  /** Whether some set of changes to the answers the gates test proves the stage (false: `changes` is empty). */
  reachable: boolean;
  /** False when the search was cut short: the set proves the stage but may not be the smallest. */
  smallest: boolean;
  changes: ScorecardPlanChange[];
  /** The overall score with every change of this step (from `base`). */
  scoreAfter: number | null;
}

/** An action plan: what proves the next stage and the one after, what to answer first, and the base every gain is computed from. */
export interface ScorecardPlan {
  /** The overall score every gain starts from: every domain with a scored answer counted (the overall score itself, unless a domain is insufficient data). */
  base: number | null;
  steps: ScorecardPlanStep[];
  /** Unknown answers the gates of the planned stages (or the stage range) depend on: they can decide the stage, so answer these first. */
  answerFirst: { indicator: string; title: string }[];
  /** How many recommendations there are in all; `recommendations` holds the top ones unless all were asked for. */
  recommendationsTotal: number;
}

/** The current scorecard format (2: stage ranges, gap status, action plan). `report` still reads format 1. */
export const SCORECARD_FORMAT_VERSION = 2;

export interface Scorecard {
  formatVersion: typeof SCORECARD_FORMAT_VERSION;
  subject: ScorecardSubject;
  period: string;
  /** Date of the assessment, when given. */
  date?: string;
  questionnaire: { id: string; version: string; title: string; hash: string };
  tool: { name: string; version: string };
  language: string;
  overall: {
    score: number | null;
    status: ScoreStatus;
    coverage: number;
    /** The stage *proven*: every gate up to it is true on the answers given (null: none). */
    stage: StageRef | null;
    /** The highest stage *possible*: no gate up to it is false, so it is reached were the unknown answers to hold (never below `stage`). */
    stagePossible: StageRef | null;
    /** The indicators whose answers decide between `stage` and `stagePossible` (empty when they are equal). */
    stageUnknowns: string[];
    /** Bounds of the overall score had every unanswered indicator scored lowest and highest, and other sensitivity checks. */
    uncertainty?: { low: number; high: number; method: string };
    /** Weight sensitivity: the overall score had every indicator and domain weighed equally (answers as given). */
    sensitivity?: { equalWeights: number | null; method: string };
    aggregation: string;
  };
  domains: ScorecardDomain[];
  indicators: ScorecardIndicator[];
  gaps: ScorecardGap[];
  /** Advice for answered indicators, ranked by gain per change (top 10 unless all were asked for; unanswered ones are in `plan.answerFirst` when they decide the stage). */
  recommendations: ScorecardRecommendation[];
  /** The action plan (format 2; absent in a format 1 scorecard read by `report`). */
  plan?: ScorecardPlan;
  /** Share of answered weight per source level (sums to 1 when anything is answered). */
  sources: Record<AnswerSource, number>;
  warnings: { code: string; message: string; indicator?: string }[];
  /**
   * The missing-data policy the scores were made under, and whether rankings place the subject
   * (absent in scorecards of earlier versions: then ranked when the overall score is not null).
   */
  missingData?: {
    policy: 'exclude' | 'lowest' | 'impute-group';
    /** Under `exclude`, a subject with less of its weight answered is not ranked. */
    rankMinCoverage: number;
    /** Indicators scored by the policy rather than by an answer. */
    imputed: number;
    /** Domains with insufficient data (n/a). */
    naDomains: number;
    /** False: rankings list the subject apart, with its coverage. */
    ranked: boolean;
  };
  /** The same answers scored against other questionnaires' structures, through declared crosswalks. */
  crosswalks?: {
    questionnaire: { id: string; version: string };
    overall: { score: number | null; coverage: number; stage: StageRef | null; stagePossible: StageRef | null };
    domains: { id: string; title: string; score: number | null; coverage: number }[];
  }[];
}
