import { comparePeriods, isLaterPeriod } from '../questionnaire/period.js';
import type { Scorecard } from './scorecard.js';

/** Scorecards split into each subject's latest period (ranked) and its earlier periods (trends only). */
export interface LatestScorecards {
  /** One scorecard per subject and questionnaire version: its latest period (by end date, see comparePeriods), in input order. */
  latest: Scorecard[];
  /** The other periods of those subjects, by subject id then period (oldest first). */
  earlier: Scorecard[];
}

/**
 * Each subject's latest scorecard among `cards`, per questionnaire id and version (scores of
 * different versions are never ranked together): a ranking uses these only, so a subject never
 * appears twice; earlier periods belong in trends.
 */
export function latestScorecards(cards: readonly Scorecard[]): LatestScorecards {
  const latest = new Map<string, Scorecard>();
  for (const card of cards) {
    const key = `${card.questionnaire.id}\u0000${card.questionnaire.version}\u0000${card.subject.id}`;
    const known = latest.get(key);
    if (known === undefined || isLaterPeriod(card.period, known.period)) latest.set(key, card);
  }
  const kept = new Set(latest.values());
  const earlier = cards
    .filter((card) => !kept.has(card))
    .sort(
      (a, b) =>
        (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0) || comparePeriods(a.period, b.period),
    );
  return { latest: cards.filter((card) => kept.has(card)), earlier };
}
