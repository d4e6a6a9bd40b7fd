import { isLaterPeriod } from '../questionnaire/period.js';
import type { Scorecard } from './scorecard.js';

/**
 * The file name of each scorecard of one run: `<subject-id>.json`, except that when a run holds
 * several periods of one subject (ordered in time: comparePeriods), the earlier ones are `<subject-id>-<period>.json` (the latest
 * keeps the plain name, so it is always the current scorecard).
 */
export function scorecardFileNames(cards: readonly Scorecard[]): string[] {
  const latest = new Map<string, string>();
  for (const card of cards) {
    const known = latest.get(card.subject.id);
    if (known === undefined || isLaterPeriod(card.period, known)) latest.set(card.subject.id, card.period);
  }
  return cards.map((card) =>
    latest.get(card.subject.id) === card.period ? `${card.subject.id}.json` : `${card.subject.id}-${card.period}.json`,
  );
}
