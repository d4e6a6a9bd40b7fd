import type { Language } from '../i18n/languages.js';
import type { AnswerSource, Scorecard } from '../../scoring/scorecard.js';
import { anonymousWarning } from '../anonymise/anonymous-text.js';
import type { SubjectNamer } from '../anonymise/pseudonym.js';
import { distribution } from '../stats/distribution.js';
import { round, roundOrNull } from '../../numbers/round.js';
import { answerText } from './answer-text.js';
import { byCodeUnits } from './group-scorecards.js';
import { indicatorRows } from './indicator-rows.js';
import type { DomainRef, SelfAudit } from '../report-model.js';

/**
 * The share of the score each answer source carries: the weighted indicator points (overall
 * weight x score) of answers from that source, over all weighted points. Imputed scores (no
 * source) count in the total only, so the three shares may sum to less than 1.
 */
export function scoreShareBySource(card: Scorecard): Record<AnswerSource, number> {
  const points: Record<AnswerSource, number> = { 'self-reported': 0, documented: 0, verified: 0 };
  let total = 0;
  for (const ind of card.indicators) {
    if (ind.score === null) continue;
    const p = ind.overallWeight * ind.score;
    total += p;
    if (ind.source !== null) points[ind.source] += p;
  }
  const share = (v: number): number => (total === 0 ? 0 : round(v / total, 3));
  return {
    'self-reported': share(points['self-reported']),
    documented: share(points.documented),
    verified: share(points.verified),
  };
}

/** The self-audit of one subject's latest scorecard, against a reference group when one is given. */
export function selfAudit(
  card: Scorecard,
  domains: readonly DomainRef[],
  namer: SubjectNamer,
  reference: readonly Scorecard[] | null,
  lang: Language = 'en',
): SelfAudit {
  const u = card.overall.uncertainty;
  return {
    subject: namer.label(card.subject.id, card.subject.name),
    period: card.period,
    overall: roundOrNull(card.overall.score),
    coverage: round(card.overall.coverage, 3),
    stage: card.overall.stage,
    stagePossible: card.overall.stagePossible,
    stageUnknowns: [...card.overall.stageUnknowns],
    nextStage: card.gaps[0]?.stage ?? null,
    uncertainty: u ? { low: round(u.low), high: round(u.high), method: u.method } : null,
    indicators: indicatorRows(card, namer),
    gaps: card.gaps.map((g) => ({
      stage: g.stage.label,
      status: g.status,
      condition: g.condition,
      indicator: g.indicator ?? null,
      current: answerText(g.current as never, undefined, lang),
      required: answerText(g.required as never, undefined, lang),
    })),
    recommendations: [...card.recommendations]
      .sort((a, b) => b.potentialGain - a.potentialGain || byCodeUnits(a.indicator, b.indicator))
      .map((r) => ({
        indicator: r.indicator,
        title: r.title,
        text: r.text,
        potentialGain: round(r.potentialGain),
        currentScore: roundOrNull(r.currentScore),
        scoreAfter: roundOrNull(r.scoreAfter),
      })),
    plan: card.plan
      ? {
          base: roundOrNull(card.plan.base),
          recommendationsTotal: card.plan.recommendationsTotal,
          answerFirst: card.plan.answerFirst.map((a) => ({ indicator: a.indicator, title: a.title })),
          steps: card.plan.steps.map((s) => ({
            stage: s.stage.label,
            reachable: s.reachable,
            smallest: s.smallest,
            scoreAfter: roundOrNull(s.scoreAfter),
            changes: s.changes.map((c) => ({
              indicator: c.indicator,
              title: c.title,
              current: c.current,
              required: c.required,
              unknown: c.unknown,
              gain: round(c.gain),
            })),
          })),
        }
      : null,
    sources: scoreShareBySource(card),
    warnings: card.warnings.map((w) => (namer.anonymised ? anonymousWarning(w) : { code: w.code, message: w.message })),
    reference:
      reference === null || reference.length === 0
        ? null
        : {
            n: reference.length,
            overall: distribution(reference.map((c) => c.overall.score)),
            domains: domains.map((d) => ({
              id: d.id,
              stats: distribution(reference.map((c) => c.domains.find((x) => x.id === d.id)?.score ?? null)),
            })),
          },
  };
}
