import type { Scorecard } from '../../scoring/scorecard.js';
import { round, roundOrNull } from '../../numbers/round.js';
import type { EvidenceEntry, SubjectProfile, SubjectRow, TrendSeries } from '../report-model.js';

const DEADLINE_SUFFIX = '-deadline';

/** The mean of the answered levels rounded up, as the GDHM turns indicator phases into a phase. */
function levelOf(levels: readonly number[]): number | null {
  return levels.length === 0 ? null : Math.ceil(round(levels.reduce((a, b) => a + b, 0) / levels.length, 6));
}

/**
 * One profile per subject of a national report (GDHM country page): score, coverage and stage
 * range; per domain its score and level; its change since the previous period; where it stands on
 * each indicator tied to a legal date (EHDS); how many of its answers rest on measurements.
 */
export function subjectProfiles(
  rows: readonly SubjectRow[],
  byKey: ReadonlyMap<string, Scorecard>,
  trends: readonly TrendSeries[],
  evidence: readonly EvidenceEntry[],
): SubjectProfile[] {
  return rows.flatMap((row) => {
    const card = byKey.get(row.key);
    if (card === undefined) return [];
    const change = trends.find((t) => t.subject === row.label)?.change ?? null;
    return [
      {
        key: row.key,
        label: row.label,
        country: row.country,
        region: row.region,
        period: row.period,
        overall: row.overall,
        coverage: row.coverage,
        stage: row.stage,
        stagePossible: row.stagePossible,
        domains: card.domains.map((d) => {
          const indicators = card.indicators.filter((i) => i.domain === d.id);
          const levels = indicators.flatMap((i) =>
            i.type === 'level' && i.status === 'answered' && typeof i.answer === 'number' ? [i.answer] : [],
          );
          return {
            id: d.id,
            title: d.title,
            score: roundOrNull(d.score),
            level: levelOf(levels),
            answered: indicators.filter((i) => i.status === 'answered').length,
            indicators: indicators.length,
          };
        }),
        trend: change ? { from: change.from, to: change.to, overall: change.overall } : null,
        deadlines: card.indicators.flatMap((i) =>
          Object.entries(i.frameworks ?? {}).flatMap(([k, v]) =>
            k.endsWith(DEADLINE_SUFFIX) && typeof v === 'string'
              ? [
                  {
                    indicator: i.id,
                    title: i.title,
                    deadline: v,
                    answer: i.status === 'answered' ? (i.answerLabel ?? String(i.answer)) : null,
                    score: roundOrNull(i.score),
                  },
                ]
              : [],
          ),
        ),
        evidence: evidence.filter((e) => e.key === row.key).length,
      },
    ];
  });
}
