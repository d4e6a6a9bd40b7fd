// bands of a continuous basis: the overall score, a domain score or the mean level value (WHO GDHM phases), rounded as stated, mapped to the highest stage whose `min` it reaches.
import type { StageModel } from '../../questionnaire/model.js';
import { pickText } from '../../questionnaire/text.js';
import type { ConditionState } from '../condition-state.js';
import { formatNumber } from '../condition-text.js';
import type { StageEvaluator } from './stage-evaluator.js';

/** The basis value the bands model maps to a stage (null when it cannot be computed). */
export function bandBasis(model: StageModel, state: ConditionState): number | null {
  const basis = model.basis ?? 'overall';
  if (basis === 'overall') return state.overall;
  if ('domain' in basis) return state.domainScores[state.compiled.domains.findIndex((d) => d.domain.id === basis.domain)] ?? null;
  const { indicators, domains } = basis.meanLevel;
  const values: number[] = [];
  state.compiled.indicators.forEach((c, i) => {
    if (c.indicator.type !== 'level') return;
    const domainId = state.compiled.domains[c.domainIndex]?.domain.id ?? '';
    const chosen = indicators || domains ? (indicators?.includes(c.indicator.id) ?? false) || (domains?.includes(domainId) ?? false) : true;
    const answer = state.answers[i];
    if (chosen && answer?.answered && typeof answer.value === 'number') values.push(answer.value);
  });
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Rounds the basis as the model states (the WHO monitor rounds the mean phase up). */
export function roundBasis(value: number, rounding: StageModel['rounding']): number {
  const v = Math.round(value * 1e9) / 1e9; // 2.9999999999 from float sums is 3
  if (rounding === 'up') return Math.ceil(v);
  if (rounding === 'down') return Math.floor(v);
  if (rounding === 'nearest') return Math.round(v);
  return v;
}

function basisName(model: StageModel, state: ConditionState): string {
  const basis = model.basis ?? 'overall';
  if (basis === 'overall') return 'overall score';
  if ('domain' in basis) {
    const domain = state.compiled.domains.find((d) => d.domain.id === basis.domain)?.domain;
    return `score of domain ${domain ? pickText(domain.title, state.lang) : basis.domain}`;
  }
  return `mean level${model.rounding && model.rounding !== 'none' ? ` (rounded ${model.rounding})` : ''}`;
}

export const bandStages: StageEvaluator = {
  model: 'bands',
  evaluate(model, state) {
    const raw = bandBasis(model, state);
    const value = raw === null ? null : roundBasis(raw, model.rounding);
    let reached = -1;
    if (value !== null) model.stages.forEach((stage, i) => {
      if (stage.min !== undefined && value >= stage.min) reached = i;
    });
    const next = model.stages[reached + 1];
    if (!next || next.min === undefined) return { reached, blockers: [] };
    const now = value === null ? 'insufficient data' : formatNumber(value);
    return { reached, blockers: [{ text: `${basisName(model, state)} at least ${formatNumber(next.min)} (now: ${now})`, current: value, required: next.min }] };
  },
};
