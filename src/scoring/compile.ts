import type {
  Aggregation,
  Domain,
  Indicator,
  MissingTreatment,
  Questionnaire,
  UnknownPolicy,
} from '../questionnaire/model.js';
import { ARITHMETIC } from './aggregate.js';
import { indicatorType } from '../questionnaire/indicator-types/index.js';
import type { AnswerMismatch } from '../questionnaire/indicator-types/indicator-type.js';
import type { AnswerValue } from './scorecard.js';

/** The default minimum coverage: below 65 % of weight answered, "insufficient data". */
export const DEFAULT_MIN_COVERAGE = 0.65;

/** The default share of weight answered below which, under the `exclude` policy, a subject is not ranked. */
export const DEFAULT_RANK_MIN_COVERAGE = 0.8;
/** Defaults of the Monte Carlo uncertainty analysis: weights within ±25 %, self-reported answers moved with probability 0.2. */
export const DEFAULT_WEIGHT_RANGE = 0.25;
export const DEFAULT_SELF_REPORTED_MOVE = 0.2;

/** An indicator ready for scoring: its domain, weights, missing rule and reachable scores. */
export interface CompiledIndicator {
  indicator: Indicator;
  domainIndex: number;
  weight: number;
  /** Share of the overall score it carries (nominal: weight in domain × domain weight share). */
  overallWeight: number;
  missing: MissingTreatment;
  lowest: number;
  best: number;
  /** The indicator's score of a (checked) answer value. */
  score: (value: AnswerValue) => number;
  /** Why a value (as scored) does not fit the indicator; undefined when it fits. */
  check: (value: AnswerValue) => AnswerMismatch | undefined;
}

export interface CompiledDomain {
  domain: Domain;
  weight: number;
  aggregation: Aggregation;
  minCoverage: number;
  /** Positions of its indicators in {@link CompiledQuestionnaire.indicators}. */
  members: number[];
  totalWeight: number;
}

/** A questionnaire prepared once for scoring many assessments. */
export interface CompiledQuestionnaire {
  questionnaire: Questionnaire;
  domains: CompiledDomain[];
  indicators: CompiledIndicator[];
  byId: Map<string, number>;
  aggregation: Aggregation;
  minCoverage: number;
  /** The declared missing-data policy (default exclude). */
  unknown: UnknownPolicy;
  rankMinCoverage: number;
  uncertainty: { weightRange: number; aggregations: Aggregation[]; selfReported: number };
}

// Module cache: each questionnaire compiled once (WeakMap: it dies with the questionnaire).
const cache = new WeakMap<Questionnaire, CompiledQuestionnaire>();

/** Prepares a (checked) questionnaire for scoring; cached per questionnaire object. */
export function compileQuestionnaire(questionnaire: Questionnaire): CompiledQuestionnaire {
  const known = cache.get(questionnaire);
  if (known) return known;
  const settings = questionnaire.scoring ?? {};
  const domainWeightSum = questionnaire.domains.reduce((s, d) => s + (d.weight ?? 1), 0);
  const indicators: CompiledIndicator[] = [];
  const domains = questionnaire.domains.map((domain, domainIndex): CompiledDomain => {
    const totalWeight = domain.indicators.reduce((s, i) => s + (i.weight ?? 1), 0);
    const members = domain.indicators.map((indicator) => {
      const weight = indicator.weight ?? 1;
      const type = indicatorType(indicator);
      indicators.push({
        indicator,
        domainIndex,
        weight,
        overallWeight: ((weight / totalWeight) * (domain.weight ?? 1)) / domainWeightSum,
        missing: indicator.missing ?? domain.missing ?? settings.missing ?? { treat: 'exclude' },
        ...type.bounds(indicator),
        score: type.scorer(indicator),
        check: type.checker(indicator),
      });
      return indicators.length - 1;
    });
    return {
      domain,
      weight: domain.weight ?? 1,
      aggregation: domain.aggregation ?? settings.indicatorAggregation ?? ARITHMETIC,
      minCoverage: domain.minCoverage ?? settings.minCoverage ?? DEFAULT_MIN_COVERAGE,
      members,
      totalWeight,
    };
  });
  const compiled: CompiledQuestionnaire = {
    questionnaire,
    domains,
    indicators,
    byId: new Map(indicators.map((c, i) => [c.indicator.id, i])),
    aggregation: settings.aggregation ?? ARITHMETIC,
    minCoverage: settings.minCoverage ?? DEFAULT_MIN_COVERAGE,
    unknown: settings.unknown ?? 'exclude',
    rankMinCoverage: settings.rankMinCoverage ?? DEFAULT_RANK_MIN_COVERAGE,
    uncertainty: {
      weightRange: settings.uncertainty?.weightRange ?? DEFAULT_WEIGHT_RANGE,
      // The declared aggregation keeps its floor; an alternative method gets the default floor.
      aggregations: (settings.uncertainty?.aggregations ?? [settings.aggregation?.method ?? 'arithmetic']).map(
        (method) =>
          method === (settings.aggregation?.method ?? 'arithmetic') ? (settings.aggregation ?? ARITHMETIC) : { method },
      ),
      selfReported: settings.uncertainty?.selfReported ?? DEFAULT_SELF_REPORTED_MOVE,
    },
  };
  cache.set(questionnaire, compiled);
  return compiled;
}
