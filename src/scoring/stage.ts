import type { StageModel } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import type { ConditionState } from './condition-state.js';
import { describeCondition } from './condition-text.js';
import { round2 } from './round.js';
import type { ScorecardGap, StageRef } from './scorecard.js';
import { stageEvaluator } from './stage-models/index.js';

/** The stage range of a scorecard: proven, possible, the unknown answers deciding between them, and the gaps. */
export interface StageEvaluation {
  /** The highest stage whose every gate (and every lower one) is true: null when none is. */
  stage: StageRef | null;
  /** The highest stage no gate rules out: reached were every unknown answer to hold (at least `stage`). */
  possible: StageRef | null;
  /** Indicators whose answers decide between `stage` and `possible` (empty when they are the same). */
  unknowns: string[];
  gaps: ScorecardGap[];
}

/**
 * The maturity stage range under the questionnaire's stage model, and the gaps: the conditions of
 * the stage after the proven one that are not true, in words, each marked unmet (false on the
 * answers given) or unknown (it depends on answers that are not there), with what is there now and
 * what is required.
 */
export function evaluateStage(model: StageModel | undefined, state: ConditionState): StageEvaluation {
  if (!model) return { stage: null, possible: null, unknowns: [], gaps: [] };
  const { proven, possible, blockers, unknowns } = stageEvaluator(model).evaluate(model, state);
  const ref = (index: number): StageRef | null => {
    const stage = model.stages[index];
    return stage ? { id: stage.id, label: pickText(stage.label, state.lang), index } : null;
  };
  const result = { stage: ref(proven), possible: ref(Math.max(possible, proven)), unknowns };
  const next = ref(proven + 1);
  if (!next) return { ...result, gaps: [] };
  const gaps = blockers.map((b): ScorecardGap => {
    const status = b.truth === 'unknown' ? 'unknown' : 'unmet';
    if (!b.condition)
      return withDefined({ stage: next, status, condition: b.text ?? '', current: b.current, required: b.required });
    const d = describeCondition(b.condition, state);
    const text = [b.prefix, d.text, b.suffix].filter(Boolean).join(' ');
    return withDefined({
      stage: next,
      status,
      condition: text,
      indicator: d.indicator,
      domain: d.domain,
      current: d.current,
      required: d.required,
    });
  });
  return { ...result, gaps };
}

/** Drops undefined fields and rounds numbers to two decimals, as everywhere in a scorecard. */
function withDefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'number' ? round2(v) : v]),
  ) as T;
}
