// bands of a continuous basis: the overall score, a domain score or the mean level value (WHO GDHM phases), rounded as stated, mapped to the highest stage whose `min` it reaches.
import type { BandsModel } from '../../questionnaire/model.js';
import { pickText } from '../../questionnaire/text.js';
import { answerKnown } from '../resolve-answers.js';
import type { ConditionState } from '../condition-state.js';
import { formatNumber } from '../../questionnaire/indicator-types/indicator-type.js';
import { scoreIntervals } from '../score-intervals.js';
import { inQuestionnaireOrder, type StageEvaluator } from './stage-evaluator.js';

/** Where an indicator's answer counts in the basis of a meanLevel band model. */
function inMeanLevel(model: BandsModel, state: ConditionState, i: number): boolean {
  const basis = model.basis;
  if (!basis || basis === 'overall' || !('meanLevel' in basis)) return false;
  const c = state.compiled.indicators[i]!;
  if (c.indicator.type !== 'level') return false;
  const { indicators, domains } = basis.meanLevel;
  const domainId = state.compiled.domains[c.domainIndex]?.domain.id ?? '';
  return indicators || domains
    ? (indicators?.includes(c.indicator.id) ?? false) || (domains?.includes(domainId) ?? false)
    : true;
}

/** The basis value the bands model maps to a stage (null when it cannot be computed). */
export function bandBasis(model: BandsModel, state: ConditionState): number | null {
  const basis = model.basis ?? 'overall';
  if (basis === 'overall') return state.overall;
  if ('domain' in basis) return state.domainScores[domainIndexOf(state, basis.domain)] ?? null;
  const values: number[] = [];
  state.answers.forEach((answer, i) => {
    if (inMeanLevel(model, state, i) && answer.answered && typeof answer.value === 'number') values.push(answer.value);
  });
  return mean(values);
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function domainIndexOf(state: ConditionState, id: string): number {
  return state.compiled.domains.findIndex((d) => d.domain.id === id);
}

/** The indicators whose unknown answers move the basis: all of them, those of its domain, or its level indicators. */
function basisMembers(model: BandsModel, state: ConditionState): number[] {
  const basis = model.basis ?? 'overall';
  const all = state.compiled.indicators.map((_, i) => i);
  if (basis === 'overall') return all;
  if ('domain' in basis) return state.compiled.domains[domainIndexOf(state, basis.domain)]?.members ?? [];
  return all.filter((i) => inMeanLevel(model, state, i));
}

/** The basis had every unknown answer (of `unknown`) been its lowest or its best (every answer then given, so no domain is left out). */
function completedBasis(
  model: BandsModel,
  state: ConditionState,
  unknown: ReadonlySet<number>,
  end: 'lowest' | 'best',
): number | null {
  const basis = model.basis ?? 'overall';
  const bound = end === 'lowest' ? 'low' : 'high';
  if (basis === 'overall') return scoreIntervals(state).overall[bound];
  if ('domain' in basis) return scoreIntervals(state).domains[domainIndexOf(state, basis.domain)]?.[bound] ?? null;
  const values: number[] = [];
  state.answers.forEach((answer, i) => {
    if (!inMeanLevel(model, state, i)) return;
    if (unknown.has(i)) {
      const indicator = state.compiled.indicators[i]!.indicator;
      const levels = indicator.type === 'level' ? (indicator.levels ?? []).map((l) => l.value) : [];
      if (levels.length) values.push(end === 'lowest' ? Math.min(...levels) : Math.max(...levels));
    } else if (typeof answer.value === 'number') values.push(answer.value);
  });
  return mean(values);
}

/** Rounds the basis as the model states (the WHO monitor rounds the mean phase up). */
export function roundBasis(value: number, rounding: BandsModel['rounding']): number {
  const v = Math.round(value * 1e9) / 1e9; // 2.9999999999 from float sums is 3
  if (rounding === 'up') return Math.ceil(v);
  if (rounding === 'down') return Math.floor(v);
  if (rounding === 'nearest') return Math.round(v);
  return v;
}

function basisName(model: BandsModel, state: ConditionState): string {
  const basis = model.basis ?? 'overall';
  if (basis === 'overall') return 'overall score';
  if ('domain' in basis) {
    const domain = state.compiled.domains.find((d) => d.domain.id === basis.domain)?.domain;
    return `score of domain ${domain ? pickText(domain.title, state.lang) : basis.domain}`;
  }
  return `mean level${model.rounding && model.rounding !== 'none' ? ` (rounded ${model.rounding})` : ''}`;
}

function band(model: BandsModel, value: number | null): number {
  let reached = -1;
  if (value !== null)
    model.stages.forEach((stage, i) => {
      if (stage.min !== undefined && value >= stage.min) reached = i;
    });
  return reached;
}

/**
 * Bands: with every answer feeding the basis known, the band of the basis. Otherwise the basis
 * once the unknown answers are given lies between every one at its lowest and every one at its
 * best: the stage proven is the band of the lowest (none while the basis is n/a: it proves
 * nothing yet), the stage possible the band of the best. Giving an answer narrows both, so the
 * proven stage never falls and the possible one never rises.
 */
export const bandStages: StageEvaluator<BandsModel> = {
  model: 'bands',
  evaluate(model, state) {
    const raw = bandBasis(model, state);
    const asIs = raw === null ? null : roundBasis(raw, model.rounding);
    const unknown = new Set(basisMembers(model, state).filter((i) => !answerKnown(state.answers[i])));
    let proven = band(model, asIs);
    let possible = proven;
    if (unknown.size) {
      const round = (v: number | null) => (v === null ? null : roundBasis(v, model.rounding));
      const low = round(completedBasis(model, state, unknown, 'lowest'));
      const high = round(completedBasis(model, state, unknown, 'best'));
      proven = asIs === null ? -1 : band(model, low ?? asIs);
      possible = Math.max(band(model, high ?? asIs), proven);
    }
    const unknowns =
      possible > proven
        ? inQuestionnaireOrder(new Set([...unknown].map((i) => state.compiled.indicators[i]!.indicator.id)), state)
        : [];
    const next = model.stages[proven + 1];
    if (!next || next.min === undefined) return { proven, possible, blockers: [], unknowns };
    const now = asIs === null ? 'insufficient data' : formatNumber(asIs);
    const truth = possible > proven ? 'unknown' : 'false';
    const text = `${basisName(model, state)} at least ${formatNumber(next.min)} (now: ${now}${truth === 'unknown' ? `; ${unknowns.length} unknown answer${unknowns.length === 1 ? '' : 's'} can decide it` : ''})`;
    return { proven, possible, blockers: [{ text, truth, current: asIs, required: next.min }], unknowns };
  },
  proven(model, state) {
    const raw = bandBasis(model, state);
    if (raw === null) return -1;
    const unknown = new Set(basisMembers(model, state).filter((i) => !answerKnown(state.answers[i])));
    const low = unknown.size ? completedBasis(model, state, unknown, 'lowest') : null;
    return band(model, roundBasis(low ?? raw, model.rounding));
  },
};
