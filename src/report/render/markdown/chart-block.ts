import type { ChartSpec } from '../../report-model.js';
import type { Words } from '../words.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The path of a chart's PNG, relative to report.md. */
export function chartPath(spec: ChartSpec): string {
  return `charts/${spec.id}.png`;
}

/** Columns that hold counts; every other number in a chart table is a score, shown with one decimal. */
const COUNT_COLUMNS = new Set(['n', 'Rank', 'Subjects', 'Rank 90% low', 'Rank 90% high', 'n/a domains']);
const valueCell = (v: string | number | null, column: string, w: Words): Cell =>
  v === null ? w.t('value.na') : typeof v === 'number' ? (COUNT_COLUMNS.has(column) ? w.count(v) : w.score(v)) : v;

/**
 * A chart in Markdown: the image with its alt text, and its numbers as a table (the text
 * alternative), unless `withTable` is false because the same numbers are in a table nearby.
 */
export function chartBlock(spec: ChartSpec, w: Words, withTable = true, tableNote?: string): string {
  const { t } = w;
  const parts = [
    `![${escapeMarkdown(spec.alt)}](${chartPath(spec)})`,
    '',
    `*${t('chart.figure', { title: escapeMarkdown(spec.title) })}*`,
  ];
  if (withTable && spec.table.rows.length > 0) {
    const numeric = spec.table.columns.map((_c, i) =>
      spec.table.rows.every((r) => typeof r[i] !== 'string') ? 'r' : 'l',
    );
    parts.push(
      '',
      t('chart.numbersOf', { title: escapeMarkdown(spec.title) }),
      '',
      markdownTable(
        spec.table.columns,
        spec.table.rows.map((r) => r.map((v, i) => valueCell(v, spec.table.columns[i] ?? '', w))),
        numeric,
      ),
    );
  } else if (tableNote) {
    parts.push('', tableNote);
  }
  return parts.join('\n');
}
