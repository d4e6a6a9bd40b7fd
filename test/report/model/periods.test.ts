import { describe, expect, it } from 'vitest';
import { periodPositions, trendConfig } from '../../../src/report/charts/trend.js';
import { buildReport } from '../../../src/report/model/build-report.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { makeScorecard } from '../../fixtures/report/scorecard-generator.mjs';
import { TOOL } from '../load-fixtures.js';

const card = (id: string, period: string, level: number): Scorecard =>
  makeScorecard({ subject: { id, name: `Site ${id.toUpperCase()}` }, period, level, seed: level * 7 + id.length });

describe('report: periods as time', () => {
  it('takes 2026-Q3 as later than 2026-05 (by end date): the ranking uses 2026-Q3 only, the trend runs 2026-05 -> 2026-Q3', () => {
    const cards = [card('a', '2026-Q3', 0.8), card('a', '2026-05', 0.3), card('b', '2026-05', 0.5)];
    const group = buildReport(cards, { tool: TOOL }).groups[0]!;
    // Each subject once, at its latest period.
    expect(group.subjects.map((s) => [s.label, s.period])).toEqual(
      expect.arrayContaining([
        ['Site A', '2026-Q3'],
        ['Site B', '2026-05'],
      ]),
    );
    expect(group.subjects).toHaveLength(2);
    const trend = group.trends.find((t) => t.subject === 'Site A')!;
    expect(trend.points.map((p) => p.period)).toEqual(['2026-05', '2026-Q3']);
    expect(trend.change).toMatchObject({ from: '2026-05', to: '2026-Q3' });
    // The same whatever the input order.
    expect(buildReport([...cards].reverse(), { tool: TOOL })).toEqual(buildReport(cards, { tool: TOOL }));
  });

  it('spaces the trend axis in proportion to time (2024, 2025-H1, 2026 at their midpoints)', () => {
    const cards = [card('a', '2026', 0.7), card('a', '2024', 0.3), card('a', '2025-H1', 0.5)];
    const group = buildReport(cards, { tool: TOOL }).groups[0]!;
    const spec = group.charts.find((c) => c.type === 'trend')!;
    const config = trendConfig(spec) as {
      data: { datasets: { label: string; data: { x: number; y: number }[] }[] };
      options: { scales: { x: { type: string; min: number; max: number } } };
    };
    expect(config.options.scales.x.type).toBe('linear');
    const overall = config.data.datasets.find((d) => d.label === 'Overall')!;
    const xs = overall.data.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    // Midpoints 2024-07-02, 2025-04-01 12:00, 2026-07-02 12:00: 273.5 and 457 days apart, not evenly spaced.
    const [x0, x1, x2] = xs as [number, number, number];
    expect((x1 - x0) / (x2 - x1)).toBeCloseTo(273.5 / 457, 2);
    expect(x2 - x0).toBeCloseTo(2, 2);
    expect(overall.data.map((p) => p.y)).toEqual(group.trends[0]!.points.map((p) => p.overall));
    expect(config.options.scales.x.min).toBeLessThan(x0);
    expect(config.options.scales.x.max).toBeGreaterThan(x2);
  });

  it('labels the axis ticks with the periods, two periods sharing a midpoint on one tick', () => {
    const cards = [
      card('a', '2026-Q2', 0.4),
      card('a', '2025', 0.3),
      card('b', '2026-05', 0.6),
      card('b', '2025', 0.2),
    ];
    const spec = buildReport(cards, { tool: TOOL }).groups[0]!.charts.find((c) => c.type === 'trend')!;
    const x = (
      trendConfig(spec) as {
        options: {
          scales: {
            x: {
              afterBuildTicks: (axis: { ticks: { value: number }[] }) => void;
              ticks: { callback: (v: number) => string[] };
            };
          };
        };
      }
    ).options.scales.x;
    const axis = { ticks: [] as { value: number }[] };
    x.afterBuildTicks(axis);
    expect(axis.ticks.map((t) => x.ticks.callback(t.value))).toEqual([['2025'], ['2026-05 / 2026-Q2']]);
  });

  it('puts the label of a period too close to its neighbour one line lower, so that none overlaps', () => {
    const cards = [card('a', '2024', 0.3), card('a', '2026', 0.6), card('b', '2024', 0.4), card('b', '2026-Q3', 0.5)];
    const spec = buildReport(cards, { tool: TOOL }).groups[0]!.charts.find((c) => c.type === 'trend')!;
    const x = (
      trendConfig(spec) as {
        options: {
          scales: {
            x: {
              afterBuildTicks: (axis: { ticks: { value: number }[] }) => void;
              ticks: { callback: (v: number) => string[] };
            };
          };
        };
      }
    ).options.scales.x;
    const axis = { ticks: [] as { value: number }[] };
    x.afterBuildTicks(axis);
    expect(axis.ticks.map((t) => x.ticks.callback(t.value))).toEqual([['2024'], ['2026'], ['', '2026-Q3']]);
  });
});

describe('periodPositions', () => {
  it('places a text that is not a period before the first period, where comparePeriods sorts it', () => {
    const [odd, first, second] = periodPositions(['draft', '2025', '2026']) as [number, number, number];
    expect(odd).toBeLessThan(first);
    expect(second - first).toBeCloseTo(1, 2);
  });
});
