import { MAX_CHART_WIDTH } from './chart-config.js';
import type { Breakdown, ChartSpec, DistributionStats, ReportGroup } from '../report-model.js';
import { axisTitle, baseOptions, uniqueLabels, wrappedTicks, type ChartConfig } from './chart-config.js';
import { CATEGORY_COLOURS, withAlpha } from './palette.js';
import type { Translator } from '../i18n/translate.js';

interface BoxData {
  labels: string[];
  stats: DistributionStats[];
  subtitle: string;
}

const statColumns = (tr: Translator): string[] => [
  'n',
  tr('stat.min'),
  'P10',
  'Q1',
  tr('stat.median'),
  'Q3',
  'P90',
  tr('stat.max'),
  tr('stat.mean'),
];
const statRow = (s: DistributionStats): (number | null)[] => [
  s.n,
  s.min,
  s.p10,
  s.q1,
  s.median,
  s.q3,
  s.p90,
  s.max,
  s.mean,
];

/** Box plots of the overall and every domain score: the distribution over all subjects. */
export function domainBoxplotChart(
  id: string,
  group: Pick<ReportGroup, 'overall' | 'domainStats' | 'domains'>,
  tr: Translator,
): ChartSpec {
  const labels = [tr('glance.overallRow'), ...group.domains.map((d) => d.title)];
  const stats = [group.overall, ...group.domainStats.map((d) => d.stats)];
  return {
    id,
    type: 'boxplot',
    title: tr('chart.boxplot.title'),
    xLabel: tr('table.domain'),
    yLabel: tr('chart.axis.score'),
    alt: tr('chart.boxplot.alt', {
      domains: group.domains.length,
      subjects: group.overall.n + group.overall.missing,
    }),
    width: MAX_CHART_WIDTH,
    height: 520,
    table: {
      columns: [tr('table.domain'), ...statColumns(tr)],
      rows: labels.map((l, i) => [l, ...statRow(stats[i] as DistributionStats)]),
    },
    data: { labels, stats, subtitle: tr('chart.boxplot.subtitle') } satisfies BoxData,
  };
}

/** A box needs this many scored subjects. */
const BOX_MIN_SCORED = 3;

/** Whether a breakdown group gets a box: published, with its order statistics, and enough scored subjects. */
export function isDrawable(group: Breakdown['groups'][number]): boolean {
  return (
    !group.suppressed && group.overall !== null && group.overall.n >= BOX_MIN_SCORED && group.overall.median !== null
  );
}

/** Box plots of the overall score per group of a breakdown; suppressed and small groups are left out of the chart. */
export function breakdownChart(id: string, breakdown: Breakdown, tr: Translator): ChartSpec {
  const shown = breakdown.groups.filter(isDrawable);
  const hidden = breakdown.groups.length - shown.length;
  const heading = tr(`breakdown.heading.${breakdown.by}`);
  const by = heading.charAt(0).toLowerCase() + heading.slice(1);
  return {
    id,
    type: 'breakdown',
    title: tr('chart.breakdown.title', { by }),
    xLabel: tr(`breakdown.by.${breakdown.by}`),
    yLabel: tr('chart.axis.overall'),
    alt: [
      tr('chart.breakdown.alt', { shown: shown.length, by }),
      ...(hidden ? [tr('chart.breakdown.hidden', { n: hidden })] : []),
    ].join(' '),
    width: MAX_CHART_WIDTH,
    height: 460,
    table: {
      columns: [tr(`breakdown.by.${breakdown.by}`), ...statColumns(tr)],
      rows: shown.map((g) => [g.key, ...statRow(g.overall as DistributionStats)]),
    },
    data: {
      labels: shown.map((g) => g.key),
      stats: shown.map((g) => g.overall as DistributionStats),
      subtitle: tr('chart.boxplot.subtitle'),
    } satisfies BoxData,
  };
}

/** chart.js configuration (@sgratzl/chartjs-chart-boxplot) from precomputed statistics, so chart and table agree. */
export function boxplotConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as BoxData;
  const blue = CATEGORY_COLOURS[0];
  return {
    type: 'boxplot',
    data: {
      labels: uniqueLabels(d.labels, 48),
      datasets: [
        {
          label: spec.yLabel,
          data: d.stats.map((s) =>
            s.n === 0
              ? null
              : {
                  min: s.whiskerLow,
                  q1: s.q1,
                  median: s.median,
                  q3: s.q3,
                  max: s.whiskerHigh,
                  mean: s.mean,
                  whiskerMin: s.whiskerLow,
                  whiskerMax: s.whiskerHigh,
                  outliers: [],
                },
          ),
          backgroundColor: withAlpha(blue, 0.35),
          borderColor: blue,
          borderWidth: 1.5,
          medianColor: '#000000',
          meanBackgroundColor: CATEGORY_COLOURS[3],
          meanBorderColor: '#000000',
          meanRadius: 4,
          outlierRadius: 0,
          itemRadius: 0,
        },
      ],
    },
    options: baseOptions(spec, {
      plugins: {
        subtitle: {
          display: true,
          text: d.subtitle,
          color: '#333333',
          padding: { bottom: 10 },
        },
      },
      scales: {
        x: { title: axisTitle(spec.xLabel), ticks: wrappedTicks(14) },
        y: { min: 0, max: 100, title: axisTitle(spec.yLabel) },
      },
    }),
  };
}
