import type { ReportGroup } from '../../report-model.js';
import type { Words } from '../words.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable } from './markdown-table.js';

/** Over time: trend lines and the change per domain since the previous period. */
export function trendSection(group: ReportGroup, level: string, w: Words): string {
  if (group.trends.length === 0) return '';
  const { t } = w;
  const charts = group.charts.filter((c) => c.type === 'trend').map((c) => chartBlock(c, w));
  const table = markdownTable(
    // Domains by number (named in the key), so that the table fits across an A4 page.
    [
      t('table.subject'),
      t('trend.from'),
      t('trend.to'),
      t('glance.overallRow'),
      ...group.domains.map((_d, i) => `D${i + 1}`),
    ],
    group.trends.map((x) => [
      x.subject,
      x.change?.from ?? '',
      x.change?.to ?? '',
      w.delta(x.change?.overall),
      ...(x.change?.domains ?? []).map((v) => w.delta(v)),
    ]),
    ['l', 'l', 'l', 'r', ...group.domains.map(() => 'r' as const)],
  );
  const key = group.domains.map((d, i) => `D${i + 1} ${escapeMarkdown(d.title)}`).join('; ');
  return [
    `${level} ${t('trend.heading')}`,
    '',
    ...charts.flatMap((c) => [c, '']),
    t('trend.intro', { key }),
    '',
    table,
  ].join('\n');
}
