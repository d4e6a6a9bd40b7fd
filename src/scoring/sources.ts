import type { AnswerSource } from '../questionnaire/assessment-model.js';
import type { CompiledQuestionnaire } from './compile.js';
import type { ResolvedAnswer } from './resolve-answers.js';
import { round4 } from './round.js';

/**
 * The share of answered weight (each indicator's share of the overall) established at each source
 * level; sums to 1 (up to rounding) when anything is answered, all 0 otherwise.
 */
export function sourceShares(
  compiled: CompiledQuestionnaire,
  answers: readonly ResolvedAnswer[],
): Record<AnswerSource, number> {
  const totals: Record<AnswerSource, number> = { 'self-reported': 0, documented: 0, verified: 0 };
  let answered = 0;
  answers.forEach((a, i) => {
    if (!a.answered || !a.source) return;
    const w = compiled.indicators[i]!.overallWeight;
    totals[a.source] += w;
    answered += w;
  });
  if (answered === 0) return totals;
  return {
    'self-reported': round4(totals['self-reported'] / answered),
    documented: round4(totals.documented / answered),
    verified: round4(totals.verified / answered),
  };
}
