import { MAX_CHART_WIDTH } from './chart-config.js';
import type { ChartSpec, ReportGroup } from '../report-model.js';
import { axisTitle, baseOptions, uniqueLabels, wrappedTicks, type ChartConfig } from './chart-config.js';
import { viridis } from './palette.js';
import { round } from '../../numbers/round.js';
import type { Translator } from '../i18n/translate.js';

interface StageData {
  labels: string[];
  counts: number[];
  /** Subjects whose stage is a range (proven below possible): grey, not a stage colour. */
  grey: boolean[];
}

/** How many subjects reached each maturity stage (and how many have none, and how many a stage range: not determined). */
export function stageDistributionChart(id: string, stages: ReportGroup['stages'], tr: Translator): ChartSpec {
  const data: StageData = {
    labels: stages.map((s) => s.label),
    counts: stages.map((s) => s.count),
    grey: stages.map((s) => s.id === 'not-determined'),
  };
  const total = data.counts.reduce((a, b) => a + b, 0);
  return {
    id,
    type: 'stage-distribution',
    title: tr('chart.stages.title'),
    xLabel: tr('audit.stage'),
    yLabel: tr('chart.axis.subjects'),
    alt: tr('chart.stages.alt', { n: total, list: stages.map((s) => `${s.label} ${s.count}`).join('; ') }),
    width: MAX_CHART_WIDTH,
    height: 420,
    table: {
      columns: [tr('table.stage'), tr('glance.subjects'), tr('chart.col.share')],
      rows: stages.map((s) => [s.label, s.count, total === 0 ? 0 : round((100 * s.count) / total)]),
    },
    data,
  };
}

/** chart.js configuration: vertical bars, stages coloured along viridis (later stages lighter). */
export function stageDistributionConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as StageData;
  const n = Math.max(1, d.labels.length - 1);
  return {
    type: 'bar',
    data: {
      labels: uniqueLabels(d.labels, 60),
      datasets: [
        {
          label: 'Subjects',
          data: d.counts,
          backgroundColor: d.labels.map((_l, i) => (d.grey[i] ? '#9e9e9e' : viridis(0.15 + (0.7 * i) / n))),
        },
      ],
    },
    options: baseOptions(spec, {
      scales: {
        x: { title: axisTitle(spec.xLabel), ticks: wrappedTicks(16) },
        y: { beginAtZero: true, grace: '8%', ticks: { precision: 0 }, title: axisTitle(spec.yLabel) },
      },
    }),
  };
}
