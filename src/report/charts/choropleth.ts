import type { ChartSpec, SubjectRow } from '../model/report-model.js';
import { baseOptions, type ChartConfig } from './chart-config.js';
import { EUROPE_NUMERIC } from './europe-countries.js';
import { europeFeatures } from './europe-map.js';
import { NO_DATA } from './palette.js';

interface ChoroplethData {
  values: { country: string; label: string; value: number | null }[];
}

/** A map of Europe coloured by the countries' overall scores (viridis; grey: no score or not assessed). */
export function choroplethChart(id: string, rows: readonly SubjectRow[]): ChartSpec | null {
  const values = rows
    .filter((r) => r.country !== null && EUROPE_NUMERIC[r.country] !== undefined)
    .map((r) => ({ country: r.country as string, label: r.label, value: r.overall }));
  if (values.length === 0) return null;
  const offMap = rows.length - values.length;
  return {
    id,
    type: 'choropleth',
    title: 'Overall score by country (colour scale 0-100 at bottom left)',
    xLabel: '',
    yLabel: '',
    alt: `Map of Europe with ${values.length} assessed countries coloured by overall score (dark: low, yellow: high; grey: not assessed or no score)${offMap ? `; ${offMap} subjects outside the map are listed in the tables` : ''}.`,
    width: 900,
    height: 760,
    table: { columns: ['Country', 'Subject', 'Overall'], rows: values.map((v) => [v.country, v.label, v.value]) },
    data: { values } satisfies ChoroplethData,
  };
}

/** chart.js configuration (chartjs-chart-geo): equal-area conic projection fitted to Europe, viridis colour scale 0-100. */
export function choroplethConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as ChoroplethData;
  const features = europeFeatures();
  const byId = new Map(d.values.map((v) => [EUROPE_NUMERIC[v.country] as string, v.value]));
  return {
    type: 'choropleth',
    data: {
      labels: features.map((f) => f.properties.name),
      datasets: [
        {
          label: 'Overall score',
          outline: features,
          showOutline: true,
          data: features.map((f) => ({ feature: f, value: byId.has(f.id) ? byId.get(f.id) : undefined })),
          borderColor: '#ffffff',
          borderWidth: 0.8,
        },
      ],
    },
    options: baseOptions(spec, {
      showOutline: true,
      showGraticule: false,
      scales: {
        projection: { axis: 'x', projection: 'conicEqualArea' },
        color: {
          axis: 'x',
          min: 0,
          max: 100,
          interpolate: 'viridis',
          missing: NO_DATA,
          legend: {
            position: 'bottom-left',
            align: 'bottom',
            length: 300,
            width: 16,
            margin: { left: 16, bottom: 56, top: 0, right: 0 },
          },
          ticks: { font: { size: 12 } },
        },
      },
    }),
  };
}
