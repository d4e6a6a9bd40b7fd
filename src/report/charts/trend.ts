import type { ChartSpec, DomainRef, TrendSeries } from '../model/report-model.js';
import { axisTitle, baseOptions, shortLabel, type ChartConfig } from './chart-config.js';
import { byCodeUnits } from '../model/group-scorecards.js';
import { RADAR_MAX_SERIES } from './radar.js';
import { DASHES, POINT_STYLES, seriesColour } from './palette.js';

interface TrendData {
  periods: string[];
  series: { label: string; values: (number | null)[] }[];
}

/** A one-subject trend shows the overall line and at most this many domain lines per chart. */
const DOMAINS_PER_TREND = 5;


/** Lines of the overall score over the periods, at most 6 subjects per chart. */
export function trendCharts(idPrefix: string, trends: readonly TrendSeries[], domains: readonly DomainRef[]): ChartSpec[] {
  const periods = [...new Set(trends.flatMap((t) => t.points.map((p) => p.period)))].sort(byCodeUnits);
  if (trends.length === 1) {
    const indexed = domains.map((d, index) => ({ ...d, index }));
    const chunks = Math.ceil(domains.length / DOMAINS_PER_TREND);
    return Array.from({ length: chunks }, (_x, c) => domainTrendChart(`${idPrefix}-${c + 1}`, trends[0]!, periods, indexed.slice(c * DOMAINS_PER_TREND, (c + 1) * DOMAINS_PER_TREND), chunks > 1 ? ` (${c + 1} of ${chunks})` : ''));
  }
  const specs: ChartSpec[] = [];
  const parts = Math.ceil(trends.length / RADAR_MAX_SERIES);
  for (let p = 0; p < parts; p++) {
    const chunk = trends.slice(p * RADAR_MAX_SERIES, (p + 1) * RADAR_MAX_SERIES);
    const series = chunk.map((t) => ({ label: t.subject, values: periods.map((period) => t.points.find((x) => x.period === period)?.overall ?? null) }));
    specs.push({
      id: `${idPrefix}-${p + 1}`,
      type: 'trend',
      title: parts === 1 ? 'Overall score over time' : `Overall score over time (${p + 1} of ${parts})`,
      xLabel: 'Period',
      yLabel: 'Overall score (0-100)',
      alt: `Line chart of the overall score over ${periods.length} periods (${periods[0]} to ${periods[periods.length - 1]}) for ${chunk.map((t) => t.subject).join(', ')}.`,
      width: 800,
      height: 460,
      table: { columns: ['Subject', ...periods], rows: series.map((s) => [s.label, ...s.values]) },
      data: { periods, series } satisfies TrendData,
    });
  }
  return specs;
}

/** One subject over time: its overall score and every domain score, one line each. */
function domainTrendChart(id: string, trend: TrendSeries, periods: string[], domains: readonly (DomainRef & { index: number })[], part: string): ChartSpec {
  const at = (period: string) => trend.points.find((x) => x.period === period);
  const series = [
    { label: 'Overall', values: periods.map((p) => at(p)?.overall ?? null) },
    ...domains.map((d) => ({ label: d.title, values: periods.map((p) => at(p)?.domains[d.index] ?? null) })),
  ];
  return {
    id,
    type: 'trend',
    title: `${trend.subject}: scores over time${part}`,
    xLabel: 'Period',
    yLabel: 'Score (0-100)',
    alt: `Line chart of ${trend.subject}'s overall score and ${domains.length} domain scores over ${periods.length} periods (${periods[0]} to ${periods[periods.length - 1]}).`,
    width: 800,
    height: 480,
    table: { columns: ['Score', ...periods], rows: series.map((s) => [s.label, ...s.values]) },
    data: { periods, series } satisfies TrendData,
  };
}

/** chart.js configuration: one line per subject, each with its own colour, dash and point style. */
export function trendConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as TrendData;
  return {
    type: 'line',
    data: {
      labels: d.periods,
      datasets: d.series.map((s, i) => ({
        label: shortLabel(s.label, 32),
        data: s.values,
        borderColor: seriesColour(i),
        backgroundColor: seriesColour(i),
        borderDash: DASHES[i % DASHES.length],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 5,
        borderWidth: 2.5,
        spanGaps: true,
      })),
    },
    options: baseOptions(spec, {
      scales: { x: { offset: true, title: axisTitle(spec.xLabel) }, y: { min: 0, max: 100, title: axisTitle(spec.yLabel) } },
      plugins: { legend: { display: true, position: 'bottom', labels: { usePointStyle: true } } },
    }),
  };
}
