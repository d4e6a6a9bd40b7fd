import type { ChartSpec, DomainRef, SubjectRow } from '../model/report-model.js';
import {
  CHART_FONT_FAMILY,
  axisTitle,
  baseOptions,
  uniqueLabels,
  wrappedTicks,
  type ChartConfig,
  type DrawContext,
} from './chart-config.js';
import { NO_DATA, textOnViridis, viridis } from './palette.js';

interface HeatmapData {
  x: string[];
  y: string[];
  cells: { x: string; y: string; v: number | null }[];
}

/** A domain x subject grid of scores (viridis: dark is low, yellow is high; grey is insufficient data). */
export function heatmapChart(id: string, rows: readonly SubjectRow[], domains: readonly DomainRef[]): ChartSpec {
  const x = uniqueLabels(
    domains.map((d) => d.title),
    48,
  );
  const y = uniqueLabels(
    rows.map((r) => r.label),
    34,
  );
  const cells = rows.flatMap((r, j) =>
    domains.map((_d, i) => ({ x: x[i] as string, y: y[j] as string, v: r.domains[i]?.score ?? null })),
  );
  return {
    id,
    type: 'heatmap',
    title: 'Domain scores by subject',
    xLabel: 'Domain',
    yLabel: 'Subject',
    alt: `Heatmap of ${domains.length} domain scores for ${rows.length} subjects; darker cells are lower scores, grey cells have insufficient data. The numbers are in the table of every subject.`,
    width: Math.max(700, 260 + 110 * domains.length),
    height: Math.max(260, 170 + 30 * rows.length),
    table: {
      columns: ['Subject', ...domains.map((d) => d.title)],
      rows: rows.map((r) => [r.label, ...r.domains.map((d) => d.score)]),
    },
    data: { x, y, cells } satisfies HeatmapData,
  };
}

/** chart.js configuration of a heatmap spec (chartjs-chart-matrix), with the score written in each cell. */
export function heatmapConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as HeatmapData;
  type Ctx = { chart: { chartArea?: { width: number; height: number } }; raw?: { v: number | null } };
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'Score',
          data: d.cells,
          backgroundColor: (c: Ctx) => (c.raw?.v === null || c.raw === undefined ? NO_DATA : viridis(c.raw.v / 100)),
          borderColor: '#ffffff',
          borderWidth: 1,
          width: (c: Ctx) => (c.chart.chartArea ? c.chart.chartArea.width / d.x.length - 1 : 10),
          height: (c: Ctx) => (c.chart.chartArea ? c.chart.chartArea.height / d.y.length - 1 : 10),
        },
      ],
    },
    options: baseOptions(spec, {
      plugins: {
        subtitle: {
          display: true,
          text: 'Score in each cell; colour from dark purple (0) through green to yellow (100); grey n/a: insufficient data',
          color: '#333333',
          padding: { bottom: 8 },
        },
      },
      scales: {
        x: {
          type: 'category',
          labels: d.x,
          position: 'top',
          offset: true,
          grid: { display: false },
          title: axisTitle(spec.xLabel),
          ticks: wrappedTicks(16),
        },
        y: {
          type: 'category',
          labels: [...d.y].reverse(),
          offset: true,
          grid: { display: false },
          title: axisTitle(spec.yLabel),
          ticks: { autoSkip: false },
        },
      },
    }),
    plugins: [
      {
        id: 'cellValues',
        afterDatasetsDraw(chart: {
          ctx: DrawContext;
          getDatasetMeta(i: number): { data: { x: number; y: number; width: number; height: number }[] };
        }) {
          const { ctx } = chart;
          ctx.save();
          ctx.font = `12px "${CHART_FONT_FAMILY}", sans-serif`;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          chart.getDatasetMeta(0).data.forEach((el, i) => {
            const v = d.cells[i]?.v ?? null;
            ctx.fillStyle = v === null ? '#333333' : textOnViridis(v / 100);
            ctx.fillText(v === null ? 'n/a' : String(Math.round(v)), el.x + el.width / 2, el.y + el.height / 2);
          });
          ctx.restore();
        },
      },
    ],
  };
}
