import type { ReportGroup } from '../../model/report-model.js';
import { stageRangeText } from '../../../scoring/stage-text.js';
import { escapeMarkdown } from './escape-markdown.js';
import { fmtScore, fmtShare } from './format.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The table of every subject: rank, name, place, period, overall with interval, stage and coverage. */
export function subjectsTable(group: ReportGroup): string {
  const anonymised = group.subjects.every((s) => s.country === null);
  const withInterval = group.subjects.some((s) => s.uncertainty !== null);
  const columns = ['Rank', 'Subject', ...(anonymised ? [] : ['Place']), 'Period', 'Overall', ...(withInterval ? ['Interval'] : []), 'Stage', 'Coverage'];
  const rows = group.subjects.map((s): Cell[] => [
    s.rank === null ? '—' : String(s.rank),
    s.label,
    ...(anonymised ? [] : [[s.country, s.region].filter(Boolean).join(', ')]),
    s.period,
    fmtScore(s.overall),
    ...(withInterval ? [s.uncertainty ? `${fmtScore(s.uncertainty.low)}–${fmtScore(s.uncertainty.high)}` : '—'] : []),
    stageRangeText(s, (st) => st.label, '—'),
    fmtShare(s.coverage),
  ]);
  return markdownTable(columns, rows, columns.map((c) => (['Rank', 'Overall', 'Coverage'].includes(c) ? 'r' : 'l')));
}

/**
 * The domain scores of every subject. Columns are numbered D1, D2... (named in a key above the
 * table), so that even eleven domains fit across an A4 page.
 */
export function domainScoresTable(group: ReportGroup): string {
  const key = group.domains.map((d, i) => `D${i + 1} ${escapeMarkdown(d.title)}`).join('; ');
  const columns = ['Subject', ...group.domains.map((_d, i) => `D${i + 1}`)];
  const rows = group.subjects.map((s): Cell[] => [s.label, ...s.domains.map((d) => fmtScore(d.score))]);
  return `Domains: ${key}.\n\n${markdownTable(columns, rows, columns.map((_c, i) => (i === 0 ? 'l' : 'r')))}`;
}
