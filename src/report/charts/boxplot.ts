import { MAX_CHART_WIDTH } from './chart-config.js';
import type { Breakdown, ChartSpec, DistributionStats, ReportGroup } from '../model/report-model.js';
import { axisTitle, baseOptions, uniqueLabels, wrappedTicks, type ChartConfig } from './chart-config.js';
import { CATEGORY_COLOURS, withAlpha } from './palette.js';

interface BoxData {
  labels: string[];
  stats: DistributionStats[];
}

const STAT_COLUMNS = ['n', 'Min', 'P10', 'Q1', 'Median', 'Q3', 'P90', 'Max', 'Mean'];
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
): ChartSpec {
  const labels = ['Overall', ...group.domains.map((d) => d.title)];
  const stats = [group.overall, ...group.domainStats.map((d) => d.stats)];
  return {
    id,
    type: 'boxplot',
    title: 'Distribution of scores by domain',
    xLabel: 'Domain',
    yLabel: 'Score (0-100)',
    alt: `Box plots of the overall score and ${group.domains.length} domain scores over ${group.overall.n + group.overall.missing} subjects: boxes span Q1 to Q3, the line is the median, whiskers reach the most extreme values within 1.5 IQR, the dot is the mean.`,
    width: MAX_CHART_WIDTH,
    height: 520,
    table: {
      columns: ['Domain', ...STAT_COLUMNS],
      rows: labels.map((l, i) => [l, ...statRow(stats[i] as DistributionStats)]),
    },
    data: { labels, stats } satisfies BoxData,
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
export function breakdownChart(id: string, breakdown: Breakdown): ChartSpec {
  const shown = breakdown.groups.filter(isDrawable);
  const hidden = breakdown.groups.length - shown.length;
  return {
    id,
    type: 'breakdown',
    title: `Overall score by ${breakdown.by}`,
    xLabel: breakdown.by[0]!.toUpperCase() + breakdown.by.slice(1),
    yLabel: 'Overall score (0-100)',
    alt: `Box plots of the overall score for ${shown.length} groups by ${breakdown.by}${hidden ? `; ${hidden} groups are not drawn (suppressed, or too few scored subjects for a box: see the table)` : ''}.`,
    width: MAX_CHART_WIDTH,
    height: 460,
    table: {
      columns: [breakdown.by, ...STAT_COLUMNS],
      rows: shown.map((g) => [g.key, ...statRow(g.overall as DistributionStats)]),
    },
    data: {
      labels: shown.map((g) => g.key),
      stats: shown.map((g) => g.overall as DistributionStats),
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
          text: 'Box: Q1 to Q3 · line: median · dot: mean · whiskers: most extreme values within 1.5 × IQR',
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
