import { pickText } from '../questionnaire/text.js';
import type { CompiledQuestionnaire } from './compile.js';
import { gainsToBest } from './best-gains.js';
import { answerKnown } from './resolve-answers.js';
import { valueInWords } from './condition-text.js';
import type { ResolvedAnswer } from './resolve-answers.js';
import { round2 } from './round.js';
import type { ScorecardRecommendation } from './scorecard.js';

/** How many recommendations a scorecard keeps unless all are asked for. */
export const RECOMMENDATIONS_TOP = 10;

/**
 * Recommendations ranked by potential gain (each is one change, so this is the gain per change):
 * for each *answered* indicator below its best score (an unanswered one is not advice but a
 * question: the action plan lists those that decide the stage), the overall
 * score is recomputed with that indicator at its best score (answered), all else equal; the gain is
 * the difference (gains are computed without the minimum-coverage rule, so they exist even when
 * the overall is "insufficient data"). Only positive gains are listed, largest first, then by id.
 */
export function recommend(
  compiled: CompiledQuestionnaire,
  answers: readonly ResolvedAnswer[],
  lang: string,
): ScorecardRecommendation[] {
  const { base, gains } = gainsToBest(
    compiled,
    answers.map((a) => a.score),
  );
  const out: ScorecardRecommendation[] = [];
  compiled.indicators.forEach((c, i) => {
    const current = answers[i]!.score;
    const gain = gains[i]!;
    if (!answerKnown(answers[i]) || gain <= 1e-9) return;
    const text = c.indicator.recommendation
      ? pickText(c.indicator.recommendation, lang)
      : defaultText(compiled, i, lang);
    out.push({
      indicator: c.indicator.id,
      title: pickText(c.indicator.title, lang),
      text,
      potentialGain: round2(Math.min(100, gain)),
      currentScore: current === null ? null : round2(current),
      scoreAfter: round2(Math.min(100, base + gain)),
    });
  });
  return out.sort((a, b) => b.potentialGain - a.potentialGain || (a.indicator < b.indicator ? -1 : 1));
}

function defaultText(compiled: CompiledQuestionnaire, index: number, lang: string): string {
  const ind = compiled.indicators[index]!.indicator;
  const title = pickText(ind.title, lang);
  if (ind.type === 'level' && ind.levels?.length)
    return `Raise ${title} to ${valueInWords(ind, ind.levels[ind.levels.length - 1]!.value, lang)}.`;
  if (ind.type === 'boolean') return `Establish: ${title}.`;
  return `Improve ${title} towards its target.`;
}
