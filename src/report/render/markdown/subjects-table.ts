import type { ReportGroup } from '../../model/report-model.js';
import { fmtScore, fmtShare } from './format.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The table of every subject: rank, name, place, overall with interval, stage, coverage, domain scores. */
export function subjectsTable(group: ReportGroup): string {
  const anonymised = group.subjects.every((s) => s.country === null);
  const withInterval = group.subjects.some((s) => s.uncertainty !== null);
  const columns = ['Rank', 'Subject', ...(anonymised ? [] : ['Country']), 'Period', 'Overall', ...(withInterval ? ['Interval'] : []), 'Stage', 'Coverage', ...group.domains.map((d) => d.title)];
  const rows = group.subjects.map((s): Cell[] => [
    s.rank === null ? '—' : String(s.rank),
    s.label,
    ...(anonymised ? [] : [[s.country, s.region].filter(Boolean).join(', ')]),
    s.period,
    fmtScore(s.overall),
    ...(withInterval ? [s.uncertainty ? `${fmtScore(s.uncertainty.low)}–${fmtScore(s.uncertainty.high)}` : '—'] : []),
    s.stage?.label ?? '—',
    fmtShare(s.coverage),
    ...s.domains.map((d) => fmtScore(d.score)),
  ]);
  const align = columns.map((c, i) => (i === 0 || c === 'Overall' || c === 'Coverage' || i >= columns.length - group.domains.length ? 'r' : 'l'));
  return markdownTable(columns, rows, align as ('l' | 'r')[]);
}
