import type { StageModel } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import type { ConditionState } from './condition-state.js';
import { describeCondition } from './condition-text.js';
import { round2 } from './round.js';
import type { ScorecardGap, StageRef } from './scorecard.js';
import { STAGE_MODELS } from './stage-models/index.js';

/**
 * The maturity stage reached under the questionnaire's stage model, and the gaps: the unmet
 * conditions of the next stage, in words, with what is there now and what is required.
 */
export function evaluateStage(model: StageModel | undefined, state: ConditionState): { stage: StageRef | null; gaps: ScorecardGap[] } {
  if (!model) return { stage: null, gaps: [] };
  const { reached, blockers } = STAGE_MODELS[model.model].evaluate(model, state);
  const ref = (index: number): StageRef => {
    const stage = model.stages[index]!;
    return { id: stage.id, label: pickText(stage.label, state.lang), index };
  };
  const stage = reached >= 0 ? ref(reached) : null;
  const nextIndex = reached + 1;
  if (nextIndex >= model.stages.length) return { stage, gaps: [] };
  const next = ref(nextIndex);
  const gaps = blockers.map((b): ScorecardGap => {
    if (!b.condition) return withDefined({ stage: next, condition: b.text ?? '', current: b.current, required: b.required });
    const d = describeCondition(b.condition, state);
    const text = [b.prefix, d.text, b.suffix].filter(Boolean).join(' ');
    return withDefined({ stage: next, condition: text, indicator: d.indicator, domain: d.domain, current: d.current, required: d.required });
  });
  return { stage, gaps };
}

/** Drops undefined fields and rounds numbers to two decimals, as everywhere in a scorecard. */
function withDefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'number' ? round2(v) : v])) as T;
}
