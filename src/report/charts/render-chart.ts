import { createRequire } from 'node:module';
import type { ChartSpec } from '../model/report-model.js';
import { CHART_TYPES } from './chart-types.js';

const require = createRequire(import.meta.url);

/** Charts are drawn at twice their nominal size, so that they stay sharp when printed. */
export const PIXEL_RATIO = 2;

const FONT = '"DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif';
const PLUGINS = ['chartjs-chart-matrix', '@sgratzl/chartjs-chart-boxplot', 'chartjs-chart-geo'];

interface NodeCanvasRenderer {
  renderToBufferSync(config: unknown, mime: 'image/png'): Buffer;
}
type ChartStatic = { register(...items: unknown[]): void; defaults: { font: { family: string; size: number }; color: string } };

const renderers = new Map<string, NodeCanvasRenderer>();

/** Registers the matrix, box-plot and geo chart types into the chart.js instance of a renderer. */
function registerPlugins(chart: ChartStatic): void {
  for (const name of PLUGINS) {
    // chartjs-node-canvas loads a fresh chart.js per renderer: the plugins must be loaded fresh too,
    // so that their controllers extend that instance's classes.
    delete require.cache[require.resolve(name)];
    const plugin = require(name) as Record<string, unknown>;
    chart.register(...Object.values(plugin).filter((v) => typeof v === 'function' && 'id' in (v as object)));
  }
  chart.defaults.font.family = FONT;
  chart.defaults.font.size = 12;
  chart.defaults.color = '#333333';
}

function rendererFor(width: number, height: number): NodeCanvasRenderer {
  const key = `${width}x${height}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    const { ChartJSNodeCanvas } = require('chartjs-node-canvas') as { ChartJSNodeCanvas: new (o: object) => NodeCanvasRenderer };
    renderer = new ChartJSNodeCanvas({ width, height, backgroundColour: '#ffffff', chartCallback: registerPlugins });
    renderers.set(key, renderer);
  }
  return renderer;
}

/**
 * Draws a chart spec to a PNG (chart.js through chartjs-node-canvas, canvas = @napi-rs/canvas),
 * `width x height` CSS pixels at {@link PIXEL_RATIO}, on a white background.
 */
export function renderChart(spec: ChartSpec): Buffer {
  const config = CHART_TYPES[spec.type](spec);
  return rendererFor(spec.width, spec.height).renderToBufferSync(config, 'image/png');
}
