import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/model/build-report.js';
import type { ReportModel } from '../../../src/report/report-model.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { makeScorecard, prng } from '../../fixtures/report/scorecard-generator.mjs';
import { TOOL } from '../load-fixtures.js';
import { recoverGroup, type PublishedCell } from './attack.js';

interface Site {
  id: string;
  region: string;
  type: string;
  level: number;
}

const card = (s: Site, i: number): Scorecard =>
  makeScorecard({
    subject: { id: s.id, name: `Site ${s.id}`, region: s.region, type: s.type, country: 'DE' },
    level: s.level,
    unknownShare: 0,
    seed: i + 1,
  }) as Scorecard;

/** What the reader knows: who is in which group (public), and what the report published. */
function published(model: ReportModel, sites: readonly Site[]): (PublishedCell & { name: string })[] {
  const group = model.groups[0]!;
  const cells: (PublishedCell & { name: string })[] = [
    { name: 'total', members: new Set(sites.map((s) => s.id)), scored: group.overall.n, mean: group.overall.mean! },
  ];
  for (const b of group.breakdowns) {
    for (const g of b.groups) {
      if (g.suppressed) continue;
      const attr = b.by as 'region' | 'type';
      cells.push({
        name: `${b.by}:${g.key}`,
        members: new Set(sites.filter((s) => s[attr] === g.key).map((s) => s.id)),
        scored: g.overall!.n,
        mean: g.overall!.mean!,
      });
    }
  }
  return cells;
}

/** The report as it was before complementary suppression: every group of min-group or more published, with its exact figures. */
function publishedWithoutComplements(
  cards: readonly Scorecard[],
  sites: readonly Site[],
  minGroup: number,
): (PublishedCell & { name: string })[] {
  const mean = (ids: Set<string>): number => {
    const scores = cards.filter((c) => ids.has(c.subject.id)).map((c) => c.overall.score!);
    return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
  };
  const everyone = new Set(sites.map((s) => s.id));
  const cells = [{ name: 'total', members: everyone, scored: everyone.size, mean: mean(everyone) }];
  for (const attr of ['region', 'type'] as const) {
    for (const key of new Set(sites.map((s) => s[attr]))) {
      const members = new Set(sites.filter((s) => s[attr] === key).map((s) => s.id));
      if (members.size >= minGroup)
        cells.push({ name: `${attr}:${key}`, members, scored: members.size, mean: mean(members) });
    }
  }
  return cells;
}

function trueMean(cards: readonly Scorecard[], ids: ReadonlySet<string>): number {
  const scores = cards.filter((c) => ids.has(c.subject.id)).map((c) => c.overall.score!);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** 50 sites: North (2, high scores), South (4, all the clinics), East (20), West (24). */
function crossTableSites(): Site[] {
  const sites: Site[] = [];
  const add = (n: number, region: string, type: string, level: number): void => {
    for (let i = 0; i < n; i++)
      sites.push({ id: `site-${region.toLowerCase()}-${i + 1}`, region, type, level: level + (i % 5) * 0.02 });
  };
  add(2, 'North', 'general hospital', 0.95);
  add(4, 'South', 'specialist clinic', 0.5);
  add(20, 'East', 'general hospital', 0.35);
  add(24, 'West', 'general hospital', 0.55);
  return sites;
}

describe('complementary suppression of breakdowns', () => {
  it('defeats "total minus the other groups", across breakdowns too: a suppressed group cannot be solved for', () => {
    const sites = crossTableSites();
    const cards = sites.map(card);
    const north = new Set(sites.filter((s) => s.region === 'North').map((s) => s.id));
    const everyone = sites.map((s) => s.id);
    // Without complements the reader gets North back: total - East - West - the clinics (= South).
    const before = recoverGroup(north, publishedWithoutComplements(cards, sites, 3), everyone);
    expect(before, 'the attack works on a report without complementary suppression').not.toBeNull();
    // Up to the rounding of the published means to 0.1: (50 + 20 + 24 + 4) x 0.05 / 2 subjects.
    expect(Math.abs(before!.mean - trueMean(cards, north))).toBeLessThanOrEqual(2.45);
    expect(before!.combination).toBe('+total-region:East-region:West-type:specialist clinic');
    expect(before!.scored).toBe(2);

    const model = buildReport(cards, { tool: TOOL, salt: 's', minGroup: 3 });
    expect(model.groups[0]!.kind).toBe('national');
    const region = model.groups[0]!.breakdowns.find((b) => b.by === 'region')!;
    expect(region.groups.find((g) => g.key === 'North')).toMatchObject({ suppressed: true, n: null, overall: null });
    expect(region.groups.filter((g) => g.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(recoverGroup(north, published(model, sites), everyone)).toBeNull();
  });

  it('leaves no group smaller than min-group recoverable in random national reports (8 seeds)', () => {
    let tried = 0;
    let leakedBefore = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const rand = prng(seed);
      const pick = <T>(list: readonly T[], weights: readonly number[]): T => {
        let r = rand() * weights.reduce((a, b) => a + b, 0);
        for (let i = 0; i < list.length; i++) if ((r -= weights[i]!) < 0) return list[i]!;
        return list[list.length - 1]!;
      };
      const sites: Site[] = Array.from({ length: 50 + Math.floor(rand() * 10) }, (_, i) => ({
        id: `site-${seed}-${i}`,
        region: pick(['Alpha', 'Beta', 'Gamma', 'Delta'], [20, 15, 2, 1]),
        type: pick(['general hospital', 'university hospital', 'specialist clinic'], [30, 3, 1]),
        level: 0.2 + rand() * 0.7,
      }));
      const cards = sites.map(card);
      for (const minGroup of [3, 5]) {
        const model = buildReport(cards, { tool: TOOL, salt: 's', minGroup });
        const cells = published(model, sites);
        for (const attr of ['region', 'type'] as const) {
          for (const key of new Set(sites.map((s) => s[attr]))) {
            const members = new Set(sites.filter((s) => s[attr] === key).map((s) => s.id));
            if (members.size >= minGroup) continue;
            tried++;
            if (
              recoverGroup(
                members,
                publishedWithoutComplements(cards, sites, minGroup),
                sites.map((s) => s.id),
              )
            )
              leakedBefore++;
            expect(
              recoverGroup(
                members,
                cells,
                sites.map((s) => s.id),
              ),
              `seed ${seed}, min-group ${minGroup}, ${attr} ${key}`,
            ).toBeNull();
          }
        }
      }
    }
    // The search was given something to find: small groups that a report without complements gave away.
    expect(tried).toBeGreaterThan(8);
    expect(leakedBefore).toBeGreaterThan(4);
  });

  it('publishes no order statistic of a group under 2 x min-group: a group of exactly min-group shows its size and mean only', () => {
    const sites = crossTableSites();
    const model = buildReport(sites.map(card), { tool: TOOL, salt: 's', minGroup: 3 });
    const groups = model.groups[0]!.breakdowns.flatMap((b) => b.groups).filter((g) => !g.suppressed);
    const small = groups.filter((g) => g.overall!.n < 6);
    expect(small.length, 'the clinics (4) are published').toBeGreaterThan(0);
    for (const g of small)
      expect(g.overall).toMatchObject({
        min: null,
        p10: null,
        q1: null,
        median: null,
        q3: null,
        p90: null,
        max: null,
        iqr: null,
        whiskerLow: null,
        whiskerHigh: null,
      });
    for (const g of small) expect(g.overall!.mean).not.toBeNull();
    for (const g of groups.filter((x) => x.overall!.n >= 6)) expect(g.overall!.median).not.toBeNull();
  });

  it('suppresses nothing with min-group 1 (not anonymised, no --min-group)', () => {
    const model = buildReport(crossTableSites().map(card), { tool: TOOL });
    const groups = model.groups[0]!.breakdowns.flatMap((b) => b.groups);
    expect(groups.every((g) => !g.suppressed && g.overall!.median !== null)).toBe(true);
  });
});
