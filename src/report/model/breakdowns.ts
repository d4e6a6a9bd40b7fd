import type { Scorecard } from '../../scoring/scorecard.js';
import { suppressCells, type TableCell } from '../anonymise/complementary-suppression.js';
import { showsOrderStatistics, withoutOrderStatistics } from '../anonymise/suppress.js';
import { distribution } from '../stats/distribution.js';
import type { Breakdown } from '../report-model.js';
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
 * subjects differ in it). With `minGroup` above 1, groups are protected as the method section of
 * the report states: a group smaller than `minGroup` is suppressed (no size, no figures), and as
 * many other groups as it takes so that no suppressed group's size or mean can be worked out from
 * the published ones and the total ({@link suppressCells}); a published group with fewer than
 * 2 x `minGroup` scored subjects shows its size and mean but no order statistic.
 */
export function breakdowns(latest: readonly Scorecard[], minGroup: number): Breakdown[] {
  const tables: { by: Breakdown['by']; keys: string[] }[] = [];
  const cells: TableCell[] = [];
  for (const { by, get } of ATTRIBUTES) {
    if (!latest.some((c) => get(c) !== undefined)) continue;
    const groups = new Map<string, number[]>();
    latest.forEach((card, i) => {
      const key = get(card) ?? NOT_GIVEN;
      const list = groups.get(key) ?? [];
      list.push(i);
      groups.set(key, list);
    });
    if (groups.size < 2) continue;
    const keys = [...groups.keys()].sort(byCodeUnits);
    for (const key of keys) cells.push({ table: tables.length, key, members: groups.get(key)! });
    tables.push({ by, keys });
  }
  const scores = latest.map((c) => c.overall.score);
  const suppressed = suppressCells(
    cells,
    scores.map((s) => s !== null && Number.isFinite(s)),
    minGroup,
  );
  let c = 0;
  return tables.map(({ by, keys }) => ({
    by,
    groups: keys.map(() => {
      const index = c++;
      const cell = cells[index]!;
      if (suppressed.has(index)) return { key: cell.key, n: null, suppressed: true, overall: null };
      const stats = distribution(cell.members.map((i) => scores[i]!));
      return {
        key: cell.key,
        n: cell.members.length,
        suppressed: false,
        overall: showsOrderStatistics(stats.n, minGroup) ? stats : withoutOrderStatistics(stats),
      };
    }),
  }));
}
