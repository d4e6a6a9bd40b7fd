import { contentHash } from '../questionnaire/canonical-hash.js';
import type { Assessment } from '../questionnaire/assessment-model.js';
import type { LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import type { Questionnaire, UnknownPolicy } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import { TOOL } from '../version.js';
import { describeAggregation } from './aggregate.js';
import { compileQuestionnaire, type CompiledQuestionnaire } from './compile.js';
import { computeScores } from './compute.js';
import { valueInWords } from './condition-text.js';
import { crosswalkAssessment } from './crosswalk.js';
import { actionPlan } from './action-plan.js';
import { recommend, RECOMMENDATIONS_TOP } from './recommendations.js';
import type { ConditionState } from './condition-state.js';
import { resolveAnswers, type ResolvedAnswer, type UnknownRule } from './resolve-answers.js';
import { scorecardWarning, scoringWarning, type ScoringWarning } from './scoring-rules.js';
import { round2, round4 } from './round.js';
import {
  SCORECARD_FORMAT_VERSION,
  type Scorecard,
  type ScorecardDomain,
  type ScorecardIndicator,
} from './scorecard.js';
import { sourceShares } from './sources.js';
import { evaluateStage } from './stage.js';
import { equalWeightScore, scoreBounds } from './uncertainty.js';

/** Options of {@link scoreAssessment}. */
export interface ScoreOptions {
  /** Language of titles, labels and texts (falls back to English). Default `en`. */
  lang?: string;
  /** How many recommendations the scorecard keeps, best first (default {@link RECOMMENDATIONS_TOP}; `Infinity` for all). */
  recommendations?: number;
  /** Finds crosswalk targets (e.g. `resolverOf(await loadRegistry())`); without it, crosswalks are not scored. */
  resolve?: (id: string, version: string) => Questionnaire | undefined;
  /** Missing-data policy instead of the questionnaire's declared one (`--unknown`). */
  unknown?: UnknownPolicy;
  /** Under `impute-group`: the comparison group's median score by indicator id (see {@link groupMedians}). */
  imputed?: ReadonlyMap<string, number>;
}

// Module cache: a pure memo of a questionnaire's hash (WeakMap: it dies with the questionnaire).
const hashes = new WeakMap<Questionnaire, string>();

function hashOf(questionnaire: Questionnaire): string {
  let hash = hashes.get(questionnaire);
  if (!hash) hashes.set(questionnaire, (hash = contentHash(questionnaire)));
  return hash;
}

interface Scored {
  answers: ResolvedAnswer[];
  warnings: ScoringWarning[];
  computed: ReturnType<typeof computeScores>;
  state: ConditionState;
  stage: ReturnType<typeof evaluateStage>;
}

function scoreCompiled(
  compiled: CompiledQuestionnaire,
  assessment: Assessment,
  lang: string,
  rule: UnknownRule = { policy: compiled.unknown },
): Scored {
  const { answers, warnings } = resolveAnswers(compiled, assessment, rule);
  const computed = computeScores(
    compiled,
    answers.map((a) => a.score),
    answers.map((a) => a.answered),
    rule.policy !== 'exclude',
  );
  const state: ConditionState = {
    compiled,
    answers,
    domainScores: computed.domains.map((d) => d.score),
    overall: computed.score,
    lang,
  };
  return { answers, warnings, computed, state, stage: evaluateStage(compiled.questionnaire.stages, state) };
}

/**
 * Scores an assessment against its questionnaire (both already loaded and checked; evidence
 * already resolved into answer values) and returns the scorecard. Pure and deterministic: the same
 * inputs give the same scorecard, byte for byte once serialised.
 *
 * @example
 * const registry = await loadRegistry();
 * const { assessment, questionnaire } = await loadAssessment('site.yaml', { registry });
 * const card = scoreAssessment(questionnaire, assessment, { lang: 'de', resolve: resolverOf(registry) });
 */
export function scoreAssessment(
  questionnaire: Questionnaire | LoadedQuestionnaire,
  assessment: Assessment,
  options: ScoreOptions = {},
): Scorecard {
  const q =
    'source' in questionnaire && 'hash' in questionnaire
      ? questionnaire.questionnaire
      : (questionnaire as Questionnaire);
  const lang = options.lang ?? 'en';
  const compiled = compileQuestionnaire(q);
  const policy = options.unknown ?? compiled.unknown;
  const { answers, warnings, computed, state, stage } = scoreCompiled(compiled, assessment, lang, {
    policy,
    imputed: options.imputed,
  });
  const recommendations = recommend(compiled, answers, lang);

  const domains = compiled.domains.map((d, i): ScorecardDomain => {
    const result = computed.domains[i]!;
    if (result.score === null && result.raw !== null)
      warnings.push(
        scoringWarning('domain.insufficient-data', {
          domain: d.domain.id,
          coverage: Math.round(result.coverage * 100),
          needed: Math.round(d.minCoverage * 100),
        }),
      );
    return {
      id: d.domain.id,
      title: pickText(d.domain.title, lang),
      score: result.score === null ? null : round2(result.score),
      status: result.score === null ? 'insufficient-data' : 'scored',
      coverage: round4(result.coverage),
      weight: d.weight,
      aggregation: describeAggregation(d.aggregation),
    };
  });
  const indicators = compiled.indicators.map((c, i): ScorecardIndicator => {
    const a = answers[i]!;
    const out: ScorecardIndicator = {
      id: c.indicator.id,
      domain: compiled.domains[c.domainIndex]!.domain.id,
      title: pickText(c.indicator.title, lang),
      type: c.indicator.type,
      answer: a.value,
      status: a.status,
      score: a.score === null ? null : round2(a.score),
      weight: c.weight,
      overallWeight: round4(c.overallWeight),
      source: a.answered ? a.source : null,
    };
    if (a.value !== null) out.answerLabel = valueInWords(c.indicator, a.value, lang);
    if (a.note !== undefined) out.note = a.note;
    if (a.evidence !== undefined) out.evidence = a.evidence;
    if (a.measured !== undefined) out.measured = a.measured;
    if (a.established !== undefined) out.established = a.established;
    if (a.expires !== undefined) out.expires = a.expires;
    if (c.indicator.frameworks) out.frameworks = c.indicator.frameworks;
    return out;
  });
  if (computed.score === null && computed.raw !== null)
    warnings.push(
      scoringWarning('overall.insufficient-data', {
        coverage: Math.round(computed.coverage * 100),
        needed: Math.round(compiled.minCoverage * 100),
      }),
    );

  const crosswalks = scoreCrosswalks(q, assessment, lang, options, warnings);
  const card: Scorecard = {
    formatVersion: SCORECARD_FORMAT_VERSION,
    subject: { ...assessment.subject },
    period: assessment.period,
    questionnaire: { id: q.id, version: q.version, title: pickText(q.title, lang), hash: hashOf(q) },
    tool: { name: TOOL.name, version: TOOL.version },
    language: lang,
    overall: {
      score: computed.score === null ? null : round2(computed.score),
      status: computed.score === null ? 'insufficient-data' : 'scored',
      coverage: round4(computed.coverage),
      stage: stage.stage,
      stagePossible: stage.possible,
      stageUnknowns: stage.unknowns,
      uncertainty: scoreBounds(compiled, answers, computed.score),
      sensitivity: equalWeightScore(compiled, answers),
      aggregation: describeAggregation(compiled.aggregation),
    },
    domains,
    indicators,
    gaps: stage.gaps,
    recommendations: recommendations.slice(0, options.recommendations ?? RECOMMENDATIONS_TOP),
    plan: actionPlan(state, stage, recommendations.length),
    sources: sourceShares(compiled, answers),
    warnings: warnings.map(scorecardWarning),
  };
  if (assessment.date !== undefined) card.date = assessment.date;
  card.missingData = missingDataOf(policy, compiled.rankMinCoverage, answers, domains, card.overall);
  if (crosswalks.length) card.crosswalks = crosswalks;
  return card;
}

/** The policy applied and whether rankings place the subject (under `exclude`, not below the minimum coverage). */
function missingDataOf(
  policy: UnknownPolicy,
  rankMinCoverage: number,
  answers: readonly ResolvedAnswer[],
  domains: readonly ScorecardDomain[],
  overall: Scorecard['overall'],
): NonNullable<Scorecard['missingData']> {
  const ranked = overall.score !== null && (policy !== 'exclude' || overall.coverage >= rankMinCoverage - 1e-12);
  return {
    policy,
    rankMinCoverage,
    imputed: answers.filter((a) => a.status === 'imputed').length,
    naDomains: domains.filter((d) => d.score === null).length,
    ranked,
  };
}

function scoreCrosswalks(
  q: Questionnaire,
  assessment: Assessment,
  lang: string,
  options: ScoreOptions,
  warnings: ScoringWarning[],
): NonNullable<Scorecard['crosswalks']> {
  const out: NonNullable<Scorecard['crosswalks']> = [];
  for (const crosswalk of q.crosswalks ?? []) {
    const target = options.resolve?.(crosswalk.target.id, crosswalk.target.version);
    if (!target) {
      if (options.resolve)
        warnings.push(
          scoringWarning('crosswalk.unknown-target', {
            target: crosswalk.target.id,
            version: crosswalk.target.version,
          }),
        );
      continue;
    }
    const mapped = crosswalkAssessment(assessment, crosswalk, target);
    warnings.push(...mapped.warnings);
    const compiled = compileQuestionnaire(target);
    const { computed, stage } = scoreCompiled(compiled, mapped.assessment, lang);
    out.push({
      questionnaire: { id: target.id, version: target.version },
      overall: {
        score: computed.score === null ? null : round2(computed.score),
        coverage: round4(computed.coverage),
        stage: stage.stage,
        stagePossible: stage.possible,
      },
      domains: compiled.domains.map((d, i) => ({
        id: d.domain.id,
        title: pickText(d.domain.title, lang),
        score: computed.domains[i]!.score === null ? null : round2(computed.domains[i]!.score!),
        coverage: round4(computed.domains[i]!.coverage),
      })),
    });
  }
  return out;
}
