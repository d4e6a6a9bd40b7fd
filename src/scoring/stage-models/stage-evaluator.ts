import type { Condition, Stage, StageModel } from '../../questionnaire/model.js';
import { conditionTruth } from '../condition.js';
import type { ConditionState } from '../condition-state.js';
import { unknownIndicators } from '../condition-unknowns.js';
import type { Truth } from '../truth.js';

/** An unmet (false) or undecided (unknown) condition of the next stage, or a plain statement of what is missing (bands). */
export interface Blocker {
  condition?: Condition;
  /** false: it fails on the answers given; unknown: it depends on answers that are not there. */
  truth: Exclude<Truth, 'true'>;
  /** Words put before the condition (e.g. the branch it belongs to). */
  prefix?: string;
  /** Words after it (e.g. how many criteria the stage needs). */
  suffix?: string;
  /** A gap that is not a condition (the band basis). */
  text?: string;
  current?: number | null;
  required?: number;
}

/**
 * The result of one stage model: the highest stage *proven* (every gate up to it true; -1 for
 * none), the highest stage *possible* (no gate up to it false: it is reached were the unknown
 * answers to hold), what blocks the stage after the proven one, and the indicators whose answers
 * decide between proven and possible.
 */
export interface StageResult {
  proven: number;
  possible: number;
  blockers: Blocker[];
  unknowns: string[];
}

/** How one stage model decides the stages proven and possible and the gaps to the next. */
export interface StageEvaluator<M extends StageModel = StageModel> {
  model: M['model'];
  evaluate(model: M, state: ConditionState): StageResult;
  /** The proven stage alone (what an action plan's search asks of every set of changes it tries). */
  proven(model: M, state: ConditionState): number;
}

/** The conditions among `criteria` that are not true, with a not-true `all` opened into its not-true parts. */
export function unmet(
  criteria: readonly Condition[],
  state: ConditionState,
): { condition: Condition; truth: Exclude<Truth, 'true'> }[] {
  return criteria.flatMap((condition) => {
    const truth = conditionTruth(condition, state);
    if (truth === 'true') return [];
    if ('all' in condition && !condition.label) return unmet(condition.all, state);
    return [{ condition, truth }];
  });
}

/**
 * Proven and possible stage of a gated model, where every stage counts only when its gate and all
 * lower gates do: proven runs while gates are true, possible while they are not false.
 */
export function gatedRange(
  stages: readonly Stage[],
  gate: (stage: Stage) => Truth,
): { proven: number; possible: number } {
  let proven = -1;
  let possible = -1;
  let provenRuns = true;
  for (const stage of stages) {
    const truth = gate(stage);
    if (truth === 'false') break;
    possible++;
    if (provenRuns && truth === 'true') proven++;
    else provenRuns = false;
  }
  return { proven, possible };
}

/** The proven stage of a gated model: how many leading gates are true, less one. */
export function provenOf(stages: readonly Stage[], gate: (stage: Stage) => Truth): number {
  let proven = -1;
  for (const stage of stages) {
    if (gate(stage) !== 'true') break;
    proven++;
  }
  return proven;
}

/**
 * The indicators whose answers decide between the proven and the possible stage: those that make
 * a condition of a stage after the proven one (up to the possible one) unknown, in questionnaire order.
 */
export function rangeUnknowns(
  stages: readonly Stage[],
  proven: number,
  possible: number,
  state: ConditionState,
): string[] {
  const found = new Set<string>();
  for (const stage of stages.slice(proven + 1, possible + 1)) {
    for (const c of stage.criteria ?? []) unknownIndicators(c, state, found);
    for (const b of stage.branches ?? []) for (const c of b.criteria) unknownIndicators(c, state, found);
  }
  return inQuestionnaireOrder(found, state);
}

/** Indicator ids in the order of the questionnaire. */
export function inQuestionnaireOrder(ids: ReadonlySet<string>, state: ConditionState): string[] {
  return [...ids].sort(
    (a, b) =>
      (state.compiled.byId.get(a) ?? Infinity) - (state.compiled.byId.get(b) ?? Infinity) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}
