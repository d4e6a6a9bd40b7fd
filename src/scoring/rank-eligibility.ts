import type { Scorecard } from './scorecard.js';

/**
 * Whether rankings place a scorecard: an overall score and, under the `exclude` policy, at least the
 * questionnaire's minimum coverage for ranking (scorecards without `missingData`: any overall score).
 */
export function isRanked(card: Scorecard): boolean {
  return card.overall.score !== null && (card.missingData?.ranked ?? true);
}

/** Domains with insufficient data (n/a). */
export function naDomains(card: Scorecard): number {
  return card.missingData?.naDomains ?? card.domains.filter((d) => d.score === null).length;
}
