import type { StageModel } from '../questionnaire/model.js';
import { applyChanges, changedState, firstPlan, mandatoryChanges, type Change } from './cheapest-changes.js';
import { rawOverall } from './compute.js';
import type { ConditionState } from './condition-state.js';
import { stageEvaluator } from './stage-models/index.js';

/** How many sets of changes one search tries when it looks for a smaller set than the first found. */
export const PLAN_SEARCH_BUDGET = 30;
/** The largest set of changes searched exhaustively when no first set was found. */
export const PLAN_MAX_CHANGES = 4;

function arithmetic(state: ConditionState): boolean {
  return (
    state.compiled.aggregation.method === 'arithmetic' &&
    state.compiled.domains.every((d) => d.aggregation.method === 'arithmetic')
  );
}

/** Sets of `k` candidates, at most one per indicator, in candidate order. */
function* combinations(
  candidates: readonly Change[],
  k: number,
  start = 0,
  chosen: Change[] = [],
): Generator<Change[]> {
  if (chosen.length === k) {
    yield [...chosen];
    return;
  }
  for (let i = start; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (chosen.some((x) => x.index === c.index)) continue;
    chosen.push(c);
    yield* combinations(candidates, k, i + 1, chosen);
    chosen.pop();
  }
}

/**
 * The smallest set of changes found that proves stage `target`: a first set built gate by gate
 * ({@link firstPlan}), then every smaller set of the candidate changes, 1, 2, ... at a time
 * (within {@link PLAN_SEARCH_BUDGET}); of the smallest sets that prove it, the one with the
 * highest overall score. `smallest` is true when every smaller set of candidates was tried.
 * Null when none is found.
 */
export function searchPlan(
  state: ConditionState,
  model: StageModel,
  target: number,
  candidates: readonly Change[],
  gains: readonly number[],
): { changes: Change[]; overall: number | null; smallest: boolean } | null {
  const proves = (s: ConditionState) => stageEvaluator(model).proven(model, s) >= target;
  const overallOf = (set: readonly Change[]) =>
    rawOverall(
      state.compiled,
      applyChanges(state.compiled, state.answers, set).map((a) => a.score),
    );
  const first = firstPlan(model, target, state, gains, proves);
  // No gate-by-gate set: some test no answer passes, or a score no raise reaches.
  if (first === null) return null;
  const best = proves(changedState(state, first)) ? first : null;
  if (best && best.length <= mandatoryChanges(model, target, state).size)
    return { changes: best, overall: overallOf(best), smallest: true };
  // Bands: raising the largest gains first is the fewest changes when gains add up (arithmetic means).
  if (best && model.model === 'bands') return { changes: best, overall: overallOf(best), smallest: arithmetic(state) };
  const seen = new Set<string>();
  const pool = [...(best ?? []), ...candidates].filter((c) => {
    const key = `${c.index}:${JSON.stringify(c.value)}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  let budget = PLAN_SEARCH_BUDGET;
  const largest = best ? best.length - 1 : Math.min(PLAN_MAX_CHANGES, pool.length);
  for (let k = 1; k <= largest && budget > 0; k++) {
    let found: { changes: Change[]; overall: number | null } | null = null;
    for (const set of combinations(pool, k)) {
      if (budget-- <= 0) break;
      if (!proves(changedState(state, set))) continue;
      const overall = overallOf(set);
      if (found === null || (overall ?? -1) > (found.overall ?? -1) + 1e-9) found = { changes: set, overall };
    }
    // Every smaller size was tried in full, so this size is the smallest.
    if (found) return { ...found, smallest: true };
  }
  return best ? { changes: best, overall: overallOf(best), smallest: budget > 0 } : null;
}
