import { MAX_CHART_WIDTH } from './chart-config.js';
import type { ChartSpec, DomainRef, TrendSeries } from '../report-model.js';
import { axisTitle, baseOptions, shortLabel, type ChartConfig } from './chart-config.js';
import { comparePeriods, isPeriodInterval, parsePeriod, periodMidYear } from '../../questionnaire/period.js';
import { RADAR_MAX_SERIES } from './radar.js';
import { DASHES, POINT_STYLES, seriesColour } from './palette.js';
import type { Translator } from '../i18n/translate.js';

interface TrendData {
  periods: string[];
  /** Each period's place on the time axis: its midpoint in fractional years (same order as `periods`). */
  positions: number[];
  series: { label: string; values: (number | null)[] }[];
}

/** Each period's midpoint in years (a text that is not a period, possible only in hand-made scorecards, sits a year before the first, as comparePeriods sorts it first). */
export function periodPositions(periods: readonly string[]): number[] {
  const parsed = periods.map((p) => parsePeriod(p));
  const known = parsed.flatMap((p) => (isPeriodInterval(p) ? [periodMidYear(p)] : []));
  const before = known.length ? Math.min(...known) - 1 : 0;
  return parsed.map((p) => (isPeriodInterval(p) ? periodMidYear(p) : before));
}

/** A one-subject trend shows the overall line and at most this many domain lines per chart. */
const DOMAINS_PER_TREND = 5;

/** Lines of the overall score over the periods, at most 6 subjects per chart. */
export function trendCharts(
  idPrefix: string,
  trends: readonly TrendSeries[],
  domains: readonly DomainRef[],
  tr: Translator,
): ChartSpec[] {
  const periods = [...new Set(trends.flatMap((t) => t.points.map((p) => p.period)))].sort(comparePeriods);
  if (trends.length === 1) {
    const indexed = domains.map((d, index) => ({ ...d, index }));
    const chunks = Math.ceil(domains.length / DOMAINS_PER_TREND);
    return Array.from({ length: chunks }, (_x, c) =>
      domainTrendChart(
        `${idPrefix}-${c + 1}`,
        trends[0]!,
        periods,
        indexed.slice(c * DOMAINS_PER_TREND, (c + 1) * DOMAINS_PER_TREND),
        chunks > 1 ? ` ${tr('chart.part', { part: c + 1, parts: chunks })}` : '',
        tr,
      ),
    );
  }
  const specs: ChartSpec[] = [];
  const parts = Math.ceil(trends.length / RADAR_MAX_SERIES);
  for (let p = 0; p < parts; p++) {
    const chunk = trends.slice(p * RADAR_MAX_SERIES, (p + 1) * RADAR_MAX_SERIES);
    const series = chunk.map((t) => ({
      label: t.subject,
      values: periods.map((period) => t.points.find((x) => x.period === period)?.overall ?? null),
    }));
    specs.push({
      id: `${idPrefix}-${p + 1}`,
      type: 'trend',
      title: tr('chart.trend.title') + (parts === 1 ? '' : ` ${tr('chart.part', { part: p + 1, parts })}`),
      xLabel: tr('chart.axis.period'),
      yLabel: tr('chart.axis.overall'),
      alt: tr('chart.trend.alt', {
        n: periods.length,
        from: periods[0] ?? '',
        to: periods[periods.length - 1] ?? '',
        subjects: chunk.map((t) => t.subject).join(', '),
      }),
      width: MAX_CHART_WIDTH,
      height: 460,
      table: { columns: [tr('table.subject'), ...periods], rows: series.map((s) => [s.label, ...s.values]) },
      data: { periods, positions: periodPositions(periods), series } satisfies TrendData,
    });
  }
  return specs;
}

/** One subject over time: its overall score and every domain score, one line each. */
function domainTrendChart(
  id: string,
  trend: TrendSeries,
  periods: string[],
  domains: readonly (DomainRef & { index: number })[],
  part: string,
  tr: Translator,
): ChartSpec {
  const at = (period: string) => trend.points.find((x) => x.period === period);
  const series = [
    { label: tr('glance.overallRow'), values: periods.map((p) => at(p)?.overall ?? null) },
    ...domains.map((d) => ({ label: d.title, values: periods.map((p) => at(p)?.domains[d.index] ?? null) })),
  ];
  return {
    id,
    type: 'trend',
    title: tr('chart.trend.subjectTitle', { subject: trend.subject }) + part,
    xLabel: tr('chart.axis.period'),
    yLabel: tr('chart.axis.score'),
    alt: tr('chart.trend.subjectAlt', {
      subject: trend.subject,
      domains: domains.length,
      n: periods.length,
      from: periods[0] ?? '',
      to: periods[periods.length - 1] ?? '',
    }),
    width: MAX_CHART_WIDTH,
    height: 480,
    table: { columns: [tr('table.score'), ...periods], rows: series.map((s) => [s.label, ...s.values]) },
    data: { periods, positions: periodPositions(periods), series } satisfies TrendData,
  };
}

/** Rough width of a tick label's character at the 12 px chart font, and the plot's share of the chart width. */
const CHAR_PX = 7.5;
const PLOT_MARGIN_PX = 110;

/**
 * Axis ticks: one per distinct position, labelled with its period(s) (`2026-05 / 2026-Q2` when two
 * share a midpoint). A label that would overlap its neighbour on the axis goes one line lower
 * (up to 3 lines), so that close periods (2026 and 2026-Q3) stay readable.
 */
function axisTicks(d: TrendData, width: number, min: number, max: number): { value: number; lines: string[] }[] {
  const byValue = new Map<number, string[]>();
  d.positions.forEach((value, i) => byValue.set(value, [...(byValue.get(value) ?? []), d.periods[i]!]));
  const pxPerYear = (width - PLOT_MARGIN_PX) / Math.max(max - min, 1e-9);
  const lastOnLine: { px: number; half: number }[] = [];
  return [...byValue.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, labels]) => {
      const label = labels.join(' / ');
      const px = (value - min) * pxPerYear;
      const half = (label.length * CHAR_PX) / 2;
      let line = lastOnLine.findIndex((l) => px - half >= l.px + l.half + CHAR_PX);
      if (line < 0) line = lastOnLine.length < 3 ? lastOnLine.length : 0;
      lastOnLine[line] = { px, half };
      return { value, lines: [...Array<string>(line).fill(''), label] };
    });
}

/**
 * chart.js configuration: one line per subject, each with its own colour, dash and point style, on
 * a linear time axis (x = each period's midpoint in years), so that 2024, 2025-H1 and 2026 are
 * spaced as far apart as they are in time; ticks sit at the periods and carry their names.
 */
export function trendConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as TrendData;
  const first = d.positions.length ? Math.min(...d.positions) : 0;
  const last = d.positions.length ? Math.max(...d.positions) : 0;
  const pad = Math.max((last - first) * 0.05, 0.25);
  const ticks = axisTicks(d, spec.width, first - pad, last + pad);
  const labelOf = new Map(ticks.map((t) => [t.value, t.lines]));
  return {
    type: 'line',
    data: {
      datasets: d.series.map((s, i) => ({
        label: shortLabel(s.label, 32),
        data: s.values.flatMap((y, at) => (y === null ? [] : [{ x: d.positions[at]!, y }])),
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
      scales: {
        x: {
          type: 'linear',
          min: first - pad,
          max: last + pad,
          title: axisTitle(spec.xLabel),
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
            axis.ticks = ticks.map((t) => ({ value: t.value }));
          },
          ticks: { autoSkip: false, maxRotation: 0, callback: (value: number) => labelOf.get(value) ?? '' },
        },
        y: { min: 0, max: 100, title: axisTitle(spec.yLabel) },
      },
      plugins: { legend: { display: true, position: 'bottom', labels: { usePointStyle: true } } },
    }),
  };
}
