/**
 * The report model: everything a report shows, computed from scorecards, before any rendering.
 * `report.json` is this object (its JSON Schema is report.schema.json); the Markdown, HTML and
 * CSV renderers only format it. Numbers are rounded once, here, so every output shows the same.
 */
import type { AnswerSource, AnswerValue, ScorecardSubject, StageRef } from '../scoring/scorecard.js';
import type { Language } from './i18n/languages.js';

/** Which report a questionnaire group gets, chosen from how many subjects it has and of which kind. */
export type ReportKind = 'self-audit' | 'consortium' | 'national';

/** Five-number summary plus mean and Tukey whiskers (1.5 x IQR), over the scored values only. */
export interface DistributionStats {
  /** Number of scored values (null scores are counted in `missing`). */
  n: number;
  missing: number;
  min: number | null;
  p10: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  p90: number | null;
  max: number | null;
  mean: number | null;
  iqr: number | null;
  whiskerLow: number | null;
  whiskerHigh: number | null;
  /** Values outside the whiskers. */
  outliers: number;
}

/** One subject's latest scorecard in a group, as the report shows it. */
export interface SubjectRow {
  /** Stable key: the subject id, or its pseudonym when anonymised. */
  key: string;
  /** What the report prints: the name, or the pseudonym. */
  label: string;
  kind: ScorecardSubject['kind'];
  /** Omitted when anonymised (they could identify the subject). */
  country: string | null;
  region: string | null;
  type: string | null;
  size: string | null;
  fictional: boolean;
  period: string;
  /** 1-based rank by overall score among the ranked subjects (ties share a rank); null when not ranked. */
  rank: number | null;
  /** False: no overall score, or below the minimum coverage for ranking under the exclude policy (listed apart). */
  ranked: boolean;
  /** Domains with insufficient data (n/a), left out of the overall score. */
  naDomains: number;
  /** Monte Carlo results: score and rank medians and 90 % intervals, first-order sensitivity of the rank per factor. */
  monteCarlo: {
    score: { median: number; low: number; high: number };
    rank: { median: number; low: number; high: number; of: number } | null;
    sensitivity: { unknowns: number; weights: number; aggregation: number; selfReported: number } | null;
  } | null;
  overall: number | null;
  uncertainty: { low: number; high: number; method: string } | null;
  coverage: number;
  /** The stage proven (every gate true). */
  stage: StageRef | null;
  /** The highest stage possible were the unknown gate answers to hold (never below `stage`; above it: the stage is not determined). */
  stagePossible: StageRef | null;
  /** How many unknown answers decide between `stage` and `stagePossible`. */
  stageUnknowns: number;
  /** Domain scores in the group's domain order. */
  domains: { id: string; score: number | null; coverage: number }[];
  sources: Record<AnswerSource, number>;
  warnings: number;
  /** Indicators whose answer a measurement replaced (verified evidence from \`readiness validate\`). */
  measured: number;
}

/** One answer that a measurement replaced: what was claimed, what was measured, and how. */
export interface EvidenceEntry {
  subject: string;
  key: string;
  indicator: string;
  title: string;
  /** The assessment's answer before (a number, or its text), or null when it gave none. */
  claimed: number | string | null;
  measured: number;
  /** measured - claimed, in points; null when the claim was not a number. */
  difference: number | null;
  /** |difference| above the report's contradiction threshold. */
  contradiction: boolean;
  metric: string;
  kind: 'fhir' | 'dicom';
  /** The sample the metric was measured over. */
  items: number;
  unit: 'resources' | 'files';
  /** Share of the sample without any error (the summary's "without errors" line), 0-100. */
  conformant: number;
  /** The conformance summary file; null when anonymised. */
  summary: string | null;
}

/** A subject x indicator grid (national reports of countries or regions): each answer, and its score for the colour. */
export interface SubjectGrid {
  /** Columns, in questionnaire order; \`code\` is the short header (domain number.indicator number). */
  indicators: { id: string; code: string; domain: string; title: string }[];
  rows: { key: string; label: string; country: string | null; cells: { text: string; score: number | null }[] }[];
}

/** One page per subject of a national report: where it stands, by domain, against the deadlines, over time. */
export interface SubjectProfile {
  key: string;
  label: string;
  country: string | null;
  region: string | null;
  period: string;
  overall: number | null;
  coverage: number;
  stage: StageRef | null;
  stagePossible: StageRef | null;
  /** Per domain: score, and the mean level of its answered level indicators rounded up (null: none). */
  domains: {
    id: string;
    title: string;
    score: number | null;
    level: number | null;
    answered: number;
    indicators: number;
  }[];
  trend: { from: string; to: string; overall: number | null } | null;
  deadlines: { indicator: string; title: string; deadline: string; answer: string | null; score: number | null }[];
  evidence: number;
}

/** One indicator of one subject (self-audit table and indicators.csv). */
export interface IndicatorRow {
  subject: string;
  period: string;
  id: string;
  domain: string;
  title: string;
  answer: AnswerValue | null;
  answerLabel: string | null;
  status: 'answered' | 'unknown' | 'missing' | 'expired' | 'imputed';
  score: number | null;
  weight: number;
  overallWeight: number;
  source: AnswerSource | null;
  /** Free text of the subject; dropped when anonymised. */
  note: string | null;
  evidence: string | null;
}

export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** A chart: what it shows (title, axes, alt text, the numbers as a table) and the data to draw it. */
export interface ChartSpec {
  /** File stem under charts/ (unique in the report). */
  id: string;
  type:
    | 'ranking'
    | 'heatmap'
    | 'radar'
    | 'stage-distribution'
    | 'boxplot'
    | 'choropleth'
    | 'trend'
    | 'reference-radar'
    | 'breakdown'
    | 'grid';
  title: string;
  xLabel: string;
  yLabel: string;
  alt: string;
  width: number;
  height: number;
  table: ChartTable;
  /** The chart's data in the form its renderer needs (numbers and labels only). */
  data: unknown;
}

export interface DomainRef {
  id: string;
  title: string;
  weight: number;
}

export interface LeaderEntry {
  domain: string;
  title: string;
  leaders: { subject: string; score: number }[];
  laggards: { subject: string; score: number }[];
}

export interface BreakdownGroup {
  key: string;
  /** Number of subjects; null when suppressed. */
  n: number | null;
  /**
   * True when the group is too small to show (fewer than min-group subjects), or when its figures
   * would let a suppressed group be worked out from the totals: no size, no figures are shown.
   */
  suppressed: boolean;
  /** Null when suppressed; without order statistics (min to max are null) under 2 x min-group scored subjects. */
  overall: DistributionStats | null;
}

export interface Breakdown {
  by: 'region' | 'type' | 'size' | 'country';
  groups: BreakdownGroup[];
}

export interface TrendSeries {
  subject: string;
  points: { period: string; overall: number | null; domains: (number | null)[] }[];
  /** Change from the previous period to the latest, per domain (same order as `domains`) and overall. */
  change: { from: string; to: string; overall: number | null; domains: (number | null)[] } | null;
}

export interface SelfAudit {
  subject: string;
  period: string;
  overall: number | null;
  coverage: number;
  stage: StageRef | null;
  stagePossible: StageRef | null;
  /** The indicators whose answers decide between `stage` and `stagePossible`. */
  stageUnknowns: string[];
  nextStage: StageRef | null;
  uncertainty: { low: number; high: number; method: string } | null;
  indicators: IndicatorRow[];
  /** Conditions of the next stage that are not true: unmet (false) or unknown (answers missing). */
  gaps: {
    stage: string;
    status: 'unmet' | 'unknown';
    condition: string;
    indicator: string | null;
    current: string | null;
    required: string | null;
  }[];
  /** The action plan: changes that prove the next stages, from `base`; null for a format 1 scorecard. */
  plan: {
    base: number | null;
    recommendationsTotal: number;
    answerFirst: { indicator: string; title: string }[];
    steps: {
      stage: string;
      reachable: boolean;
      smallest: boolean;
      scoreAfter: number | null;
      changes: {
        indicator: string;
        title: string;
        current: string;
        required: string;
        unknown: boolean;
        gain: number;
      }[];
    }[];
  } | null;
  /** By gain per change; `scoreAfter` is the overall score with that change alone (from the plan's base). */
  recommendations: {
    indicator: string;
    title: string;
    text: string;
    potentialGain: number;
    currentScore: number | null;
    scoreAfter: number | null;
  }[];
  /** Share of the overall score carried by answers of each source (0..1), and by unanswered indicators. */
  sources: Record<AnswerSource, number>;
  warnings: { code: string; message: string }[];
  reference: { n: number; overall: DistributionStats; domains: { id: string; stats: DistributionStats }[] } | null;
}

/** An indicator tied to a legal date by the questionnaire (e.g. an EHDS priority category), and where the subjects stand. */
export interface DeadlineEntry {
  indicator: string;
  title: string;
  /** The framework that sets the date (`ehds` for a mapping `ehds-deadline`). */
  framework: string;
  /** The indicator's category in that framework (`ehds: patient-summaries`), if it names one. */
  category: string | null;
  /** YYYY-MM-DD. */
  deadline: string;
  /** Subjects whose scorecard has the indicator, and how many of them answered it. */
  subjects: number;
  answered: number;
  /** Median score of the answers, or null when nobody answered. */
  median: number | null;
  /** How many subjects gave each answer (by its label), sorted by label. */
  answers: { label: string; count: number }[];
}

/** All the scorecards of one questionnaire id and version: never averaged with another. */
export interface ReportGroup {
  key: string;
  questionnaire: { id: string; version: string; title: string; hashes: string[] };
  tools: string[];
  kind: ReportKind;
  subjectKinds: ScorecardSubject['kind'][];
  scorecards: number;
  domains: DomainRef[];
  subjects: SubjectRow[];
  overall: DistributionStats;
  domainStats: { id: string; stats: DistributionStats }[];
  /** Subjects per proven stage; `none` (index -1) for no stage, and `not-determined` (index -2, last) for a stage range (proven below possible). */
  stages: { id: string; label: string; index: number; count: number }[];
  leaders: LeaderEntry[];
  deadlines: DeadlineEntry[];
  breakdowns: Breakdown[];
  trends: TrendSeries[];
  selfAudit: SelfAudit | null;
  /** Every answer a measurement replaced, contradictions first. */
  evidence: EvidenceEntry[];
  /** |claimed - measured| above this many points is a contradiction. */
  contradictionPoints: number;
  /** National reports of listed countries or regions: the subject x indicator grid, and one profile per subject. */
  grid: SubjectGrid | null;
  profiles: SubjectProfile[];
  charts: ChartSpec[];
  notes: string[];
  /** The missing-data policy of the group's scorecards, in words, and how many subjects are not ranked. */
  missingData: { policy: 'exclude' | 'lowest' | 'impute-group' | 'mixed'; text: string; notRanked: number };
  /** The Monte Carlo uncertainty analysis of the group (null when not run), and the neighbours whose order is not certain. */
  uncertainty: {
    draws: number;
    seed: number;
    weightRange: number;
    selfReported: number;
    aggregations: string[];
    interval: number;
    estimator: string;
    uncertainOrder: string[];
  } | null;
}

export interface ReportModel {
  formatVersion: 1;
  title: string;
  language: Language;
  date: string | null;
  tool: { name: string; version: string };
  anonymised: boolean;
  minGroup: number;
  inputs: { scorecards: number; skipped: { file: string; message: string }[] };
  groups: ReportGroup[];
  notes: string[];
}
