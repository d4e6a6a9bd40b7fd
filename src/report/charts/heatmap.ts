import type { ChartSpec, DomainRef, SubjectRow } from '../report-model.js';
import {
  CHART_FONT_FAMILY,
  MAX_CHART_WIDTH,
  axisTitle,
  baseOptions,
  uniqueLabels,
  wrappedTicks,
  type ChartConfig,
  type DrawContext,
} from './chart-config.js';
import { NO_DATA, textOnViridis, viridis } from './palette.js';
import type { Translator } from '../i18n/translate.js';
import { round } from '../../numbers/round.js';

export interface HeatmapData {
  x: string[];
  y: string[];
  /** v: the score (0-100) that colours the cell; t: the text printed in it (default: the score). */
  cells: { x: string; y: string; v: number | null; t?: string }[];
  subtitle: string;
}

/** A domain x subject grid of scores (viridis: dark is low, yellow is high; grey is insufficient data). */
export function heatmapChart(
  id: string,
  rows: readonly SubjectRow[],
  domains: readonly DomainRef[],
  tr: Translator,
): ChartSpec {
  const x = uniqueLabels(
    domains.map((d) => d.title),
    28,
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
    title: tr('section.heatmap'),
    xLabel: tr('table.domain'),
    yLabel: tr('table.subject'),
    alt: tr('chart.heatmap.alt', { domains: domains.length, subjects: rows.length }),
    width: MAX_CHART_WIDTH,
    height: Math.max(300, 240 + 30 * rows.length),
    table: {
      columns: [tr('table.subject'), ...domains.map((d) => d.title)],
      rows: rows.map((r) => [r.label, ...r.domains.map((d) => d.score)]),
    },
    data: { x, y, cells, subtitle: tr('chart.heatmap.subtitle') } satisfies HeatmapData,
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
          text: d.subtitle,
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
          // Short labels (codes) stand upright; long ones wrap over wide columns or turn upright over narrow ones.
          ticks:
            Math.max(...d.x.map((l) => l.length)) <= 4
              ? {
                  autoSkip: false,
                  maxRotation: 0,
                  // "5.2" as "5." over "2": two short lines fit a narrow column.
                  callback(this: { getLabelForValue(v: number): string }, value: number) {
                    return this.getLabelForValue(value).split(/(?<=\.)/);
                  },
                }
              : (MAX_CHART_WIDTH - 240) / d.x.length >= 100
                ? wrappedTicks(16)
                : { autoSkip: false, maxRotation: 90, minRotation: d.x.length > 12 ? 90 : 50 },
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
            const cell = d.cells[i];
            const v = cell?.v ?? null;
            ctx.fillStyle = v === null ? '#333333' : textOnViridis(v / 100);
            const text = cell?.t ?? (v === null ? 'n/a' : String(round(v, 0)));
            ctx.fillText(text, el.x + el.width / 2, el.y + el.height / 2);
          });
          ctx.restore();
        },
      },
    ],
  };
}
