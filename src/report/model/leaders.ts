import type { DomainRef, LeaderEntry, SubjectRow } from '../report-model.js';
import { byCodeUnits } from './group-scorecards.js';

/**
 * Per domain, the highest and lowest scored subjects: up to 3 each, never more than half of the
 * scored subjects, so that nobody is both a leader and a laggard.
 */
export function leadersAndLaggards(rows: readonly SubjectRow[], domains: readonly DomainRef[]): LeaderEntry[] {
  return domains.map((domain, index) => {
    const scored = rows
      .map((row) => ({ subject: row.label, key: row.key, score: row.domains[index]?.score ?? null }))
      .filter((e): e is { subject: string; key: string; score: number } => e.score !== null)
      .sort((a, b) => b.score - a.score || byCodeUnits(a.subject, b.subject) || byCodeUnits(a.key, b.key));
    const k = Math.min(3, Math.floor(scored.length / 2));
    const strip = (e: { subject: string; score: number }): { subject: string; score: number } => ({
      subject: e.subject,
      score: e.score,
    });
    return {
      domain: domain.id,
      title: domain.title,
      leaders: scored.slice(0, k).map(strip),
      laggards: scored
        .slice(scored.length - k)
        .reverse()
        .map(strip),
    };
  });
}
