import type { ReportGroup } from '../../report-model.js';
import { stageRangeText } from '../../../scoring/stage-text.js';
import type { Words } from '../words.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The table of every subject: rank (and its 90 % interval), name, place, period, overall with interval, stage, coverage, n/a domains; subjects not ranked last. */
export function subjectsTable(group: ReportGroup, w: Words): string {
  const { t } = w;
  const anonymised = group.subjects.every((s) => s.country === null);
  const withInterval = group.subjects.some((s) => s.uncertainty !== null);
  const withMc = group.subjects.some((s) => s.monteCarlo?.rank);
  const withNa = group.subjects.some((s) => s.naDomains > 0);
  const right = (c: string): [string, 'r'] => [c, 'r'];
  const left = (c: string): [string, 'l'] => [c, 'l'];
  const columns = [
    right(t('subjects.rank')),
    ...(withMc ? [right(t('subjects.rank90'))] : []),
    left(t('table.subject')),
    ...(anonymised ? [] : [left(t('subjects.place'))]),
    left(t('subjects.period')),
    right(t('glance.overallRow')),
    ...(withInterval ? [left(t('subjects.interval'))] : []),
    left(t('table.stage')),
    right(t('subjects.coverage')),
    ...(withNa ? [right(t('subjects.naDomains'))] : []),
  ];
  const rows = group.subjects.map((s): Cell[] => [
    s.rank === null ? t('subjects.notRanked') : String(s.rank),
    ...(withMc ? [s.monteCarlo?.rank ? `${s.monteCarlo.rank.low}–${s.monteCarlo.rank.high}` : '—'] : []),
    s.label,
    ...(anonymised ? [] : [[s.country, s.region].filter(Boolean).join(', ')]),
    s.period,
    s.measured > 0 ? `${w.score(s.overall)} ✓` : w.score(s.overall),
    ...(withInterval ? [s.uncertainty ? `${w.score(s.uncertainty.low)}–${w.score(s.uncertainty.high)}` : '—'] : []),
    stageRangeText(s, (st) => st.label, '—', w.lang),
    w.share(s.coverage),
    ...(withNa ? [s.naDomains ? `${s.naDomains}${s.ranked ? ' *' : ''}` : ''] : []),
  ]);
  const naNote =
    withNa && group.subjects.some((s) => s.ranked && s.naDomains > 0) ? `\n\n\\* ${t('subjects.naNote')}` : '';
  const note =
    naNote +
    (group.subjects.some((s) => s.measured > 0) ? `\n\n${escapeMarkdown(t('report.evidence.verifiedNote'))}` : '');
  return (
    markdownTable(
      columns.map(([c]) => c),
      rows,
      columns.map(([, a]) => a),
    ) + note
  );
}

/**
 * The domain scores of every subject. Columns are numbered D1, D2... (named in a key above the
 * table), so that even eleven domains fit across an A4 page.
 */
export function domainScoresTable(group: ReportGroup, w: Words): string {
  const key = group.domains.map((d, i) => `D${i + 1} ${escapeMarkdown(d.title)}`).join('; ');
  const columns = [w.t('table.subject'), ...group.domains.map((_d, i) => `D${i + 1}`)];
  const rows = group.subjects.map((s): Cell[] => [s.label, ...s.domains.map((d) => w.score(d.score))]);
  return `${w.t('subjects.domainKey', { key })}\n\n${markdownTable(
    columns,
    rows,
    columns.map((_c, i) => (i === 0 ? 'l' : 'r')),
  )}`;
}
