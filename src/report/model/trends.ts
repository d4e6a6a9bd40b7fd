import type { Scorecard } from '../../scoring/scorecard.js';
import type { SubjectNamer } from '../anonymise/pseudonym.js';
import { round, roundOrNull } from '../../numbers/round.js';
import type { DomainRef, TrendSeries } from '../report-model.js';
import { byCodeUnits } from './group-scorecards.js';

const delta = (to: number | null, from: number | null): number | null =>
  to === null || from === null ? null : round(to - from);

/**
 * For every subject with scorecards for two periods or more: its overall and domain scores per
 * period, and the change from the previous period to the latest (null where either is missing).
 */
export function trends(
  bySubject: ReadonlyMap<string, readonly Scorecard[]>,
  domains: readonly DomainRef[],
  namer: SubjectNamer,
): TrendSeries[] {
  const series: TrendSeries[] = [];
  for (const [id, cards] of bySubject) {
    if (cards.length < 2) continue;
    const points = cards.map((card) => ({
      period: card.period,
      overall: roundOrNull(card.overall.score),
      domains: domains.map((d) => roundOrNull(card.domains.find((x) => x.id === d.id)?.score)),
    }));
    const last = points[points.length - 1]!;
    const prev = points[points.length - 2]!;
    series.push({
      subject: namer.label(id, cards[cards.length - 1]!.subject.name),
      points,
      change: {
        from: prev.period,
        to: last.period,
        overall: delta(last.overall, prev.overall),
        domains: last.domains.map((v, i) => delta(v, prev.domains[i] ?? null)),
      },
    });
  }
  return series.sort((a, b) => byCodeUnits(a.subject, b.subject));
}
