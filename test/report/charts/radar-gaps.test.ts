import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/model/build-report.js';
import { radarConfig } from '../../../src/report/charts/radar.js';
import { referenceRadarConfig } from '../../../src/report/charts/reference-radar.js';
import type { ChartConfig } from '../../../src/report/charts/chart-config.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { loadFixtures, TOOL } from '../load-fixtures.js';

/** The fixtures, with the first subject's second domain n/a (insufficient data). */
function withNaDomain(): { cards: Scorecard[]; subject: string; domain: string } {
  const cards = loadFixtures('consortium');
  const first = structuredClone(cards[0]!);
  const domain = first.domains[1]!;
  domain.score = null;
  return { cards: [first, ...cards.slice(1)], subject: first.subject.id, domain: domain.id };
}

type Dataset = { label: string; data: (number | null)[]; spanGaps?: boolean };
const datasetsOf = (config: ChartConfig): Dataset[] =>
  (config as unknown as { data: { datasets: Dataset[] } }).data.datasets;

describe('radar charts leave n/a domains as gaps, not zeros', () => {
  it('consortium radar: null at the n/a domain and spanGaps false on every series', () => {
    const { cards, domain } = withNaDomain();
    const model = buildReport(cards, { tool: TOOL });
    const group = model.groups[0]!;
    const at = group.domains.findIndex((d) => d.id === domain);
    const radars = group.charts.filter((c) => c.type === 'radar');
    expect(radars.length).toBeGreaterThan(0);
    let gaps = 0;
    for (const r of radars) {
      const datasets = datasetsOf(radarConfig(r));
      datasets.forEach((d, i) => {
        expect(d.spanGaps, d.label).toBe(false);
        // The series is the subject's row of the chart's table: null stays null, never 0.
        expect(d.data, d.label).toEqual(r.table.rows[i]!.slice(1));
        if (d.data[at] === null) gaps++;
      });
    }
    expect(gaps).toBeGreaterThanOrEqual(1);
  });

  it('self-audit radar against a reference: the subject line breaks at the n/a domain', () => {
    const { cards, subject, domain } = withNaDomain();
    const self = cards.filter((c) => c.subject.id === subject);
    const model = buildReport(self, { tool: TOOL, reference: cards });
    const group = model.groups[0]!;
    const at = group.domains.findIndex((d) => d.id === domain);
    const spec = group.charts.find((c) => c.type === 'reference-radar')!;
    const datasets = datasetsOf(referenceRadarConfig(spec));
    expect(datasets.length).toBe(4);
    expect(datasets[0]!.data[at]).toBeNull();
    for (const d of datasets) expect(d.spanGaps, d.label).toBe(false);
    expect(spec.table.rows[at]![1]).toBeNull();
  });
});
