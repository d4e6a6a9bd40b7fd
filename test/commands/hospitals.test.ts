// The 120 synthetic hospitals of issue 8 through the real CLI: incomplete subjects are never ranked
// above complete ones without saying so, and the Monte Carlo output is the same for the same seed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import scorecardSchema from '../../src/scoring/scorecard.schema.json' with { type: 'json' };
import uncertaintySchema from '../../src/scoring/uncertainty.schema.json' with { type: 'json' };
import type { GroupUncertainty } from '../../src/scoring/monte-carlo/scorecard-uncertainty.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import type { ReportModel } from '../../src/report/report-model.js';
import { generateHospitals } from '../fixtures/hospitals/generate.js';
import { runCli, tempDir } from '../helpers/cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(scorecardSchema, 'scorecard.schema.json');
const validate = ajv.compile(uncertaintySchema);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('readiness-hospitals-');
  await generateHospitals(dir);
}, 120_000);

describe('120 synthetic hospitals', () => {
  it('assess --uncertainty gives the same bytes for the same seed, other bytes for another, and matches its schema', async () => {
    const args = ['assess', dir, '--uncertainty', '--draws', '200', '--seed', '7', '--json'];
    const [a, b, c] = await Promise.all([runCli(args), runCli(args), runCli([...args.slice(0, -3), '8', '--json'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const out = JSON.parse(a.stdout) as { scorecards: Scorecard[]; uncertainty: GroupUncertainty[] };
    expect(validate(out) ? [] : validate.errors).toEqual([]);
    expect(out.scorecards).toHaveLength(120);
    const group = out.uncertainty[0]!;
    expect(group.settings).toMatchObject({
      draws: 200,
      seed: 7,
      policy: 'exclude',
      weightRange: 0.25,
      selfReported: 0.2,
    });
    const notRanked = out.scorecards.filter((s) => !s.missingData!.ranked);
    // The generator leaves about one hospital in eight with few domains answered: they are not ranked.
    expect(notRanked.length).toBeGreaterThan(5);
    for (const card of notRanked) expect(group.subjects.find((s) => s.key === card.subject.id)!.rank).toBeNull();
    const ranked = group.subjects.filter((s) => s.rank !== null);
    expect(ranked.length).toBe(120 - notRanked.length);
    for (const s of ranked) {
      expect(s.rank!.low).toBeLessThanOrEqual(s.rank!.high);
      expect(s.score.low).toBeLessThanOrEqual(s.score.high);
    }
    expect(group.uncertainOrder.length).toBeGreaterThan(0);
  }, 300_000);

  it('the assess ranking lists the hospitals below the minimum coverage apart and marks ranked ones with n/a domains', async () => {
    const json = await runCli(['assess', dir, '--json']);
    const cards = JSON.parse(json.stdout) as Scorecard[];
    const text = await runCli(['assess', dir]);
    expect(text.code).toBe(0);
    const [table, apart] = text.stdout.split(/\nnot ranked \(\d+\)/);
    expect(apart).toBeDefined();
    for (const card of cards) {
      const line = new RegExp(`^\\s*\\d*\\s+${card.subject.id}\\s.*$`, 'm');
      if (card.missingData!.ranked) {
        const row = table!.match(line)?.[0];
        expect(row, card.subject.id).toBeDefined();
        // A ranked hospital with n/a domains says so (n/a count with a star).
        if (card.missingData!.naDomains > 0) expect(row).toMatch(new RegExp(`\\s${card.missingData!.naDomains}\\*\\s`));
      } else {
        expect(table).not.toMatch(line);
        expect(apart).toMatch(line);
        expect(card.overall.coverage < 0.8 || card.overall.score === null).toBe(true);
      }
    }
  }, 300_000);

  it('the report ranks complete hospitals first, lists the others apart, and shows rank intervals', async () => {
    const out = await tempDir('readiness-hospitals-report-');
    const run = await runCli(['report', dir, '--out', out, '--force', '--draws', '100']);
    expect(run.code).toBe(0);
    const model = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportModel;
    const group = model.groups[0]!;
    const firstApart = group.subjects.findIndex((s) => !s.ranked);
    expect(firstApart).toBeGreaterThan(0);
    expect(group.subjects.slice(firstApart).every((s) => !s.ranked && s.rank === null)).toBe(true);
    expect(group.subjects.slice(0, firstApart).every((s) => s.rank !== null && s.monteCarlo?.rank)).toBe(true);
    expect(group.missingData).toMatchObject({ policy: 'exclude', notRanked: group.subjects.length - firstApart });
    expect(group.uncertainty).toMatchObject({ draws: 100, seed: 1 });
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md).toContain('policy "exclude"');
    expect(md).toContain('OECD/JRC Handbook on Constructing Composite Indicators');
    const csv = await readFile(join(out, 'scores.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('rank,rank_low,rank_high,na_domains');
  }, 300_000);

  it('--unknown lowest ranks every hospital (unknowns at the lowest level), impute-group marks imputed answers', async () => {
    const [lowest, imputed] = await Promise.all([
      runCli(['assess', dir, '--unknown', 'lowest', '--json']),
      runCli(['assess', dir, '--unknown', 'impute-group', '--json']),
    ]);
    const low = JSON.parse(lowest.stdout) as Scorecard[];
    expect(
      low.every((c) => c.missingData!.policy === 'lowest' && c.missingData!.ranked && c.overall.score !== null),
    ).toBe(true);
    expect(low.some((c) => c.indicators.some((i) => i.status === 'imputed'))).toBe(true);
    const imp = JSON.parse(imputed.stdout) as Scorecard[];
    const some = imp.find((c) => c.indicators.some((i) => i.status === 'imputed'))!;
    expect(some.missingData).toMatchObject({ policy: 'impute-group' });
    expect(some.missingData!.imputed).toBeGreaterThan(0);
    // An imputed score is the median of the hospitals that answered that indicator.
    const ind = some.indicators.find((i) => i.status === 'imputed')!;
    const given = imp
      .flatMap((c) => c.indicators.filter((i) => i.id === ind.id && i.status === 'answered').map((i) => i.score!))
      .sort((a, b) => a - b);
    const mid = given.length >> 1;
    const median = given.length % 2 ? given[mid]! : (given[mid - 1]! + given[mid]!) / 2;
    expect(ind.score).toBeCloseTo(median, 1);
  }, 300_000);

  it('refuses an unknown policy with a usage error', async () => {
    const run = await runCli(['assess', dir, '--unknown', 'zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exclude, lowest, impute-group/);
  }, 60_000);
});
