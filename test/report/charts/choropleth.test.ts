import { describe, expect, it } from 'vitest';
import { choroplethConfig, legendBox } from '../../../src/report/charts/choropleth.js';
import { renderChartConfig } from '../../../src/report/charts/render-chart.js';
import { EUROPE_NUMERIC } from '../../../src/report/charts/europe-countries.js';
import { buildReport } from '../../../src/report/model/build-report.js';
import { loadFixtures, TOOL } from '../load-fixtures.js';

interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Bounds {
  x: number;
  y: number;
  x2: number;
  y2: number;
}

/** Draws the map with a probe plugin that records its area and every country's projected bounding box. */
function mapGeometry() {
  const spec = buildReport(loadFixtures('countries'), { tool: TOOL }).groups[0]!.charts.find(
    (c) => c.type === 'choropleth',
  )!;
  const config = choroplethConfig(spec);
  const seen: { area?: Area; countries: { id: string; b: Bounds }[] } = { countries: [] };
  const probe = {
    id: 'probe',
    afterDraw(chart: {
      chartArea: Area;
      getDatasetMeta(i: number): { data: { feature: { id: string }; getBounds(): Bounds }[] };
    }) {
      seen.area = { ...chart.chartArea };
      seen.countries = chart.getDatasetMeta(0).data.map((e) => ({ id: e.feature.id, b: e.getBounds() }));
    },
  };
  config.plugins = [...(config.plugins as unknown[]), probe];
  renderChartConfig(config, spec.width, spec.height);
  return { spec, area: seen.area!, countries: seen.countries };
}

describe('the choropleth', () => {
  const { spec, area, countries } = mapGeometry();
  const legend = legendBox(area);

  it('draws its legend below the map, over no country shape (projected bounding boxes, as clipped to the map)', () => {
    expect(countries.length).toBeGreaterThan(40);
    expect(legend.y).toBeGreaterThanOrEqual(area.bottom);
    expect(legend.y + legend.height).toBeLessThanOrEqual(spec.height);
    for (const { id, b } of countries) {
      // What is drawn of a country: its box clipped to the map's area.
      const x = Math.max(b.x, area.left);
      const x2 = Math.min(b.x2, area.right);
      const y = Math.max(b.y, area.top);
      const y2 = Math.min(b.y2, area.bottom);
      if (x >= x2 || y >= y2) continue;
      const overlaps = x < legend.x + legend.width && x2 > legend.x && y < legend.y + legend.height && y2 > legend.y;
      expect(overlaps, `country ${id} under the legend`).toBe(false);
    }
  });

  it('shows Portugal, Spain and every assessed country whole, inside the map', () => {
    const assessed = (spec.data as { values: { country: string }[] }).values.map((v) => EUROPE_NUMERIC[v.country]);
    for (const id of [EUROPE_NUMERIC.PT, EUROPE_NUMERIC.ES, ...assessed]) {
      const b = countries.find((c) => c.id === id)!.b;
      expect(b.x, id).toBeGreaterThanOrEqual(area.left);
      expect(b.x2, id).toBeLessThanOrEqual(area.right);
      expect(b.y, id).toBeGreaterThanOrEqual(area.top);
      expect(b.y2, id).toBeLessThanOrEqual(area.bottom);
    }
  });

  it('keeps Russia whole (no cut along a meridian): its shape reaches beyond the map, which clips it at the frame', () => {
    const russia = countries.find((c) => c.id === EUROPE_NUMERIC.RU)!.b;
    expect(russia.x2).toBeGreaterThan(area.right + 200);
  });

  it('is coloured by stage when the questionnaire has stages, and labels each country', () => {
    const data = spec.data as { mode: string; values: { text: string }[] };
    expect(data.mode).toBe('levels');
    expect(spec.table.columns).toContain('Stage');
    for (const v of data.values) expect(v.text).toMatch(/^[\d–-]+$/);
  });
});
