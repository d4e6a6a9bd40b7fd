import { pickText } from '../questionnaire/text.js';
import type { CompiledQuestionnaire } from './compile.js';
import { domainRaw, overallOfDomains } from './compute.js';
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
  const raws = compiled.domains.map((_, d) => domainRaw(compiled, d, scores));
  const base = overallOfDomains(compiled, raws) ?? 0;
  const out: ScorecardRecommendation[] = [];
  compiled.indicators.forEach((c, i) => {
    const current = scores[i] ?? null;
    if (current !== null && current >= c.best) return;
    // Only the indicator's own domain changes: recompute it, then the overall from the domain scores.
    scores[i] = c.best;
    const trialRaws = raws.slice();
    trialRaws[c.domainIndex] = domainRaw(compiled, c.domainIndex, scores);
    scores[i] = current;
    const gain = (overallOfDomains(compiled, trialRaws) ?? 0) - base;
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
