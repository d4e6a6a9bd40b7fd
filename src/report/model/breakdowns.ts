import type { Scorecard } from '../../scoring/scorecard.js';
import { isSuppressed } from '../anonymise/suppress.js';
import { distribution } from '../stats/distribution.js';
import type { Breakdown } from './report-model.js';
import { byCodeUnits } from './group-scorecards.js';
import { sizeBand } from './size-band.js';

const NOT_GIVEN = '(not given)';

const ATTRIBUTES: { by: Breakdown['by']; get: (card: Scorecard) => string | undefined }[] = [
  { by: 'country', get: (c) => (c.subject.kind === 'country' ? undefined : c.subject.country) },
  { by: 'region', get: (c) => c.subject.region },
  { by: 'type', get: (c) => c.subject.type },
  { by: 'size', get: (c) => sizeBand(c.subject.size) ?? undefined },
];

/**
 * The overall score broken down by country, region, type and size of the subjects (each where the
 * subjects differ in it). Groups smaller than `minGroup` are kept with their size only; their
 * figures are suppressed.
 */
export function breakdowns(latest: readonly Scorecard[], minGroup: number): Breakdown[] {
  const result: Breakdown[] = [];
  for (const { by, get } of ATTRIBUTES) {
    if (!latest.some((c) => get(c) !== undefined)) continue;
    const groups = new Map<string, (number | null)[]>();
    for (const card of latest) {
      const key = get(card) ?? NOT_GIVEN;
      const list = groups.get(key) ?? [];
      list.push(card.overall.score);
      groups.set(key, list);
    }
    if (groups.size < 2) continue;
    result.push({
      by,
      groups: [...groups.entries()]
        .sort((a, b) => byCodeUnits(a[0], b[0]))
        .map(([key, scores]) => {
          const suppressed = isSuppressed(scores.length, minGroup);
          return { key, n: scores.length, suppressed, overall: suppressed ? null : distribution(scores) };
        }),
    });
  }
  return result;
}
