import type { ChartSpec, DistributionStats, ReportGroup } from '../../model/report-model.js';
import { listsEverySubject } from '../../model/report-kind.js';
import { chartBlock } from './chart-block.js';
import { t } from '../../i18n/translate.js';
import { escapeMarkdown } from './escape-markdown.js';
import { fmtCount, fmtScore, fmtShare } from './format.js';
import { markdownTable, type Cell } from './markdown-table.js';
import { domainScoresTable, subjectsTable } from './subjects-table.js';

const stat = (s: DistributionStats): Cell[] => [
  String(s.n),
  fmtScore(s.min),
  fmtScore(s.p10),
  fmtScore(s.q1),
  fmtScore(s.median),
  fmtScore(s.q3),
  fmtScore(s.p90),
  fmtScore(s.max),
];
const STAT_COLUMNS = ['n', 'Min', 'P10', 'Q1', 'Median', 'Q3', 'P90', 'Max'];

function glance(group: ReportGroup): string {
  const o = group.overall;
  const determined = group.stages.filter((s) => s.id !== 'not-determined');
  const undetermined = group.stages.find((s) => s.id === 'not-determined')?.count ?? 0;
  const top = determined.reduce<{ label: string; count: number } | null>(
    (best, s) => (best === null || s.count > best.count ? s : best),
    null,
  );
  return markdownTable(
    ['Measure', 'Value'],
    [
      ['Subjects', fmtCount(group.subjects.length)],
      ['Subjects with an overall score', fmtCount(o.n)],
      ['Median overall score', fmtScore(o.median)],
      ['Interquartile range (Q1 to Q3)', o.n ? `${fmtScore(o.q1)} to ${fmtScore(o.q3)}` : 'n/a'],
      ['Range', o.n ? `${fmtScore(o.min)} to ${fmtScore(o.max)}` : 'n/a'],
      ['Most frequent stage', top ? `${top.label} (${fmtCount(top.count)})` : 'n/a'],
      ...(undetermined > 0 ? [['Stage not determined (unknown gate answers)', fmtCount(undetermined)]] : []),
    ],
  );
}

function percentiles(group: ReportGroup): string {
  const rows = [
    ['Overall', ...stat(group.overall)],
    ...group.domains.map((d, i) => [d.title, ...stat(group.domainStats[i]!.stats)]),
  ];
  return markdownTable(['Domain', ...STAT_COLUMNS], rows, ['l', ...STAT_COLUMNS.map(() => 'r' as const)]);
}

function leaders(group: ReportGroup): string {
  const list = (e: { subject: string; score: number }[]): Cell => ({
    md: e.length ? e.map((x) => `${escapeMarkdown(x.subject)} (${fmtScore(x.score)})`).join(', ') : '—',
  });
  return markdownTable(
    ['Domain', 'Leaders (highest first)', 'Laggards (lowest first)'],
    group.leaders.map((l) => [l.title, list(l.leaders), list(l.laggards)]),
  );
}

/** What the marks in a breakdown table mean, when it has any. */
function breakdownLegend(groups: ReportGroup['breakdowns'][number]['groups'], minGroup: number): string {
  const lines: string[] = [];
  if (groups.some((g) => g.suppressed))
    lines.push(
      `*Suppressed*: groups of fewer than ${minGroup} subjects, and as many others as it takes so that none of them can be worked out from the total and the other groups; their size is not shown either.`,
    );
  if (groups.some((g) => !g.suppressed && g.overall !== null && g.overall.n > 0 && g.overall.median === null))
    lines.push(
      `—: median and quartiles are not shown for groups of fewer than ${2 * minGroup} scored subjects (they would be the members' own scores).`,
    );
  return lines.join(' ');
}

function breakdownTables(group: ReportGroup, minGroup: number, charts: readonly ChartSpec[], h: string): string {
  const order = (v: number | null | undefined, o: DistributionStats | null): string =>
    o !== null && o.n > 0 && o.median === null ? '—' : fmtScore(v);
  return group.breakdowns
    .map((b) => {
      const rows = b.groups.map((g): Cell[] =>
        g.suppressed || g.overall === null
          ? [g.key, '—', { md: '*suppressed*' }, '', '', '']
          : [
              g.key,
              String(g.n),
              order(g.overall.median, g.overall),
              order(g.overall.q1, g.overall),
              order(g.overall.q3, g.overall),
              fmtScore(g.overall.mean),
            ],
      );
      const chart = charts.find((c) => c.id.endsWith(`-by-${b.by}`));
      const table = markdownTable(
        [b.by[0]!.toUpperCase() + b.by.slice(1), 'Subjects', 'Median', 'Q1', 'Q3', 'Mean'],
        rows,
        ['l', 'r', 'r', 'r', 'r', 'r'],
      );
      const legend = breakdownLegend(b.groups, minGroup);
      return `${h}# By ${b.by}\n\n${table}${legend ? `\n\n${legend}` : ''}${chart ? `\n\n${chartBlock(chart, false)}` : ''}`;
    })
    .join('\n\n');
}

/** What the ranking cannot say: subjects not ranked, ranked ones with n/a domains, and neighbours whose order is not certain. */
export function rankingNotes(group: ReportGroup): string {
  const parts: string[] = [escapeMarkdown(group.missingData.text)];
  const apart = group.subjects.filter((s) => !s.ranked);
  if (apart.length)
    parts.push(
      `Not ranked (${fmtCount(apart.length)}): ${apart.map((s) => `${escapeMarkdown(s.label)} (coverage ${fmtShare(s.coverage)}${s.overall === null ? ', no overall score' : `, score ${fmtScore(s.overall)}`})`).join('; ')}.`,
    );
  const incomplete = group.subjects.filter((s) => s.ranked && s.naDomains > 0);
  if (incomplete.length)
    parts.push(
      `Ranked with domains of insufficient data (n/a), which their scores leave out: ${incomplete.map((s) => `${escapeMarkdown(s.label)} (#${s.rank}, ${s.naDomains} n/a)`).join('; ')}.`,
    );
  const verified = group.subjects.filter((s) => s.measured > 0);
  if (verified.length)
    parts.push(
      escapeMarkdown(
        t('en', 'report.evidence.verifiedRanking', {
          list: verified
            .map((s) => `${s.label} ✓ (${t('en', 'report.evidence.measuredCount', { count: s.measured })})`)
            .join('; '),
        }),
      ),
    );
  const u = group.uncertainty;
  if (u) {
    parts.push(
      `Rank intervals: 90 % intervals of a Monte Carlo analysis (${fmtCount(u.draws)} draws, seed ${u.seed}; see "How the scores are computed").`,
    );
    parts.push(
      u.uncertainOrder.length
        ? `The order of these neighbours is not certain (their 90 % rank intervals overlap):\n\n${u.uncertainOrder.map((t) => `- ${escapeMarkdown(t)}`).join('\n')}`
        : 'No two neighbours have overlapping 90 % rank intervals: the order is certain under the uncertainty analysed.',
    );
  }
  return parts.join('\n\n');
}

/** The comparison of several subjects: at a glance, map, ranking, heatmap, distributions, stages, radar, leaders, breakdowns, table. */
export function comparisonSections(group: ReportGroup, minGroup: number, h: string): string {
  const byType = (t: ChartSpec['type']): ChartSpec[] => group.charts.filter((c) => c.type === t);
  const listed = listsEverySubject(group.subjects.length);
  const parts: string[] = [`${h} At a glance`, '', glance(group)];
  const add = (heading: string, ...blocks: string[]): void => {
    if (blocks.some((b) => b !== '')) parts.push('', `${h} ${heading}`, '', blocks.filter(Boolean).join('\n\n'));
  };
  add('Map', ...byType('choropleth').map((c) => chartBlock(c)));
  const rankings = byType('ranking');
  add('Ranking', ...rankings.map((c) => chartBlock(c)), rankings.length ? rankingNotes(group) : '');
  add(
    'Domain scores by subject',
    ...byType('heatmap').map((c) =>
      chartBlock(c, false, 'The numbers are in the domain scores of every subject below.'),
    ),
  );
  add(
    'Distribution of scores',
    ...byType('boxplot').map((c) => chartBlock(c, false)),
    group.subjects.length > 1
      ? `Percentiles (interpolated, as spreadsheets' PERCENTILE.INC):\n\n${percentiles(group)}`
      : '',
  );
  add('Maturity stages', ...byType('stage-distribution').map((c) => chartBlock(c)));
  add(
    'Domain profiles',
    ...byType('radar').map((c) => chartBlock(c, false, 'The numbers are in the domain scores of every subject below.')),
  );
  if (group.leaders.some((l) => l.leaders.length > 0)) add('Leaders and laggards per domain', leaders(group));
  if (group.breakdowns.length > 0) add('Breakdowns', breakdownTables(group, minGroup, byType('breakdown'), h));
  if (listed)
    add(
      'Every subject',
      subjectsTable(group),
      `Domain scores (n/a: insufficient data):\n\n${domainScoresTable(group)}`,
    );
  else
    add(
      'Every subject',
      `The ${fmtCount(group.subjects.length)} subjects are listed in scores.csv (one row each, with rank${group.uncertainty ? ' and 90 % rank interval' : ''}) and indicators.csv; this report shows their distributions.${group.missingData.notRanked ? ` ${fmtCount(group.missingData.notRanked)} of them are not ranked (rank empty in scores.csv): ${escapeMarkdown(group.missingData.text)}` : ''}`,
    );
  return parts.join('\n');
}
