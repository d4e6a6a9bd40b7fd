import { loadImage, createCanvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY } from '../../../src/report/charts/chart-config.js';
import { PIXEL_RATIO, renderChart } from '../../../src/report/charts/render-chart.js';
import { buildReport } from '../../../src/report/model/build-report.js';
import type { ChartSpec } from '../../../src/report/report-model.js';
import type { Scorecard } from '../../../src/scoring/scorecard.js';
import { makeSites } from '../../fixtures/report/scorecard-generator.mjs';
import { loadFixtures, TOOL } from '../load-fixtures.js';

/** Decodes a PNG and counts its distinct colours (on a sample grid, to stay fast). */
async function inspect(png: Buffer): Promise<{ width: number; height: number; colours: number; nonWhite: number }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const colours = new Set<number>();
  let nonWhite = 0;
  for (let i = 0; i < data.length; i += 4 * 7) {
    const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    colours.add(rgb);
    if (rgb !== 0xffffff) nonWhite++;
  }
  return { width: image.width, height: image.height, colours: colours.size, nonWhite };
}

const charts: ChartSpec[] = [
  ...buildReport(loadFixtures('consortium'), { tool: TOOL }).groups[0]!.charts,
  ...buildReport(loadFixtures('countries'), { tool: TOOL }).groups[0]!.charts.filter((c) => c.type === 'choropleth'),
  ...buildReport(loadFixtures('over-time'), { tool: TOOL, reference: loadFixtures('consortium') }).groups[0]!.charts,
  ...buildReport(makeSites(60) as Scorecard[], { tool: TOOL })
    .groups[0]!.charts.filter((c) => c.type === 'breakdown')
    .slice(0, 1),
];

describe('renderChart', () => {
  it('draws text with the shipped font, registered under its own family (no system font needed)', () => {
    renderChart(charts[0]!);
    const { GlobalFonts } = createRequire(import.meta.url)('canvas') as {
      GlobalFonts: { has(family: string): boolean };
    };
    expect(GlobalFonts.has(CHART_FONT_FAMILY)).toBe(true);
  });

  it('covers every chart type', () => {
    expect(new Set(charts.map((c) => c.type))).toEqual(
      new Set([
        'ranking',
        'heatmap',
        'boxplot',
        'stage-distribution',
        'radar',
        'choropleth',
        'reference-radar',
        'trend',
        'breakdown',
      ]),
    );
  });

  for (const spec of charts) {
    it(`draws the ${spec.type} chart ${spec.id} as a PNG of the expected size that is not blank`, async () => {
      const png = renderChart(spec);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const info = await inspect(png);
      expect([info.width, info.height]).toEqual([spec.width * PIXEL_RATIO, spec.height * PIXEL_RATIO]);
      expect(info.colours).toBeGreaterThan(8);
      expect(info.nonWhite).toBeGreaterThan(500);
      expect(spec.title.length).toBeGreaterThan(0);
      expect(spec.alt.length).toBeGreaterThan(20);
    });
  }

  it('draws more than a title: a blank chart would have few colours', async () => {
    const empty: ChartSpec = { ...charts[0]!, data: { labels: [], values: [], low: [], high: [] } };
    const full = await inspect(renderChart(charts[0]!));
    const blank = await inspect(renderChart(empty));
    expect(full.nonWhite).toBeGreaterThan(blank.nonWhite * 2);
  });
});
