import type { Scorecard } from '../../scoring/scorecard.js';
import { byCodeUnits } from './group-scorecards.js';
import { distribution } from '../stats/distribution.js';
import type { DeadlineEntry } from '../report-model.js';

const DEADLINE_SUFFIX = '-deadline';

/**
 * The indicators a questionnaire ties to a legal date (a framework mapping such as
 * `ehds-deadline: "2029-03-26"`, beside `ehds: patient-summaries`), with where the subjects stand on
 * each: how many answered, the median score of those who answered and how many gave each answer. Ordered by date, then by
 * indicator. Subjects without an answer are counted, never scored as 0.
 */
export function deadlines(latest: readonly Scorecard[]): DeadlineEntry[] {
  const entries = new Map<string, DeadlineEntry & { scores: number[]; counts: Map<string, number> }>();
  for (const card of latest) {
    for (const indicator of card.indicators) {
      for (const [key, value] of Object.entries(indicator.frameworks ?? {})) {
        if (!key.endsWith(DEADLINE_SUFFIX) || typeof value !== 'string') continue;
        const framework = key.slice(0, -DEADLINE_SUFFIX.length);
        const category = indicator.frameworks?.[framework];
        const id = `${indicator.id} ${framework}`;
        let entry = entries.get(id);
        if (!entry) {
          entry = {
            indicator: indicator.id,
            title: indicator.title,
            framework,
            category: typeof category === 'string' ? category : null,
            deadline: value,
            subjects: 0,
            answered: 0,
            median: null,
            answers: [],
            scores: [],
            counts: new Map(),
          };
          entries.set(id, entry);
        }
        entry.subjects++;
        if (indicator.status === 'answered' && indicator.score !== null) {
          entry.answered++;
          entry.scores.push(indicator.score);
          const label = indicator.answerLabel ?? String(indicator.answer);
          entry.counts.set(label, (entry.counts.get(label) ?? 0) + 1);
        }
      }
    }
  }
  return [...entries.values()]
    .sort(
      (a, b) =>
        byCodeUnits(a.deadline, b.deadline) ||
        byCodeUnits(a.indicator, b.indicator) ||
        byCodeUnits(a.framework, b.framework),
    )
    .map(({ scores, counts, ...entry }) => ({
      ...entry,
      median: distribution(scores).median,
      answers: [...counts.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([label, count]) => ({ label, count })),
    }));
}
