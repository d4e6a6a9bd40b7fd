import type { ChartSpec, SubjectGrid } from '../model/report-model.js';
import { uniqueLabels } from './chart-config.js';
import { MAX_CHART_WIDTH } from './chart-config.js';
import type { HeatmapData } from './heatmap.js';

/**
 * The GDHM-style grid: one row per subject, one column per indicator (headed by its code), each
 * cell the level or value answered, coloured by its score, so that a phase questionnaire reads
 * as phases 1 (dark) to 5 (yellow). The numbers are in the grid table beside it.
 */
export function subjectGridChart(id: string, grid: SubjectGrid): ChartSpec {
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
    title: 'Every indicator by subject',
    xLabel: 'Indicator (code: domain.indicator)',
    yLabel: 'Subject',
    alt: `Grid of ${grid.indicators.length} indicators for ${grid.rows.length} subjects; each cell holds the level (phase) or value answered, darker cells are lower levels, grey cells are unknown (?) or missing (–). The same grid is the table that follows.`,
    width: MAX_CHART_WIDTH,
    height: Math.max(300, 230 + 30 * grid.rows.length),
    table: { columns: [], rows: [] },
    data: {
      x,
      y,
      cells,
      subtitle:
        'Level (phase) or value in each cell; colour from dark (lowest) to yellow (highest); grey: unknown or missing',
    } satisfies HeatmapData,
  };
}
