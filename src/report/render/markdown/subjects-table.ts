import type { ReportGroup } from '../../model/report-model.js';
import { stageRangeText } from '../../../scoring/stage-text.js';
import { t } from '../../i18n/translate.js';
import { escapeMarkdown } from './escape-markdown.js';
import { fmtScore, fmtShare } from './format.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The table of every subject: rank (and its 90 % interval), name, place, period, overall with interval, stage, coverage, n/a domains; subjects not ranked last. */
export function subjectsTable(group: ReportGroup): string {
  const anonymised = group.subjects.every((s) => s.country === null);
  const withInterval = group.subjects.some((s) => s.uncertainty !== null);
  const withMc = group.subjects.some((s) => s.monteCarlo?.rank);
  const withNa = group.subjects.some((s) => s.naDomains > 0);
  const columns = [
    'Rank',
    ...(withMc ? ['Rank 90%'] : []),
    'Subject',
    ...(anonymised ? [] : ['Place']),
    'Period',
    'Overall',
    ...(withInterval ? ['Interval'] : []),
    'Stage',
    'Coverage',
    ...(withNa ? ['n/a domains'] : []),
  ];
  const rows = group.subjects.map((s): Cell[] => [
    s.rank === null ? 'not ranked' : String(s.rank),
    ...(withMc ? [s.monteCarlo?.rank ? `${s.monteCarlo.rank.low}–${s.monteCarlo.rank.high}` : '—'] : []),
    s.label,
    ...(anonymised ? [] : [[s.country, s.region].filter(Boolean).join(', ')]),
    s.period,
    s.measured > 0 ? `${fmtScore(s.overall)} ✓` : fmtScore(s.overall),
    ...(withInterval ? [s.uncertainty ? `${fmtScore(s.uncertainty.low)}–${fmtScore(s.uncertainty.high)}` : '—'] : []),
    stageRangeText(s, (st) => st.label, '—'),
    fmtShare(s.coverage),
    ...(withNa ? [s.naDomains ? `${s.naDomains}${s.ranked ? ' *' : ''}` : ''] : []),
  ]);
  const naNote =
    withNa && group.subjects.some((s) => s.ranked && s.naDomains > 0)
      ? '\n\n\\* ranked with domains of insufficient data (n/a): its score leaves them out, which may place it above subjects that answered everything.'
      : '';
  const note =
    naNote +
    (group.subjects.some((s) => s.measured > 0)
      ? `\n\n${escapeMarkdown(t('en', 'report.evidence.verifiedNote'))}`
      : '');
  return (
    markdownTable(
      columns,
      rows,
      columns.map((c) => (['Rank', 'Rank 90%', 'Overall', 'Coverage', 'n/a domains'].includes(c) ? 'r' : 'l')),
    ) + note
  );
}

/**
 * The domain scores of every subject. Columns are numbered D1, D2... (named in a key above the
 * table), so that even eleven domains fit across an A4 page.
 */
export function domainScoresTable(group: ReportGroup): string {
  const key = group.domains.map((d, i) => `D${i + 1} ${escapeMarkdown(d.title)}`).join('; ');
  const columns = ['Subject', ...group.domains.map((_d, i) => `D${i + 1}`)];
  const rows = group.subjects.map((s): Cell[] => [s.label, ...s.domains.map((d) => fmtScore(d.score))]);
  return `Domains: ${key}.\n\n${markdownTable(
    columns,
    rows,
    columns.map((_c, i) => (i === 0 ? 'l' : 'r')),
  )}`;
}
