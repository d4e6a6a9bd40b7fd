import type { ChartSpec, SubjectGrid } from '../report-model.js';
import { uniqueLabels } from './chart-config.js';
import { MAX_CHART_WIDTH } from './chart-config.js';
import type { HeatmapData } from './heatmap.js';
import type { Translator } from '../i18n/translate.js';

/**
 * The GDHM-style grid: one row per subject, one column per indicator (headed by its code), each
 * cell the level or value answered, coloured by its score, so that a phase questionnaire reads
 * as phases 1 (dark) to 5 (yellow). The numbers are in the grid table beside it.
 */
export function subjectGridChart(id: string, grid: SubjectGrid, tr: Translator): ChartSpec {
  const x = grid.indicators.map((i) => i.code);
  const y = uniqueLabels(
    grid.rows.map((r) => r.label),
    26,
  );
  const cells = grid.rows.flatMap((r, j) =>
    r.cells.map((c, i) => ({ x: x[i] as string, y: y[j] as string, v: c.score, t: c.text })),
  );
  return {
    id,
    type: 'grid',
    title: tr('report.grid.heading'),
    xLabel: tr('chart.axis.gridIndicator'),
    yLabel: tr('table.subject'),
    alt: tr('chart.grid.alt', { indicators: grid.indicators.length, subjects: grid.rows.length }),
    width: MAX_CHART_WIDTH,
    height: Math.max(300, 230 + 30 * grid.rows.length),
    table: { columns: [], rows: [] },
    data: {
      x,
      y,
      cells,
      subtitle: tr('chart.grid.subtitle'),
    } satisfies HeatmapData,
  };
}
