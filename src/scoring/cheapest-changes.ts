import type { Condition, Stage, StageModel } from '../questionnaire/model.js';
import { computeScores } from './compute.js';
import { conditionTruth } from './condition.js';
import { answerKnown } from './resolve-answers.js';
import type { ConditionState } from './condition-state.js';
import { criteriaNeeded } from './stage-models/percentage.js';
import type { CompiledQuestionnaire } from './compile.js';
import type { ResolvedAnswer } from './resolve-answers.js';
import type { AnswerValue } from './scorecard.js';
import { bestValue, requiredValue } from './required-value.js';

/** One answer to give: indicator position and value. */
export interface Change {
  index: number;
  value: AnswerValue;
}

/** The answers with the changes given (each as a known, self-reported answer). */
export function applyChanges(
  compiled: CompiledQuestionnaire,
  answers: readonly ResolvedAnswer[],
  changes: readonly Change[],
): ResolvedAnswer[] {
  const out = [...answers];
  for (const { index, value } of changes)
    out[index] = {
      value,
      status: 'answered',
      score: compiled.indicators[index]!.score(value),
      answered: true,
      source: 'self-reported',
    };
  return out;
}

/** The state once the changes are made (scores recomputed). */
export function changedState(state: ConditionState, changes: readonly Change[]): ConditionState {
  const answers = applyChanges(state.compiled, state.answers, changes);
  const computed = computeScores(
    state.compiled,
    answers.map((a) => a.score),
    answers.map((a) => a.answered),
  );
  return {
    compiled: state.compiled,
    answers,
    domainScores: computed.domains.map((d) => d.score),
    overall: computed.score,
    lang: state.lang,
  };
}

/** Two sets of changes as one: for an indicator in both, the change with the higher score. */
export function merge(state: ConditionState, ...sets: readonly Change[][]): Change[] {
  const byIndex = new Map<number, Change>();
  for (const set of sets)
    for (const c of set) {
      const had = byIndex.get(c.index);
      const score = (x: Change) => state.compiled.indicators[x.index]!.score(x.value);
      if (!had || score(c) > score(had)) byIndex.set(c.index, c);
    }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/**
 * Raises `members` to their best answers, most overall gain first, until `done` holds (the
 * shortest such run, found by halving: raising more never undoes it); null if it never does.
 */
function raiseUntil(
  state: ConditionState,
  members: readonly number[],
  gains: readonly number[],
  done: (s: ConditionState) => boolean,
): Change[] | null {
  const raises = members
    .flatMap((index): Change[] => {
      const c = state.compiled.indicators[index]!;
      const value = bestValue(c);
      const now = state.answers[index]!;
      return value !== undefined && (!answerKnown(now) || (now.score ?? 0) < c.best - 1e-9) ? [{ index, value }] : [];
    })
    .sort((a, b) => gains[b.index]! - gains[a.index]! || a.index - b.index);
  if (raises.length === 0 || !done(changedState(state, raises))) return null;
  let [lo, hi] = [1, raises.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (done(changedState(state, raises.slice(0, mid)))) hi = mid;
    else lo = mid + 1;
  }
  return raises.slice(0, lo);
}

function kCheapest(state: ConditionState, k: number, options: readonly (Change[] | null)[]): Change[] | null {
  const usable = options.filter((o): o is Change[] => o !== null).sort((a, b) => a.length - b.length);
  return usable.length < k ? null : merge(state, ...usable.slice(0, k));
}

/**
 * A small set of changes that makes a condition true: nothing when it is; for a test on an
 * answer, the least answer that passes; for a score threshold, raises by gain until it holds; for
 * `all` every part's, for `any` the smallest part's, for `kOf` the k smallest parts'. Greedy, so
 * the caller verifies it and looks for a smaller one. Null when no set is found.
 */
export function cheapestFor(condition: Condition, state: ConditionState, gains: readonly number[]): Change[] | null {
  // The plans of the next stage and of the one after share their lower gates: each condition is worked out once per state.
  let memo = memos.get(state);
  if (!memo) memos.set(state, (memo = new Map()));
  const known = memo.get(condition);
  if (known !== undefined) return known;
  const found = cheapestUncached(condition, state, gains);
  memo.set(condition, found);
  return found;
}

// Module cache: a memo on a condition state (WeakMap: it dies with the compiled questionnaire).
const memos = new WeakMap<ConditionState, Map<Condition, Change[] | null>>();

function cheapestUncached(condition: Condition, state: ConditionState, gains: readonly number[]): Change[] | null {
  if (conditionTruth(condition, state) === 'true') return [];
  if ('indicator' in condition) {
    const index = state.compiled.byId.get(condition.indicator);
    if (index === undefined) return null;
    const now = state.answers[index]!;
    const value = requiredValue(condition, state.compiled.indicators[index]!, answerKnown(now) ? now.value : null);
    return value === undefined ? null : [{ index, value }];
  }
  if ('domain' in condition || 'overall' in condition) {
    const members =
      'domain' in condition
        ? (state.compiled.domains.find((d) => d.domain.id === condition.domain)?.members ?? [])
        : state.compiled.indicators.map((_, i) => i);
    return raiseUntil(state, members, gains, (s) => conditionTruth(condition, s) === 'true');
  }
  if ('all' in condition)
    return kCheapest(
      state,
      condition.all.length,
      condition.all.map((c) => cheapestFor(c, state, gains)),
    );
  if ('any' in condition)
    return kCheapest(
      state,
      1,
      condition.any.map((c) => cheapestFor(c, state, gains)),
    );
  return kCheapest(
    state,
    condition.kOf.k,
    condition.kOf.conditions.map((c) => cheapestFor(c, state, gains)),
  );
}

function gateChanges(
  model: StageModel,
  stage: Stage,
  state: ConditionState,
  gains: readonly number[],
): Change[] | null {
  const each = (list: readonly Condition[]) => list.map((c) => cheapestFor(c, state, gains));
  const criteria = stage.criteria ?? [];
  if (model.model === 'percentage') return kCheapest(state, criteriaNeeded(stage, model), each(criteria));
  const own = kCheapest(state, criteria.length, each(criteria));
  if (model.model !== 'branches' || own === null) return own;
  const branches = stage.branches ?? [];
  const need = stage.require ?? branches.length;
  const picked = kCheapest(
    state,
    need,
    branches.map((b) => kCheapest(state, b.criteria.length, each(b.criteria))),
  );
  return picked === null ? null : merge(state, own, picked);
}

/**
 * A first set of changes that proves stage `target` of a model: every gate up to it made true
 * (gated models), or the band basis raised by gain until it reaches the band (bands). Null when
 * none is found.
 */
export function firstPlan(
  model: StageModel,
  target: number,
  state: ConditionState,
  gains: readonly number[],
  proves: (s: ConditionState) => boolean,
): Change[] | null {
  if (model.model === 'bands') {
    const basis = model.basis ?? 'overall';
    const all = state.compiled.indicators.map((_, i) => i);
    const members =
      basis === 'overall'
        ? all
        : 'domain' in basis
          ? (state.compiled.domains.find((d) => d.domain.id === basis.domain)?.members ?? [])
          : all.filter((i) => state.compiled.indicators[i]!.indicator.type === 'level');
    return proves(state) ? [] : raiseUntil(state, members, gains, proves);
  }
  const sets: Change[][] = [];
  for (const stage of model.stages.slice(0, target + 1)) {
    const set = gateChanges(model, stage, state, gains);
    if (set === null) return null;
    sets.push(set);
  }
  return merge(state, ...sets);
}

/**
 * The indicators every plan for stage `target` must change: those of not-true tests that the
 * gates up to it need whatever else holds (reached through `all` only, in a gate that needs all
 * its criteria). A first plan no larger than this set is the smallest.
 */
export function mandatoryChanges(model: StageModel, target: number, state: ConditionState): Set<number> {
  const out = new Set<number>();
  if (model.model === 'bands') return out;
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('indicator' in c && conditionTruth(c, state) !== 'true') {
      const index = state.compiled.byId.get(c.indicator);
      if (index !== undefined) out.add(index);
    }
  };
  for (const stage of model.stages.slice(0, target + 1)) {
    const criteria = stage.criteria ?? [];
    if (model.model === 'percentage' && criteriaNeeded(stage, model) < criteria.length) continue;
    criteria.forEach(walk);
  }
  return out;
}
