import type { ChartSpec } from '../report-model.js';

/** The shipped DejaVu Sans (fonts/), under its own name: charts never depend on the machine's fonts. */
export const CHART_FONT_FAMILY = 'Readiness Sans';

/**
 * The widest chart, in CSS pixels: printed across A4 portrait (186 mm between the margins, ~703 CSS
 * px), its smallest text (12 px) stays at 8 pt or more.
 */
export const MAX_CHART_WIDTH = 780;

/** A chart.js configuration (typed loosely: the matrix, box-plot and geo plugins extend it). */
export type ChartConfig = Record<string, unknown>;

/** Turns a chart spec of one type into a chart.js configuration. */
export type ChartConfigBuilder = (spec: ChartSpec) => ChartConfig;

/** Title, axis titles and font sizes every chart shares. */
export function baseOptions(spec: ChartSpec, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    responsive: false,
    animation: false,
    devicePixelRatio: 2,
    layout: { padding: 12 },
    ...extra,
    plugins: {
      title: {
        display: true,
        text: spec.title,
        font: { size: 16, weight: 'bold' },
        color: '#1a1a1a',
        padding: { bottom: 12 },
      },
      legend: { display: false },
      ...((extra.plugins as Record<string, unknown> | undefined) ?? {}),
    },
  };
}

/** An axis title in the shared style. */
export function axisTitle(text: string): Record<string, unknown> {
  return { display: text !== '', text, font: { size: 13, weight: 'bold' }, color: '#333333' };
}

/** Shortens a label for an axis (full labels are in the table beside the chart). */
export function shortLabel(label: string, max = 28): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** Shortened labels made unique (a category axis merges equal labels): repeats get " (2)", " (3)"... */
export function uniqueLabels(labels: readonly string[], max = 28): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const short = shortLabel(label, max);
    const count = (seen.get(short) ?? 0) + 1;
    seen.set(short, count);
    return count === 1 ? short : `${short} (${count})`;
  });
}

/** The part of a canvas 2D context the inline drawing plugins use (lib "dom" is not loaded). */
export interface DrawContext {
  save(): void;
  restore(): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  strokeStyle: string;
  fillStyle: string;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
}

/** Splits a label into lines of at most `width` characters (at spaces), for tick labels. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Tick options that print category labels wrapped over several lines. */
export function wrappedTicks(width = 16): Record<string, unknown> {
  return {
    autoSkip: false,
    maxRotation: 0,
    callback(this: { getLabelForValue(v: number): string }, value: number) {
      return wrapLabel(this.getLabelForValue(value), width);
    },
  };
}
