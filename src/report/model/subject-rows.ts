import type { Scorecard } from '../../scoring/scorecard.js';
import type { SubjectNamer } from '../anonymise/pseudonym.js';
import { round, roundOrNull } from '../stats/round.js';
import type { DomainRef, SubjectRow } from './report-model.js';
import { byCodeUnits } from './group-scorecards.js';
import { sizeBand } from './size-band.js';

/**
 * One row per subject from its latest scorecard, ranked by overall score (highest first, ties
 * share a rank, subjects without a score last), then by label and key so the order is stable.
 * When anonymised, country, region, type and size are left out of the rows (breakdowns keep them
 * under small-group suppression).
 */
export function subjectRows(latest: readonly Scorecard[], domains: readonly DomainRef[], namer: SubjectNamer): SubjectRow[] {
  const rows = latest.map((card): SubjectRow => {
    const s = card.subject;
    const hide = namer.anonymised;
    return {
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
      uncertainty: card.overall.uncertainty ? { low: round(card.overall.uncertainty.low), high: round(card.overall.uncertainty.high), method: card.overall.uncertainty.method } : null,
      coverage: round(card.overall.coverage, 3),
      stage: card.overall.stage,
      stagePossible: card.overall.stagePossible,
      stageUnknowns: card.overall.stageUnknowns.length,
      domains: domains.map((d) => {
        const found = card.domains.find((x) => x.id === d.id);
        return { id: d.id, score: roundOrNull(found?.score), coverage: round(found?.coverage ?? 0, 3) };
      }),
      sources: { 'self-reported': round(card.sources['self-reported'], 3), documented: round(card.sources.documented, 3), verified: round(card.sources.verified, 3) },
      warnings: card.warnings.length,
    };
  });
  rows.sort((a, b) => {
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
    if (row.overall === null) return;
    if (row.overall !== previous) rank = i + 1;
    previous = row.overall;
    row.rank = rank;
  });
  return rows;
}
