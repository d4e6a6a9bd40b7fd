import type { Condition, Indicator, StageModel } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import type { CompiledQuestionnaire } from './compile.js';
import { rawOverall } from './compute.js';
import { conditionTruth } from './condition.js';
import { answerKnown } from './resolve-answers.js';
import type { ConditionState } from './condition-state.js';
import { unknownIndicators } from './condition-unknowns.js';
import { valueInWords } from './condition-text.js';
import { gainsToBest } from './best-gains.js';
import { applyChanges, type Change } from './cheapest-changes.js';
import { searchPlan } from './plan-search.js';
import { bestValue, requiredValue } from './required-value.js';
import { round2 } from './round.js';
import type { AnswerValue, ScorecardPlan, ScorecardPlanStep } from './scorecard.js';
import type { StageEvaluation } from './stage.js';
import { inQuestionnaireOrder } from './stage-models/stage-evaluator.js';

/** How many stages past the proven one a plan covers (the next one and the one after). */
export const PLAN_STAGES = 2;
/** How many "raise it to its best" candidates a score threshold (domain, overall, band) adds to the search. */
const SCORE_CANDIDATES = 6;
/** The most candidate changes one search weighs (tests that make a gate hold first, then raises by gain). */
const MAX_CANDIDATES = 14;

function leaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  if ('kOf' in condition) return condition.kOf.conditions.flatMap(leaves);
  return [condition];
}

function stageConditions(model: StageModel, upTo: number): Condition[] {
  return model.stages
    .slice(0, upTo + 1)
    .flatMap((s) => [...(s.criteria ?? []), ...(s.branches ?? []).flatMap((b) => b.criteria)]);
}

/** Changes that raise one indicator among `members` to its best answer, those with the most overall gain first. */
function raiseToBest(
  compiled: CompiledQuestionnaire,
  answers: readonly ConditionState['answers'][number][],
  members: readonly number[],
  gains: readonly number[],
): Change[] {
  return members
    .flatMap((index): Change[] => {
      const c = compiled.indicators[index]!;
      const value = bestValue(c);
      const now = answers[index]!;
      return value !== undefined && (!answerKnown(now) || (now.score ?? 0) < c.best - 1e-9) ? [{ index, value }] : [];
    })
    .map((change) => ({ change, gain: gains[change.index]! }))
    .sort((a, b) => b.gain - a.gain || a.change.index - b.change.index)
    .slice(0, SCORE_CANDIDATES)
    .map((x) => x.change);
}

/** The changes worth trying to prove stage `target`: an answer that makes each not-true test hold, and raises towards a score threshold. */
function candidatesFor(model: StageModel, target: number, state: ConditionState, gains: readonly number[]): Change[] {
  const { compiled, answers } = state;
  const all = compiled.indicators.map((_, i) => i);
  const out: Change[] = [];
  if (model.model === 'bands') {
    const basis = model.basis ?? 'overall';
    const members =
      basis === 'overall'
        ? all
        : 'domain' in basis
          ? (compiled.domains.find((d) => d.domain.id === basis.domain)?.members ?? [])
          : all.filter((i) => compiled.indicators[i]!.indicator.type === 'level');
    out.push(...raiseToBest(compiled, answers, members, gains));
  } else {
    for (const leaf of stageConditions(model, target).flatMap(leaves)) {
      if (conditionTruth(leaf, state) === 'true') continue;
      if ('indicator' in leaf) {
        const index = compiled.byId.get(leaf.indicator);
        if (index === undefined) continue;
        const now = answers[index]!;
        const value = requiredValue(leaf, compiled.indicators[index]!, answerKnown(now) ? now.value : null);
        if (value !== undefined) out.push({ index, value });
      } else {
        const members =
          'domain' in leaf ? (compiled.domains.find((d) => d.domain.id === leaf.domain)?.members ?? []) : all;
        out.push(...raiseToBest(compiled, answers, members, gains));
      }
    }
  }
  const seen = new Set<string>();
  return out
    .filter((c) => {
      const key = `${c.index}:${JSON.stringify(c.value)}`;
      return !seen.has(key) && (seen.add(key), true);
    })
    .slice(0, MAX_CANDIDATES);
}

/** The answer a change asks for, in words; for a list that only grows, what it adds (`also X`). */
function requiredInWords(indicator: Indicator, current: AnswerValue | null, value: AnswerValue, lang: string): string {
  if (Array.isArray(value) && Array.isArray(current) && current.length > 0 && current.every((v) => value.includes(v))) {
    return `also ${valueInWords(
      indicator,
      value.filter((v) => !current.includes(v)),
      lang,
    )}`;
  }
  return valueInWords(indicator, value, lang);
}

/**
 * The action plan: for the stage after the proven one and the one after that, the smallest set of
 * answer changes that proves it (a search over the changes that make the gates' tests hold), each
 * change with its answer now and the one required in words and its own gain of the overall score;
 * the unknown answers the stages depend on, apart, to be answered first; and the base every gain
 * is computed from.
 */
export function actionPlan(
  state: ConditionState,
  evaluation: StageEvaluation,
  recommendationsTotal: number,
): ScorecardPlan {
  const { compiled, answers, lang } = state;
  const model = compiled.questionnaire.stages;
  const base = rawOverall(
    compiled,
    answers.map((a) => a.score),
  );
  const bestGains = gainsToBest(
    compiled,
    answers.map((a) => a.score),
  ).gains;
  const gains = new Map<string, number>();
  const gainOf = (c: Change): number => {
    const key = `${c.index}:${JSON.stringify(c.value)}`;
    let gain = gains.get(key);
    if (gain === undefined)
      gains.set(
        key,
        (gain =
          (rawOverall(
            compiled,
            applyChanges(compiled, answers, [c]).map((a) => a.score),
          ) ?? 0) - (base ?? 0)),
      );
    return gain;
  };
  const steps: ScorecardPlanStep[] = [];
  const deciding = new Set(evaluation.unknowns);
  const proven = evaluation.stage?.index ?? -1;
  if (model) {
    for (let target = proven + 1; target <= Math.min(model.stages.length - 1, proven + PLAN_STAGES); target++) {
      const stage = { id: model.stages[target]!.id, label: pickText(model.stages[target]!.label, lang), index: target };
      for (const c of stageConditions(model, target)) unknownIndicators(c, state, deciding);
      const found = searchPlan(state, model, target, candidatesFor(model, target, state, bestGains), bestGains);
      if (!found) {
        steps.push({ stage, reachable: false, smallest: true, changes: [], scoreAfter: null });
        continue;
      }
      const changes = found.changes
        .sort((a, b) => a.index - b.index)
        .map((c) => {
          const ci = compiled.indicators[c.index]!;
          const now = answers[c.index]!;
          const known = answerKnown(now);
          return {
            indicator: ci.indicator.id,
            title: pickText(ci.indicator.title, lang),
            current: known
              ? valueInWords(ci.indicator, now.value, lang)
              : now.status === 'expired' && now.value !== null
                ? `${valueInWords(ci.indicator, now.value, lang)} (expired)`
                : 'unknown',
            required: requiredInWords(ci.indicator, known ? now.value : null, c.value, lang),
            value: c.value,
            unknown: !known,
            gain: round2(Math.max(0, gainOf(c))),
          };
        });
      steps.push({
        stage,
        reachable: true,
        smallest: found.smallest,
        changes,
        scoreAfter: found.overall === null ? null : round2(found.overall),
      });
    }
  }
  const answerFirst = inQuestionnaireOrder(deciding, state).map((id) => ({
    indicator: id,
    title: pickText(compiled.indicators[compiled.byId.get(id)!]!.indicator.title, lang),
  }));
  return { base: base === null ? null : round2(base), steps, answerFirst, recommendationsTotal };
}
