import { MAX_CHART_WIDTH } from './chart-config.js';
import type { ChartSpec, SubjectRow } from '../report-model.js';
import {
  CHART_FONT_FAMILY,
  axisTitle,
  baseOptions,
  uniqueLabels,
  type ChartConfig,
  type DrawContext,
} from './chart-config.js';
import { CATEGORY_COLOURS } from './palette.js';
import { round } from '../../numbers/round.js';
import type { Translator } from '../i18n/translate.js';

interface RankingData {
  labels: string[];
  values: number[];
  low: (number | null)[];
  high: (number | null)[];
}

const score = (v: number | undefined): string => (v === undefined ? '-' : round(v).toFixed(1));

/** Horizontal bars of the overall score, best first, with the uncertainty interval where known. */
export function rankingChart(id: string, rows: readonly SubjectRow[], tr: Translator): ChartSpec {
  // Only the ranked subjects: those listed apart (no score, or too little answered) are not placed among them.
  const scored = rows.filter((r) => r.overall !== null && r.rank !== null);
  const data: RankingData = {
    labels: scored.map((r) => (r.naDomains > 0 ? `${r.label} (${r.naDomains} ${tr('value.na')})` : r.label)),
    values: scored.map((r) => r.overall as number),
    low: scored.map((r) => r.uncertainty?.low ?? null),
    high: scored.map((r) => r.uncertainty?.high ?? null),
  };
  const withBars = data.low.some((v) => v !== null);
  const withRanks = scored.some((r) => r.monteCarlo?.rank);
  return {
    id,
    type: 'ranking',
    title: tr('chart.ranking.title'),
    xLabel: tr('chart.axis.overall'),
    yLabel: tr('table.subject'),
    alt: [
      tr('chart.ranking.alt', {
        n: scored.length,
        first: data.labels[0] ?? '-',
        firstScore: score(data.values[0]),
        last: data.labels[data.labels.length - 1] ?? '-',
        lastScore: score(data.values[data.values.length - 1]),
      }),
      ...(withBars ? [tr('chart.ranking.bars')] : []),
    ].join(' '),
    width: MAX_CHART_WIDTH,
    height: Math.max(220, 110 + 26 * scored.length),
    table: {
      columns: [
        tr('subjects.rank'),
        tr('table.subject'),
        tr('glance.overallRow'),
        tr('chart.col.low'),
        tr('chart.col.high'),
        ...(withRanks ? [tr('chart.col.rankLow'), tr('chart.col.rankHigh')] : []),
        tr('subjects.naDomains'),
      ],
      rows: scored.map((r, i) => [
        r.rank,
        r.label,
        data.values[i] as number,
        data.low[i] as number | null,
        data.high[i] as number | null,
        ...(withRanks ? [r.monteCarlo?.rank?.low ?? null, r.monteCarlo?.rank?.high ?? null] : []),
        r.naDomains,
      ]),
    },
    data,
  };
}

/** chart.js configuration of a ranking spec: bars, value labels, and error bars drawn by an inline plugin. */
export function rankingConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as RankingData;
  return {
    type: 'bar',
    data: {
      labels: uniqueLabels(d.labels, 34),
      datasets: [{ label: 'Overall score', data: d.values, backgroundColor: CATEGORY_COLOURS[0], barPercentage: 0.75 }],
    },
    options: baseOptions(spec, {
      indexAxis: 'y',
      scales: {
        x: { min: 0, max: 100, title: axisTitle(spec.xLabel) },
        y: { title: axisTitle(spec.yLabel), ticks: { autoSkip: false } },
      },
    }),
    plugins: [
      {
        id: 'errorBarsAndValues',
        afterDatasetsDraw(chart: {
          ctx: DrawContext;
          scales: Record<string, { getPixelForValue(v: number): number }>;
          getDatasetMeta(i: number): { data: { x: number; y: number }[] };
        }) {
          const { ctx } = chart;
          const x = chart.scales.x!;
          chart.getDatasetMeta(0).data.forEach((bar, i) => {
            const low = d.low[i];
            const high = d.high[i];
            ctx.save();
            if (low !== null && low !== undefined && high !== null && high !== undefined) {
              const [a, b] = [x.getPixelForValue(low), x.getPixelForValue(high)];
              ctx.strokeStyle = '#000000';
              ctx.lineWidth = 1.5;
              ctx.beginPath();
              ctx.moveTo(a, bar.y);
              ctx.lineTo(b, bar.y);
              ctx.moveTo(a, bar.y - 5);
              ctx.lineTo(a, bar.y + 5);
              ctx.moveTo(b, bar.y - 5);
              ctx.lineTo(b, bar.y + 5);
              ctx.stroke();
            }
            ctx.fillStyle = '#1a1a1a';
            ctx.font = `bold 12px "${CHART_FONT_FAMILY}", sans-serif`;
            ctx.textBaseline = 'middle';
            const end = Math.max(bar.x, high !== null && high !== undefined ? x.getPixelForValue(high) : bar.x);
            ctx.fillText(round(d.values[i] as number).toFixed(1), end + 6, bar.y);
            ctx.restore();
          });
        },
      },
    ],
  };
}
