import { MAX_CHART_WIDTH } from './chart-config.js';
import type { ChartSpec, DomainRef, SelfAudit } from '../report-model.js';
import { baseOptions, shortLabel, wrapLabel, type ChartConfig } from './chart-config.js';
import { radialScale } from './radar.js';
import { CATEGORY_COLOURS, withAlpha } from './palette.js';
import type { Translator } from '../i18n/translate.js';

interface ReferenceRadarData {
  labels: string[];
  subject: string;
  values: (number | null)[];
  median: (number | null)[] | null;
  q1: (number | null)[] | null;
  q3: (number | null)[] | null;
  /** The legend's names of the reference series: Q1, median, Q3. */
  names: { q1: string; median: string; q3: string };
}

/** The subject's domain scores, with the reference group's median and interquartile range when given. */
export function referenceRadarChart(
  id: string,
  audit: SelfAudit,
  values: (number | null)[],
  domains: readonly DomainRef[],
  tr: Translator,
): ChartSpec {
  const ref = audit.reference;
  const pick = (key: 'median' | 'q1' | 'q3'): (number | null)[] | null =>
    ref ? domains.map((d) => ref.domains.find((x) => x.id === d.id)?.stats[key] ?? null) : null;
  const data: ReferenceRadarData = {
    labels: domains.map((d) => d.title),
    subject: audit.subject,
    values,
    median: pick('median'),
    q1: pick('q1'),
    q3: pick('q3'),
    names: { q1: tr('chart.col.refQ1'), median: tr('chart.col.refMedian'), q3: tr('chart.col.refQ3') },
  };
  const columns = [
    tr('table.domain'),
    tr('table.score'),
    ...(ref ? [data.names.q1, data.names.median, data.names.q3] : []),
  ];
  return {
    id,
    type: 'reference-radar',
    title: ref ? tr('chart.refRadar.titleRef', { n: ref.n }) : tr('chart.refRadar.title'),
    xLabel: tr('table.domain'),
    yLabel: tr('chart.axis.score'),
    alt: tr(ref ? 'chart.refRadar.altRef' : 'chart.refRadar.alt', { domains: domains.length, subject: audit.subject }),
    width: MAX_CHART_WIDTH,
    height: 640,
    table: {
      columns,
      rows: domains.map((d, i) =>
        ref
          ? [d.title, values[i] ?? null, data.q1?.[i] ?? null, data.median?.[i] ?? null, data.q3?.[i] ?? null]
          : [d.title, values[i] ?? null],
      ),
    },
    data,
  };
}

/** chart.js configuration: subject solid blue; reference median dashed black; IQR as a shaded band between Q1 and Q3. */
export function referenceRadarConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as ReferenceRadarData;
  const blue = CATEGORY_COLOURS[0];
  const datasets: Record<string, unknown>[] = [
    {
      label: shortLabel(d.subject, 40),
      data: d.values,
      borderColor: blue,
      backgroundColor: withAlpha(blue, 0.15),
      borderWidth: 3,
      pointRadius: 4,
      // An n/a domain is a gap in the outline, never a point at the centre (a zero that is not there).
      spanGaps: false,
      fill: true,
    },
  ];
  if (d.median && d.q1 && d.q3) {
    // The band and median break where the reference has no score, as the subject's line does.
    const orange = CATEGORY_COLOURS[1];
    datasets.push(
      {
        label: d.names.q3,
        data: d.q3,
        borderColor: withAlpha(orange, 0.6),
        backgroundColor: withAlpha(orange, 0.25),
        borderWidth: 1,
        pointRadius: 0,
        spanGaps: false,
        fill: '+1',
      },
      {
        label: d.names.q1,
        data: d.q1,
        borderColor: withAlpha(orange, 0.6),
        backgroundColor: 'rgba(0,0,0,0)',
        borderWidth: 1,
        pointRadius: 0,
        spanGaps: false,
        fill: false,
      },
      {
        label: d.names.median,
        data: d.median,
        borderColor: '#000000',
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 2,
        spanGaps: false,
        fill: false,
      },
    );
  }
  return {
    type: 'radar',
    data: { labels: d.labels.map((l) => wrapLabel(shortLabel(l, 60), 20)), datasets },
    options: baseOptions(spec, {
      scales: radialScale(),
      plugins: { legend: { display: true, position: 'bottom' }, filler: { propagate: false } },
    }),
  };
}
