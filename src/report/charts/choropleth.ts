import { createRequire } from 'node:module';
import type { ChartSpec, SubjectRow } from '../report-model.js';
import { CHART_FONT_FAMILY, MAX_CHART_WIDTH, baseOptions, type ChartConfig, type DrawContext } from './chart-config.js';
import { EUROPE_NUMERIC } from './europe-countries.js';
import { europeFeatures } from './europe-map.js';
import { NO_DATA, viridis } from './palette.js';
import { round } from '../../numbers/round.js';
import type { Translator } from '../i18n/translate.js';

const require = createRequire(import.meta.url);

/**
 * `levels`: coloured by the questionnaire's stages (e.g. GDHM phases), one colour per stage;
 * `scores`: coloured by the overall score on a 0-100 scale.
 */
interface ChoroplethData {
  mode: 'levels' | 'scores';
  /** The colour keys of the legend: stage index and label (levels), or 0..100 ticks (scores). */
  keys: { value: number; label: string }[];
  /** value: stage index or score (null: grey); text: what is printed on the country. */
  values: { country: string; label: string; value: number | null; text: string }[];
  /** The legend's key of grey countries. */
  noValue: string;
}

/** Height of the strip under the map that holds the legend: no country is ever drawn there. */
export const LEGEND_STRIP = 70;

const stageText = (r: SubjectRow): string => {
  if (r.stage === null) return r.stagePossible === null ? '–' : `–${r.stagePossible.index + 1}`;
  if (r.stagePossible !== null && r.stagePossible.index > r.stage.index)
    return `${r.stage.index + 1}–${r.stagePossible.index + 1}`;
  return String(r.stage.index + 1);
};

/**
 * A map of Europe coloured by the countries' stages when the questionnaire has stages (each
 * country labelled with its stage number, a range when not determined), else by overall score
 * (labelled with it); grey: not assessed or no value.
 */
export function choroplethChart(id: string, rows: readonly SubjectRow[], tr: Translator): ChartSpec | null {
  const drawn = rows.filter((r) => r.country !== null && EUROPE_NUMERIC[r.country] !== undefined);
  if (drawn.length === 0) return null;
  const offMap = rows.length - drawn.length;
  const stages = new Map<number, string>();
  for (const r of drawn) for (const s of [r.stage, r.stagePossible]) if (s) stages.set(s.index, s.label);
  const mode = stages.size > 0 ? 'levels' : 'scores';
  const values = drawn.map((r) => ({
    country: r.country as string,
    label: r.label,
    value: mode === 'levels' ? (r.stage?.index ?? null) : r.overall,
    text: mode === 'levels' ? stageText(r) : r.overall === null ? tr('value.na') : round(r.overall).toFixed(1),
  }));
  const top = Math.max(0, ...stages.keys());
  const keys =
    mode === 'levels'
      ? Array.from({ length: top + 1 }, (_v, i) => ({
          value: i,
          label: stages.get(i) ?? tr('chart.map.stageN', { n: i + 1 }),
        }))
      : [0, 25, 50, 75, 100].map((v) => ({ value: v, label: String(v) }));
  const what = tr(mode === 'levels' ? 'chart.map.whatLevels' : 'chart.map.whatScores');
  return {
    id,
    type: 'choropleth',
    title: tr(mode === 'levels' ? 'chart.map.titleLevels' : 'chart.map.titleScores'),
    xLabel: '',
    yLabel: '',
    alt: [
      tr('chart.map.alt', { n: values.length, what }),
      ...(offMap ? [tr('chart.map.offMap', { n: offMap })] : []),
    ].join(' '),
    width: MAX_CHART_WIDTH,
    height: 720,
    table: {
      columns: [
        tr('breakdown.by.country'),
        tr('table.subject'),
        tr(mode === 'levels' ? 'table.stage' : 'glance.overallRow'),
      ],
      rows: drawn.map((r, i) => [
        r.country as string,
        r.label,
        mode === 'levels'
          ? (r.stage?.label ?? tr('audit.noStage')) + (values[i]!.text.includes('–') ? ` (${values[i]!.text})` : '')
          : r.overall,
      ]),
    },
    data: { mode, keys, values, noValue: tr('chart.map.noValue') } satisfies ChoroplethData,
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface ChartArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface LegendContext extends DrawContext {
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  lineJoin: string;
}

/** Where the legend goes: in the strip below the map's area, never over it. */
export function legendBox(area: ChartArea): Box {
  return { x: area.left, y: area.bottom + 10, width: area.right - area.left, height: LEGEND_STRIP - 16 };
}

const colourOf = (d: ChoroplethData, value: number): string => {
  const top = d.mode === 'levels' ? Math.max(1, d.keys.length - 1) : 100;
  return viridis(value / top);
};

function drawLegend(ctx: LegendContext, box: Box, d: ChoroplethData): void {
  ctx.save();
  ctx.font = `12px "${CHART_FONT_FAMILY}", sans-serif`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  const swatch = { w: 22, h: 14 };
  let x = box.x;
  const y = box.y;
  const item = (colour: string, text: string): void => {
    ctx.fillStyle = colour;
    ctx.fillRect(x, y, swatch.w, swatch.h);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(text, x + swatch.w + 5, y + 1);
    x += swatch.w + 5 + ctx.measureText(text).width + 14;
  };
  if (d.mode === 'levels') {
    for (const k of d.keys) item(colourOf(d, k.value), /\d/.test(k.label) ? k.label : `${k.value + 1}: ${k.label}`);
  } else {
    const steps = 50;
    const w = 240;
    for (let i = 0; i < steps; i++) {
      ctx.fillStyle = viridis(i / (steps - 1));
      ctx.fillRect(x + (i * w) / steps, y, w / steps + 0.5, swatch.h);
    }
    ctx.fillStyle = '#1a1a1a';
    ctx.textAlign = 'center';
    for (const k of d.keys) ctx.fillText(k.label, x + (k.value / 100) * w, y + swatch.h + 4);
    ctx.textAlign = 'left';
    x += w + 24;
  }
  item(NO_DATA, d.noValue);
  ctx.restore();
}

type GeoElement = { getCenterPoint(): { x: number; y: number }; feature: { id: string } };

/**
 * chart.js configuration (chartjs-chart-geo): a Lambert azimuthal equal-area projection centred on
 * 10°E 52°N (the projection of EPSG:3035, the EU's statistical maps), fitted to Europe from Iceland
 * to the Caucasus; the map is clipped to its area, the legend drawn in a strip below it, and each
 * assessed country labelled with its value.
 */
export function choroplethConfig(spec: ChartSpec): ChartConfig {
  const d = spec.data as ChoroplethData;
  const features = europeFeatures();
  const byId = new Map(d.values.map((v) => [EUROPE_NUMERIC[v.country] as string, v]));
  const { geoAzimuthalEqualArea } = require('chartjs-chart-geo') as {
    geoAzimuthalEqualArea(): { rotate(r: [number, number]): unknown };
  };
  const frame = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [-24, 66],
        [-10, 36],
        [-6, 35.5],
        [12.5, 35.2],
        [25, 34.7],
        [34, 34],
        [44, 42],
        [42, 62],
        [28, 71.5],
      ],
    },
  };
  const top = d.mode === 'levels' ? Math.max(1, d.keys.length - 1) : 100;
  return {
    type: 'choropleth',
    data: {
      labels: features.map((f) => f.properties.name),
      datasets: [
        {
          label: d.mode === 'levels' ? 'Stage' : 'Overall score',
          outline: frame,
          showOutline: false,
          clipMap: true,
          data: features.map((f) => ({ feature: f, value: byId.get(f.id)?.value ?? undefined })),
          borderColor: '#ffffff',
          borderWidth: 0.8,
        },
      ],
    },
    options: baseOptions(spec, {
      layout: { padding: { top: 12, left: 12, right: 12, bottom: LEGEND_STRIP } },
      scales: {
        projection: { axis: 'x', projection: geoAzimuthalEqualArea().rotate([-10, -52]) },
        color: {
          axis: 'x',
          display: false,
          min: 0,
          max: top,
          interpolate: (t: number) => viridis(t),
          missing: NO_DATA,
        },
      },
    }),
    plugins: [
      {
        id: 'countryLabels',
        afterDatasetsDraw(chart: {
          ctx: LegendContext;
          chartArea: ChartArea;
          getDatasetMeta(i: number): { data: GeoElement[] };
        }) {
          const { ctx } = chart;
          ctx.save();
          ctx.font = `bold 13px "${CHART_FONT_FAMILY}", sans-serif`;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.lineJoin = 'round';
          for (const el of chart.getDatasetMeta(0).data) {
            const v = byId.get(el.feature.id);
            if (v === undefined) continue;
            const p = el.getCenterPoint();
            ctx.strokeStyle = '#ffffff';
            ctx.lineWidth = 3;
            ctx.strokeText(v.text, p.x, p.y);
            ctx.fillStyle = '#1a1a1a';
            ctx.fillText(v.text, p.x, p.y);
          }
          ctx.restore();
          drawLegend(ctx, legendBox(chart.chartArea), d);
        },
      },
    ],
  };
}
