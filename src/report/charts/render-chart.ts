import { createRequire } from 'node:module';
import type { ChartSpec } from '../report-model.js';
import { packagePath } from '../../io/package-path.js';
import { CHART_FONT_FAMILY } from './chart-config.js';
import { CHART_TYPES } from './chart-types.js';

const require = createRequire(import.meta.url);

/** Charts are drawn at twice their nominal size, so that they stay sharp when printed. */
export const PIXEL_RATIO = 2;

const FONT = `"${CHART_FONT_FAMILY}", sans-serif`;
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
const PLUGINS = ['chartjs-chart-matrix', '@sgratzl/chartjs-chart-boxplot', 'chartjs-chart-geo'];

interface NodeCanvasRenderer {
  renderToBufferSync(config: unknown, mime: 'image/png'): Buffer;
  /** The canvas size of the next render (chartjs-node-canvas reads these when it renders). */
  _width: number;
  _height: number;
}
type ChartStatic = {
  register(...items: unknown[]): void;
  defaults: { font: { family: string; size: number }; color: string };
};

// Module cache: the chart renderer (canvas and fonts), made once per process: a memo of a constant.
let renderer: NodeCanvasRenderer | undefined;

/** Paints the whole chart white behind everything (PNG charts are transparent otherwise). */
const WHITE_BACKGROUND = {
  id: 'whiteBackground',
  beforeDraw(chart: {
    width: number;
    height: number;
    ctx: {
      save(): void;
      restore(): void;
      fillRect(x: number, y: number, w: number, h: number): void;
      fillStyle: string;
      globalCompositeOperation: string;
    };
  }) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Registers the matrix, box-plot and geo chart types into the chart.js instance of a renderer. */
function registerPlugins(chart: ChartStatic): void {
  for (const name of PLUGINS) {
    // chartjs-node-canvas loads a fresh chart.js per renderer: the plugins must be loaded fresh too,
    // so that their controllers extend that instance's classes.
    delete require.cache[require.resolve(name)];
    const plugin = require(name) as Record<string, unknown>;
    chart.register(...Object.values(plugin).filter((v) => typeof v === 'function' && 'id' in (v as object)));
  }
  chart.register(WHITE_BACKGROUND);
  chart.defaults.font.family = FONT;
  chart.defaults.font.size = 12;
  chart.defaults.color = '#333333';
}

/**
 * One renderer per process, sized for each chart. chartjs-node-canvas fixes the size at
 * construction and loads a fresh chart.js and plugins for every instance (~0.3 s each); it reads the
 * size only when it renders, so one instance is resized instead of one being made per size.
 */
function rendererFor(width: number, height: number): NodeCanvasRenderer {
  if (!renderer) {
    // `canvas` is @napi-rs/canvas (package.json overrides): fonts are registered on its GlobalFonts.
    const { GlobalFonts } = require('canvas') as {
      GlobalFonts: { registerFromPath(path: string, alias: string): unknown };
    };
    for (const file of FONT_FILES)
      GlobalFonts.registerFromPath(packagePath('src', 'report', 'charts', 'fonts', file), CHART_FONT_FAMILY);
    const { ChartJSNodeCanvas } = require('chartjs-node-canvas') as {
      ChartJSNodeCanvas: new (o: object) => NodeCanvasRenderer;
    };
    renderer = new ChartJSNodeCanvas({ width, height, chartCallback: registerPlugins });
  }
  renderer._width = width;
  renderer._height = height;
  return renderer;
}

/**
 * Draws a chart spec to a PNG (chart.js through chartjs-node-canvas, canvas = @napi-rs/canvas),
 * `width x height` CSS pixels at {@link PIXEL_RATIO}, on a white background.
 */
export function renderChart(spec: ChartSpec): Buffer {
  return renderChartConfig(CHART_TYPES[spec.type](spec), spec.width, spec.height);
}

/** Draws a chart.js configuration (as a chart type builds it, possibly with plugins added) to a PNG. */
export function renderChartConfig(config: Record<string, unknown>, width: number, height: number): Buffer {
  return rendererFor(width, height).renderToBufferSync(config, 'image/png');
}
