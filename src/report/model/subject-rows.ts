import type { GroupUncertainty } from '../../scoring/monte-carlo/scorecard-uncertainty.js';
import { isRanked, naDomains } from '../../scoring/rank-eligibility.js';
import type { Scorecard } from '../../scoring/scorecard.js';
import type { SubjectNamer } from '../anonymise/pseudonym.js';
import { round, roundOrNull } from '../../numbers/round.js';
import type { DomainRef, SubjectRow } from '../report-model.js';
import { byCodeUnits } from './group-scorecards.js';
import { sizeBand } from './size-band.js';

/**
 * One row per subject from its latest scorecard, ranked by overall score (highest first, ties
 * share a rank; subjects not ranked, i.e. without a score or below the minimum coverage for
 * ranking under the exclude policy, last and without a rank), then by label and key so the order is stable.
 * When anonymised, country, region, type and size are left out of the rows (breakdowns keep them
 * under small-group suppression).
 */
export function subjectRows(
  latest: readonly Scorecard[],
  domains: readonly DomainRef[],
  namer: SubjectNamer,
  mc?: GroupUncertainty,
): SubjectRow[] {
  const rows = latest.map((card): SubjectRow => {
    const s = card.subject;
    const hide = namer.anonymised;
    const m = mc?.subjects.find((x) => x.key === s.id && x.period === card.period);
    return {
      ranked: isRanked(card),
      naDomains: naDomains(card),
      monteCarlo: m
        ? {
            score: { median: m.score.median, low: m.score.low, high: m.score.high },
            rank: m.rank ? { median: m.rank.median, low: m.rank.low, high: m.rank.high, of: m.rank.of } : null,
            sensitivity: m.sensitivity,
          }
        : null,
      key: namer.key(s.id),
      label: namer.label(s.id, s.name),
      kind: s.kind,
      country: hide ? null : s.country,
      region: hide ? null : (s.region ?? null),
      type: hide ? null : (s.type ?? null),
      size: hide ? null : sizeBand(s.size),
      fictional: s.fictional ?? false,
      period: card.period,
      rank: null,
      overall: roundOrNull(card.overall.score),
      uncertainty: card.overall.uncertainty
        ? {
            low: round(card.overall.uncertainty.low),
            high: round(card.overall.uncertainty.high),
            method: card.overall.uncertainty.method,
          }
        : null,
      coverage: round(card.overall.coverage, 3),
      stage: card.overall.stage,
      stagePossible: card.overall.stagePossible,
      stageUnknowns: card.overall.stageUnknowns.length,
      domains: domains.map((d) => {
        const found = card.domains.find((x) => x.id === d.id);
        return { id: d.id, score: roundOrNull(found?.score), coverage: round(found?.coverage ?? 0, 3) };
      }),
      sources: {
        'self-reported': round(card.sources['self-reported'], 3),
        documented: round(card.sources.documented, 3),
        verified: round(card.sources.verified, 3),
      },
      warnings: card.warnings.length,
      measured: card.indicators.reduce((n, i) => n + (i.measured === undefined ? 0 : 1), 0),
    };
  });
  rows.sort((a, b) => {
    // Subjects rankings do not place come after every ranked one.
    if (a.ranked !== b.ranked) return a.ranked ? -1 : 1;
    if (a.overall !== b.overall) {
      if (a.overall === null) return 1;
      if (b.overall === null) return -1;
      return b.overall - a.overall;
    }
    return byCodeUnits(a.label, b.label) || byCodeUnits(a.key, b.key);
  });
  let previous: number | null = null;
  let rank = 0;
  rows.forEach((row, i) => {
    if (row.overall === null || !row.ranked) return;
    if (row.overall !== previous) rank = i + 1;
    previous = row.overall;
    row.rank = rank;
  });
  return rows;
}
