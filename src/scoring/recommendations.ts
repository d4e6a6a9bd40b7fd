import { pickText } from '../questionnaire/text.js';
import type { CompiledQuestionnaire } from './compile.js';
import { finishMean, meanTerm } from './aggregate.js';
import { valueInWords } from './condition-text.js';
import type { ResolvedAnswer } from './resolve-answers.js';
import { round2 } from './round.js';
import type { ScorecardRecommendation } from './scorecard.js';

/**
 * Recommendations ranked by potential gain: for each indicator below its best score, the overall
 * score is recomputed with that indicator at its best score (answered), all else equal; the gain is
 * the difference (gains are computed without the minimum-coverage rule, so they exist even when
 * the overall is "insufficient data"). Only positive gains are listed, largest first, then by id.
 */
export function recommend(compiled: CompiledQuestionnaire, answers: readonly ResolvedAnswer[], lang: string): ScorecardRecommendation[] {
  const scores = answers.map((a) => a.score);
  // Weighted sums of mean terms, per domain and overall: raising one indicator changes one term of
  // its domain and then one term of the overall, so each re-scoring costs O(1), not a full pass.
  const dAcc = compiled.domains.map(() => 0);
  const dWeight = compiled.domains.map(() => 0);
  compiled.indicators.forEach((c, i) => {
    const s = scores[i];
    if (s === null || s === undefined) return;
    dAcc[c.domainIndex]! += c.weight * meanTerm(s, compiled.domains[c.domainIndex]!.aggregation);
    dWeight[c.domainIndex]! += c.weight;
  });
  const raws = compiled.domains.map((d, k) => finishMean(dAcc[k]!, dWeight[k]!, d.aggregation));
  let oAcc = 0;
  let oWeight = 0;
  raws.forEach((raw, k) => {
    if (raw === null) return;
    oAcc += compiled.domains[k]!.weight * meanTerm(raw, compiled.aggregation);
    oWeight += compiled.domains[k]!.weight;
  });
  const base = finishMean(oAcc, oWeight, compiled.aggregation) ?? 0;
  const out: ScorecardRecommendation[] = [];
  compiled.indicators.forEach((c, i) => {
    const current = scores[i] ?? null;
    if (current !== null && current >= c.best) return;
    const d = compiled.domains[c.domainIndex]!;
    const acc = dAcc[c.domainIndex]! - (current === null ? 0 : c.weight * meanTerm(current, d.aggregation)) + c.weight * meanTerm(c.best, d.aggregation);
    const weight = dWeight[c.domainIndex]! + (current === null ? c.weight : 0);
    const raw = finishMean(acc, weight, d.aggregation) ?? 0;
    const old = raws[c.domainIndex] ?? null;
    const trialAcc = oAcc - (old === null ? 0 : d.weight * meanTerm(old, compiled.aggregation)) + d.weight * meanTerm(raw, compiled.aggregation);
    const trialWeight = oWeight + (old === null ? d.weight : 0);
    const gain = (finishMean(trialAcc, trialWeight, compiled.aggregation) ?? 0) - base;
    if (gain <= 1e-9) return;
    const text = c.indicator.recommendation ? pickText(c.indicator.recommendation, lang) : defaultText(compiled, i, lang);
    out.push({ indicator: c.indicator.id, title: pickText(c.indicator.title, lang), text, potentialGain: round2(Math.min(100, gain)), currentScore: current === null ? null : round2(current) });
  });
  return out.sort((a, b) => b.potentialGain - a.potentialGain || (a.indicator < b.indicator ? -1 : 1));
}

function defaultText(compiled: CompiledQuestionnaire, index: number, lang: string): string {
  const ind = compiled.indicators[index]!.indicator;
  const title = pickText(ind.title, lang);
  if (ind.type === 'level' && ind.levels?.length) return `Raise ${title} to ${valueInWords(ind, ind.levels[ind.levels.length - 1]!.value, lang)}.`;
  if (ind.type === 'boolean') return `Establish: ${title}.`;
  return `Improve ${title} towards its target.`;
}
