import { MAX_CHART_WIDTH } from './chart-config.js';
import type { ChartSpec, DomainRef, SubjectRow } from '../report-model.js';
import { baseOptions, shortLabel, wrapLabel, type ChartConfig } from './chart-config.js';
import { DASHES, POINT_STYLES, seriesColour, withAlpha } from './palette.js';
import type { Translator } from '../i18n/translate.js';

/** At most this many subjects share one radar chart; more are split over several charts. */
export const RADAR_MAX_SERIES = 6;

interface RadarData {
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
}

/** Radar overlays of the subjects' domain scores, split into charts of at most 6 subjects. */
export function radarCharts(
  idPrefix: string,
  rows: readonly SubjectRow[],
  domains: readonly DomainRef[],
  tr: Translator,
): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const parts = Math.ceil(rows.length / RADAR_MAX_SERIES);
  for (let p = 0; p < parts; p++) {
    const chunk = rows.slice(p * RADAR_MAX_SERIES, (p + 1) * RADAR_MAX_SERIES);
    const first = p * RADAR_MAX_SERIES + 1;
    const title =
      parts === 1 ? tr('chart.radar.title') : tr('chart.radar.titlePart', { first, last: first + chunk.length - 1 });
    specs.push({
      id: `${idPrefix}-${p + 1}`,
      type: 'radar',
      title,
      xLabel: tr('table.domain'),
      yLabel: tr('chart.axis.score'),
      alt: tr('chart.radar.alt', { domains: domains.length, subjects: chunk.map((r) => r.label).join(', ') }),
      width: MAX_CHART_WIDTH,
      height: 640,
      table: {
        columns: [tr('table.subject'), ...domains.map((d) => d.title)],
        rows: chunk.map((r) => [r.label, ...r.domains.map((d) => d.score)]),
      },
      data: {
        labels: domains.map((d) => d.title),
        series: chunk.map((r) => ({ label: r.label, values: r.domains.map((d) => d.score) })),
      } satisfies RadarData,
    });
  }
  return specs;
}

/** The shared radial axis: 0-100, labelled domains. */
export function radialScale(): Record<string, unknown> {
  return {
    r: {
      min: 0,
      max: 100,
      ticks: { stepSize: 20, backdropColor: 'rgba(255,255,255,0.8)' },
      pointLabels: { font: { size: 12 }, color: '#1a1a1a' },
    },
  };
}

/** chart.js configuration of a radar spec: one outlined series per subject, each with its own colour, dash and point style. */
export function radarConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as RadarData;
  return {
    type: 'radar',
    data: {
      labels: d.labels.map((l) => wrapLabel(shortLabel(l, 60), 20)),
      datasets: d.series.map((s, i) => ({
        label: shortLabel(s.label, 32),
        data: s.values,
        borderColor: seriesColour(i),
        backgroundColor: withAlpha(seriesColour(i), 0.08),
        borderDash: DASHES[i % DASHES.length],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4,
        borderWidth: 2,
        spanGaps: false,
      })),
    },
    options: baseOptions(spec, {
      scales: radialScale(),
      plugins: { legend: { display: true, position: 'bottom', labels: { usePointStyle: true } } },
    }),
  };
}
