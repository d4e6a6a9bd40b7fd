import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/model/build-report.js';
import schema from '../../../src/report/report.schema.json' with { type: 'json' };
import { makeScorecard, makeSites } from '../../fixtures/report/scorecard-generator.mjs';
import { loadFixtures, TOOL, XSS_NAME } from '../load-fixtures.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const consortium = loadFixtures('consortium');

function valid(model: unknown): void {
  expect(validate(model), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

describe('buildReport: the kind of report', () => {
  it('makes a self-audit of one subject, a consortium of 6 sites, a national report of 60 sites and of countries', () => {
    expect(buildReport(consortium.slice(0, 1), { tool: TOOL }).groups[0]!.kind).toBe('self-audit');
    expect(buildReport(consortium, { tool: TOOL }).groups[0]!.kind).toBe('consortium');
    expect(buildReport(makeSites(60) as Scorecard[], { tool: TOOL }).groups[0]!.kind).toBe('national');
    expect(buildReport(loadFixtures('countries'), { tool: TOOL }).groups[0]!.kind).toBe('national');
  });

  it('chooses the charts of each kind', () => {
    const types = (cards: Scorecard[]) => buildReport(cards, { tool: TOOL }).groups[0]!.charts.map((c) => c.type);
    expect(types(consortium)).toEqual(['ranking', 'heatmap', 'boxplot', 'stage-distribution', 'radar']);
    expect(types(loadFixtures('countries'))).toContain('choropleth');
    const large = types(makeSites(60) as Scorecard[]);
    expect(large).toContain('boxplot');
    expect(large).toContain('breakdown');
    expect(large).not.toContain('ranking');
    expect(types(loadFixtures('over-time'))).toEqual(['reference-radar', 'trend']);
  });

  it('puts at most 6 subjects on one radar chart', () => {
    const radars = buildReport(makeSites(14) as Scorecard[], { tool: TOOL }).groups[0]!.charts.filter(
      (c) => c.type === 'radar',
    );
    expect(radars.map((r) => (r.data as { series: unknown[] }).series.length)).toEqual([6, 6, 2]);
  });
});

describe('buildReport: grouping', () => {
  it('reports a scorecard of another questionnaire version in its own group, never averaged with the others', () => {
    const other = loadFixtures('other-version');
    const model = buildReport([...consortium, ...other], { tool: TOOL });
    expect(model.groups.map((g) => g.key)).toEqual(['fixture-readiness@1.0.0', 'fixture-readiness@2.0.0']);
    const alone = buildReport(consortium, { tool: TOOL }).groups[0]!;
    expect(model.groups[0]!.overall).toEqual(alone.overall);
    expect(model.groups[1]!.subjects).toHaveLength(1);
    expect(model.notes.join(' ')).toContain('never averaged');
    valid(model);
  });

  it('ranks by overall score, ties share a rank, subjects without a score come last', () => {
    const a = makeScorecard({ subject: { id: 'a', name: 'A' }, level: 0.6, seed: 1 });
    const b = structuredClone(a);
    b.subject = { ...b.subject, id: 'b', name: 'B' };
    const c = makeScorecard({ subject: { id: 'c', name: 'C' }, level: 0.9, seed: 2 });
    const d = makeScorecard({ subject: { id: 'd', name: 'D' }, level: 0.5, unknownShare: 1, seed: 3 });
    const rows = buildReport([d, b, a, c] as Scorecard[], { tool: TOOL }).groups[0]!.subjects;
    expect(rows.map((r) => [r.label, r.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
      ['D', null],
    ]);
  });

  it('keeps one of two scorecards for the same subject and period, the same whatever the input order, with a note', () => {
    const twin = structuredClone(consortium[1]!);
    twin.subject = consortium[0]!.subject;
    const one = buildReport([consortium[0]!, twin], { tool: TOOL });
    const two = buildReport([twin, consortium[0]!], { tool: TOOL });
    expect(one.groups[0]!.scorecards).toBe(1);
    expect(one.groups[0]!.notes[0]).toContain('two scorecards');
    expect(one).toEqual(two);
  });
});

describe('buildReport: over time', () => {
  it('uses the latest period in comparisons and reports the change since the previous one', () => {
    const cards = loadFixtures('over-time');
    const group = buildReport(cards, { tool: TOOL }).groups[0]!;
    expect(group.subjects[0]!.period).toBe('2025');
    const trend = group.trends[0]!;
    expect(trend.points.map((p) => p.period)).toEqual(['2023', '2024', '2025']);
    const [, prev, last] = cards;
    expect(trend.change).toMatchObject({ from: '2024', to: '2025' });
    expect(trend.change!.overall).toBeCloseTo(last!.overall.score! - prev!.overall.score!, 0);
    valid(buildReport(cards, { tool: TOOL }));
  });
});

describe('buildReport: self-audit', () => {
  it('compares with the reference group median and IQR, and ranks recommendations by potential gain', () => {
    const model = buildReport([consortium[0]!], { tool: TOOL, reference: consortium });
    const audit = model.groups[0]!.selfAudit!;
    // The subject itself is left out of its reference group.
    expect(audit.reference!.n).toBe(5);
    const ehr = consortium
      .slice(1)
      .map((c) => c.domains[0]!.score)
      .filter((v): v is number => v !== null)
      .sort((x, y) => x - y);
    expect(audit.reference!.domains[0]!.stats.n).toBe(ehr.length);
    expect(audit.reference!.domains[0]!.stats.median).toBe(
      Math.round(
        10 * (ehr.length % 2 ? ehr[(ehr.length - 1) / 2]! : (ehr[ehr.length / 2 - 1]! + ehr[ehr.length / 2]!) / 2),
      ) / 10,
    );
    const gains = audit.recommendations.map((r) => r.potentialGain);
    expect(gains).toEqual([...gains].sort((x, y) => y - x));
    const shares = audit.sources.verified + audit.sources.documented + audit.sources['self-reported'];
    expect(shares).toBeCloseTo(1, 2);
    valid(model);
  });

  it('says so when the reference group has no scorecard of the same questionnaire', () => {
    const model = buildReport([consortium[0]!], { tool: TOOL, reference: loadFixtures('other-version') });
    expect(model.groups[0]!.selfAudit!.reference).toBeNull();
    expect(model.groups[0]!.notes.join(' ')).toContain('reference group has no scorecard');
  });
});

describe('buildReport: anonymised', () => {
  it('names subjects by pseudonyms, drops place and notes, draws no map, suppresses small groups', () => {
    const model = buildReport(makeSites(60) as Scorecard[], { tool: TOOL, salt: 'secret', minGroup: 15 });
    const text = JSON.stringify(model);
    expect(text).not.toContain('Hospital 1"');
    expect(
      model.groups[0]!.subjects.every(
        (s) => /^S-[0-9a-f]{10}$/.test(s.label) && s.country === null && s.region === null,
      ),
    ).toBe(true);
    const groups = model.groups[0]!.breakdowns.flatMap((b) => b.groups);
    expect(groups.some((g) => g.suppressed)).toBe(true);
    for (const g of groups.filter((x) => !x.suppressed)) expect(g.n).toBeGreaterThanOrEqual(15);
    for (const g of groups.filter((x) => x.suppressed)) expect([g.n, g.overall]).toEqual([null, null]);
    const countries = buildReport(loadFixtures('countries'), { tool: TOOL, salt: 'secret' });
    expect(countries.groups[0]!.charts.map((c) => c.type)).not.toContain('choropleth');
    valid(model);
  });

  it('gives the same pseudonyms with the same salt in another run', () => {
    const one = buildReport(consortium, { tool: TOOL, salt: 's1' })
      .groups[0]!.subjects.map((s) => s.label)
      .sort();
    const two = buildReport([...consortium].reverse(), { tool: TOOL, salt: 's1' })
      .groups[0]!.subjects.map((s) => s.label)
      .sort();
    expect(one).toEqual(two);
    expect(JSON.stringify(buildReport(consortium, { tool: TOOL, salt: 's1' }))).not.toContain(XSS_NAME.slice(0, 8));
  });
});
