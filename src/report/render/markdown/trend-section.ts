import type { ReportGroup } from '../../model/report-model.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import { fmtDelta } from './format.js';
import { markdownTable } from './markdown-table.js';

/** Over time: trend lines and the change per domain since the previous period. */
export function trendSection(group: ReportGroup, level: string): string {
  if (group.trends.length === 0) return '';
  const charts = group.charts.filter((c) => c.type === 'trend').map((c) => chartBlock(c));
  const table = markdownTable(
    // Domains by number (named in the key), so that the table fits across an A4 page.
    ['Subject', 'From', 'To', 'Overall', ...group.domains.map((_d, i) => `D${i + 1}`)],
    group.trends.map((t) => [
      t.subject,
      t.change?.from ?? '',
      t.change?.to ?? '',
      fmtDelta(t.change?.overall),
      ...(t.change?.domains ?? []).map((v) => fmtDelta(v)),
    ]),
    ['l', 'l', 'l', 'r', ...group.domains.map(() => 'r' as const)],
  );
  return [
    `${level} Over time`,
    '',
    ...charts.flatMap((c) => [c, '']),
    `Change in points since the previous period (domains: ${group.domains.map((d, i) => `D${i + 1} ${escapeMarkdown(d.title)}`).join('; ')}):`,
    '',
    table,
  ].join('\n');
}
