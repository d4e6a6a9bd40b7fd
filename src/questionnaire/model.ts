/**
 * The questionnaire model: the TypeScript shape of questionnaires/schema/questionnaire.schema.json.
 * A loaded questionnaire has passed that schema, so these types hold for it.
 */
import type { Text } from './text.js';

export type SubjectKind = 'site' | 'region' | 'country';
export type IndicatorType = 'boolean' | 'level' | 'percentage' | 'number' | 'choice' | 'multi';
export type AggregationMethod = 'arithmetic' | 'geometric' | 'harmonic' | 'generalised';

/** How scores are combined at one level (indicators into a domain, domains into the overall). */
export interface Aggregation {
  method: AggregationMethod;
  /** Exponent of the generalised mean. */
  power?: number;
  /** Scores below this are raised to it before geometric/harmonic means; default 1. */
  floor?: number;
}

/** What a missing or `unknown` answer means. */
export interface MissingTreatment {
  treat: 'exclude' | 'lowest' | 'fixed';
  score?: number;
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

export type Frameworks = Record<string, string | string[]>;

export interface Level {
  value: number;
  label: Text;
  description?: Text;
  score?: number;
}

export interface Option {
  value: string;
  label: Text;
  description?: Text;
  score?: number;
  points?: number;
}

export interface Band {
  min: number;
  score: number;
  label?: Text;
}

export type NumericScoring =
  { method: 'linear' | 'log'; floor: number; target: number } | { method: 'bands'; bands: Band[] };

export interface Indicator {
  id: string;
  title: Text;
  question?: Text;
  help?: Text;
  type: IndicatorType;
  weight?: number;
  missing?: MissingTreatment;
  frameworks?: Frameworks;
  recommendation?: Text;
  evidence?: { metric: string; scale?: number };
  scores?: { yes?: number; no?: number };
  levels?: Level[];
  unit?: string;
  range?: { min?: number; max?: number };
  scoring?: NumericScoring;
  options?: Option[];
  cap?: number;
  /** percentage: answers are written as fractions 0..1 and read as percentages (x 100). */
  fraction?: boolean;
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

export interface StageModel {
  model: 'cumulative' | 'percentage' | 'branches' | 'bands';
  title?: Text;
  threshold?: number;
  basis?: StageBasis;
  rounding?: 'up' | 'down' | 'nearest' | 'none';
  stages: Stage[];
}

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
