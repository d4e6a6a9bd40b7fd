import type { Language } from '../i18n/languages.js';
import { t } from '../i18n/translate.js';
import { comparePeriods } from '../../questionnaire/period.js';
import type { Scorecard } from '../../scoring/scorecard.js';

/** Scorecards of one questionnaire id and version, by subject, each subject's periods in order. */
export interface ScorecardGroup {
  key: string;
  scorecards: Scorecard[];
  /** Subject id -> its scorecards sorted by period in time (oldest first; comparePeriods: by end date, then start), in subject-id order. */
  bySubject: Map<string, Scorecard[]>;
  notes: string[];
}

/** Compares strings by UTF-16 code units: the same order everywhere, unlike localeCompare. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The group key of a scorecard: questionnaire id and version. Scores of different keys are never combined. */
export function groupKey(scorecard: Scorecard): string {
  return `${scorecard.questionnaire.id}@${scorecard.questionnaire.version}`;
}

/**
 * Groups scorecards by questionnaire id and version (sorted by key), then by subject. Of two
 * scorecards for the same subject and period one is kept, chosen by content (not input order), with
 * a note naming the subject by `nameOf` (its pseudonym in an anonymised report).
 */
export function groupScorecards(
  scorecards: readonly Scorecard[],
  nameOf: (subjectId: string) => string = (id) => id,
  lang: Language = 'en',
): ScorecardGroup[] {
  const groups = new Map<string, ScorecardGroup>();
  for (const card of scorecards) {
    const key = groupKey(card);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, scorecards: [], bySubject: new Map(), notes: [] }));
    const periods = group.bySubject.get(card.subject.id) ?? [];
    const twin = periods.findIndex((c) => c.period === card.period);
    if (twin >= 0) {
      // Which one is kept must not depend on the order of the inputs: the one whose content sorts first.
      group.notes.push(t(lang, 'note.twinScorecards', { subject: nameOf(card.subject.id), period: card.period }));
      const other = periods[twin] as Scorecard;
      if (byCodeUnits(JSON.stringify(card), JSON.stringify(other)) < 0) {
        periods[twin] = card;
        group.scorecards[group.scorecards.indexOf(other)] = card;
      }
      continue;
    }
    periods.push(card);
    group.bySubject.set(card.subject.id, periods);
    group.scorecards.push(card);
  }
  for (const group of groups.values()) {
    const sorted = [...group.bySubject.entries()].sort((a, b) => byCodeUnits(a[0], b[0]));
    for (const [, periods] of sorted) periods.sort((a, b) => comparePeriods(a.period, b.period));
    group.bySubject = new Map(sorted);
  }
  return [...groups.values()].sort((a, b) => byCodeUnits(a.key, b.key));
}

export { byCodeUnits };
