/**
 * The questionnaire model: the TypeScript shape of questionnaires/schema/questionnaire.schema.json.
 * A loaded questionnaire has passed that schema, so these types hold for it.
 */
import type { Indicator } from './indicator-types/index.js';
import type { MissingTreatment, Frameworks } from './indicator-types/indicator-base.js';
import type { Text } from './text.js';

export type { Indicator, IndicatorKind } from './indicator-types/index.js';
export type { AnswerValue, Frameworks, MissingTreatment } from './indicator-types/indicator-base.js';
export type { Level } from './indicator-types/level.js';
export type { Option } from './indicator-types/choice.js';
export type { Band, NumericScoring } from './indicator-types/numeric.js';

export type SubjectKind = 'site' | 'region' | 'country';
export type AggregationMethod = 'arithmetic' | 'geometric' | 'harmonic' | 'generalised';

/** How scores are combined at one level (indicators into a domain, domains into the overall). */
export interface Aggregation {
  method: AggregationMethod;
  /** Exponent of the generalised mean. */
  power?: number;
  /** Scores below this are raised to it before geometric/harmonic means; default 1. */
  floor?: number;
}

/** The declared missing-data policy of a questionnaire (overridable with `--unknown`). */
export type UnknownPolicy = 'exclude' | 'lowest' | 'impute-group';

/** What the Monte Carlo uncertainty analysis varies (OECD/JRC handbook, 2008). */
export interface UncertaintySettings {
  /** Each weight is varied within ±this share of itself; default 0.25. */
  weightRange?: number;
  /** Overall aggregations drawn from (e.g. arithmetic and geometric); default the declared one only. */
  aggregations?: ('arithmetic' | 'geometric')[];
  /** Probability that a self-reported answer is one level up or down; default 0.2. */
  selfReported?: number;
}

export interface ScoringSettings {
  missing?: MissingTreatment;
  /** exclude (default): unknowns lower coverage, a subject below rankMinCoverage is not ranked; lowest: unknowns score the lowest level; impute-group: the median of the comparison group. */
  unknown?: UnknownPolicy;
  /** Under `exclude`, a subject with less of its weight answered is listed apart, not ranked; default 0.8. */
  rankMinCoverage?: number;
  uncertainty?: UncertaintySettings;
  minCoverage?: number;
  aggregation?: Aggregation;
  indicatorAggregation?: Aggregation;
  validity?: string;
  expired?: 'keep' | 'exclude';
}

export interface Domain {
  id: string;
  title: Text;
  description?: Text;
  weight?: number;
  aggregation?: Aggregation;
  minCoverage?: number;
  missing?: MissingTreatment;
  frameworks?: Frameworks;
  indicators: Indicator[];
}

/** A structured stage condition (never a code string). */
export type Condition =
  | IndicatorCondition
  | { domain: string; scoreAtLeast: number; label?: Text }
  | { overall: { scoreAtLeast: number }; label?: Text }
  | { all: Condition[]; label?: Text }
  | { any: Condition[]; label?: Text }
  | { kOf: { k: number; conditions: Condition[] }; label?: Text };

export interface IndicatorCondition {
  indicator: string;
  atLeast?: number;
  atMost?: number;
  equals?: string | number | boolean;
  includes?: string | string[];
  scoreAtLeast?: number;
  label?: Text;
}

export interface Branch {
  id: string;
  label?: Text;
  criteria: Condition[];
}

export interface Stage {
  id: string | number;
  label: Text;
  description?: Text;
  criteria?: Condition[];
  threshold?: number;
  branches?: Branch[];
  require?: number;
  min?: number;
}

export type StageBasis = 'overall' | { domain: string } | { meanLevel: { indicators?: string[]; domains?: string[] } };

interface StageModelBase {
  title?: Text;
  stages: Stage[];
}

/** Cumulative gates: a stage counts when all its criteria and every lower stage's hold. */
export interface CumulativeModel extends StageModelBase {
  model: 'cumulative';
}

/** Percentage gates: a stage counts when a share of its criteria (and every lower stage) holds. */
export interface PercentageModel extends StageModelBase {
  model: 'percentage';
  /** The share of a stage's criteria that must hold, unless the stage says otherwise (default 0.7). */
  threshold?: number;
}

/** k-of-n branches: a stage counts when its criteria and `require` of its branches hold. */
export interface BranchesModel extends StageModelBase {
  model: 'branches';
}

/** Bands of a continuous basis (a score or the mean level), rounded as stated. */
export interface BandsModel extends StageModelBase {
  model: 'bands';
  basis?: StageBasis;
  rounding?: 'up' | 'down' | 'nearest' | 'none';
}

/** A stage model, told apart by `model`; each has its evaluator in src/scoring/stage-models/. */
export type StageModel = CumulativeModel | PercentageModel | BranchesModel | BandsModel;

/** A stage model as written: the schema does not tie fields to models (the lint warns about those ignored). */
export type WrittenStageModel = StageModel & Partial<Omit<BandsModel, 'model'> & Omit<PercentageModel, 'model'>>;

export interface CrosswalkMapping {
  from: string;
  to: string;
  values?: Record<string, unknown>;
}

export interface Crosswalk {
  target: { id: string; version: string };
  description?: Text;
  mappings: CrosswalkMapping[];
}

export interface Reference {
  id: string;
  citation: string;
  url?: string;
}

/** A questionnaire as written in its YAML file. */
export interface Questionnaire {
  id: string;
  version: string;
  title: Text;
  description: Text;
  subjectKinds: SubjectKind[];
  languages?: string[];
  references?: Reference[];
  scoring?: ScoringSettings;
  domains: Domain[];
  stages?: StageModel;
  crosswalks?: Crosswalk[];
}
