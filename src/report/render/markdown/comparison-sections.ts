import type { ChartSpec, DistributionStats, ReportGroup } from '../../report-model.js';
import { listsEverySubject } from '../../report-kind.js';
import type { Words } from '../words.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable, type Cell } from './markdown-table.js';
import { domainScoresTable, subjectsTable } from './subjects-table.js';

const stat = (s: DistributionStats, w: Words): Cell[] => [
  w.count(s.n),
  ...[s.min, s.p10, s.q1, s.median, s.q3, s.p90, s.max].map((v) => w.score(v)),
];
const statColumns = ({ t }: Words): string[] => [
  'n',
  t('stat.min'),
  'P10',
  'Q1',
  t('stat.median'),
  'Q3',
  'P90',
  t('stat.max'),
];

function glance(group: ReportGroup, w: Words): string {
  const { t } = w;
  const o = group.overall;
  const na = t('value.na');
  const determined = group.stages.filter((s) => s.id !== 'not-determined');
  const undetermined = group.stages.find((s) => s.id === 'not-determined')?.count ?? 0;
  const top = determined.reduce<{ label: string; count: number } | null>(
    (best, s) => (best === null || s.count > best.count ? s : best),
    null,
  );
  const range = (low: number | null, high: number | null): string =>
    o.n ? t('range', { low: w.score(low), high: w.score(high) }) : na;
  return markdownTable(
    [t('table.measure'), t('table.value')],
    [
      [t('glance.subjects'), w.count(group.subjects.length)],
      [t('glance.scored'), w.count(o.n)],
      [t('glance.median'), w.score(o.median)],
      [t('glance.iqr'), range(o.q1, o.q3)],
      [t('glance.range'), range(o.min, o.max)],
      [t('glance.topStage'), top ? `${top.label} (${w.count(top.count)})` : na],
      ...(undetermined > 0 ? [[t('glance.undetermined'), w.count(undetermined)]] : []),
    ],
  );
}

function percentiles(group: ReportGroup, w: Words): string {
  const rows = [
    [w.t('glance.overallRow'), ...stat(group.overall, w)],
    ...group.domains.map((d, i) => [d.title, ...stat(group.domainStats[i]!.stats, w)]),
  ];
  const columns = statColumns(w);
  return markdownTable([w.t('table.domain'), ...columns], rows, ['l', ...columns.map(() => 'r' as const)]);
}

function leaders(group: ReportGroup, w: Words): string {
  const list = (e: { subject: string; score: number }[]): Cell => ({
    md: e.length ? e.map((x) => `${escapeMarkdown(x.subject)} (${w.score(x.score)})`).join(', ') : '—',
  });
  return markdownTable(
    [w.t('table.domain'), w.t('leaders.leaders'), w.t('leaders.laggards')],
    group.leaders.map((l) => [l.title, list(l.leaders), list(l.laggards)]),
  );
}

/** What the marks in a breakdown table mean, when it has any. */
function breakdownLegend(groups: ReportGroup['breakdowns'][number]['groups'], minGroup: number, w: Words): string {
  const lines: string[] = [];
  if (groups.some((g) => g.suppressed)) lines.push(w.t('breakdown.suppressedLegend', { min: w.count(minGroup) }));
  if (groups.some((g) => !g.suppressed && g.overall !== null && g.overall.n > 0 && g.overall.median === null))
    lines.push(w.t('breakdown.noMedianLegend', { min: w.count(2 * minGroup) }));
  return lines.join(' ');
}

function breakdownTables(
  group: ReportGroup,
  minGroup: number,
  charts: readonly ChartSpec[],
  h: string,
  w: Words,
): string {
  const { t } = w;
  const order = (v: number | null | undefined, o: DistributionStats | null): string =>
    o !== null && o.n > 0 && o.median === null ? '—' : w.score(v);
  return group.breakdowns
    .map((b) => {
      const rows = b.groups.map((g): Cell[] =>
        g.suppressed || g.overall === null
          ? [g.key, '—', { md: `*${t('breakdown.suppressed')}*` }, '', '', '']
          : [
              g.key,
              g.n === null ? '—' : w.count(g.n),
              order(g.overall.median, g.overall),
              order(g.overall.q1, g.overall),
              order(g.overall.q3, g.overall),
              w.score(g.overall.mean),
            ],
      );
      const chart = charts.find((c) => c.id.endsWith(`-by-${b.by}`));
      const by = t(`breakdown.by.${b.by}`);
      const table = markdownTable([by, t('glance.subjects'), t('stat.median'), 'Q1', 'Q3', t('stat.mean')], rows, [
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
      ]);
      const legend = breakdownLegend(b.groups, minGroup, w);
      return `${h}# ${t(`breakdown.heading.${b.by}`)}\n\n${table}${legend ? `\n\n${legend}` : ''}${chart ? `\n\n${chartBlock(chart, w, false)}` : ''}`;
    })
    .join('\n\n');
}

/** What the ranking cannot say: subjects not ranked, ranked ones with n/a domains, and neighbours whose order is not certain. */
export function rankingNotes(group: ReportGroup, w: Words): string {
  const { t } = w;
  const parts: string[] = [escapeMarkdown(group.missingData.text)];
  const apart = group.subjects.filter((s) => !s.ranked);
  if (apart.length)
    parts.push(
      t('ranking.notRanked', {
        n: w.count(apart.length),
        list: apart
          .map(
            (s) =>
              `${escapeMarkdown(s.label)} (${t('ranking.coverage', { share: w.share(s.coverage) })}${s.overall === null ? `, ${t('ranking.noScore')}` : `, ${t('ranking.score', { score: w.score(s.overall) })}`})`,
          )
          .join('; '),
      }),
    );
  const incomplete = group.subjects.filter((s) => s.ranked && s.naDomains > 0);
  if (incomplete.length)
    parts.push(
      t('ranking.withNa', {
        list: incomplete
          .map((s) => `${escapeMarkdown(s.label)} (#${s.rank}, ${w.count(s.naDomains)} ${t('value.na')})`)
          .join('; '),
      }),
    );
  const verified = group.subjects.filter((s) => s.measured > 0);
  if (verified.length)
    parts.push(
      escapeMarkdown(
        t('report.evidence.verifiedRanking', {
          list: verified
            .map((s) => `${s.label} ✓ (${t('report.evidence.measuredCount', { count: w.count(s.measured) })})`)
            .join('; '),
        }),
      ),
    );
  const u = group.uncertainty;
  if (u) {
    parts.push(t('ranking.intervals', { draws: w.count(u.draws), seed: u.seed }));
    parts.push(
      u.uncertainOrder.length
        ? `${t('ranking.uncertainOrder')}\n\n${u.uncertainOrder.map((x) => `- ${escapeMarkdown(x)}`).join('\n')}`
        : t('ranking.certainOrder'),
    );
  }
  return parts.join('\n\n');
}

/** The comparison of several subjects: at a glance, map, ranking, heatmap, distributions, stages, radar, leaders, breakdowns, table. */
export function comparisonSections(group: ReportGroup, minGroup: number, h: string, w: Words): string {
  const { t } = w;
  const byType = (type: ChartSpec['type']): ChartSpec[] => group.charts.filter((c) => c.type === type);
  const listed = listsEverySubject(group.subjects.length);
  const parts: string[] = [`${h} ${t('section.glance')}`, '', glance(group, w)];
  const add = (heading: string, ...blocks: string[]): void => {
    if (blocks.some((b) => b !== '')) parts.push('', `${h} ${heading}`, '', blocks.filter(Boolean).join('\n\n'));
  };
  add(t('section.map'), ...byType('choropleth').map((c) => chartBlock(c, w)));
  const rankings = byType('ranking');
  add(t('section.ranking'), ...rankings.map((c) => chartBlock(c, w)), rankings.length ? rankingNotes(group, w) : '');
  const inTableBelow = t('chart.numbersBelow');
  add(t('section.heatmap'), ...byType('heatmap').map((c) => chartBlock(c, w, false, inTableBelow)));
  add(
    t('section.distribution'),
    ...byType('boxplot').map((c) => chartBlock(c, w, false)),
    group.subjects.length > 1 ? `${t('section.percentiles')}\n\n${percentiles(group, w)}` : '',
  );
  add(t('section.stages'), ...byType('stage-distribution').map((c) => chartBlock(c, w)));
  add(t('section.profiles'), ...byType('radar').map((c) => chartBlock(c, w, false, inTableBelow)));
  if (group.leaders.some((l) => l.leaders.length > 0)) add(t('section.leaders'), leaders(group, w));
  if (group.breakdowns.length > 0)
    add(t('section.breakdowns'), breakdownTables(group, minGroup, byType('breakdown'), h, w));
  if (listed)
    add(
      t('section.everySubject'),
      subjectsTable(group, w),
      `${t('section.domainScores')}\n\n${domainScoresTable(group, w)}`,
    );
  else
    add(
      t('section.everySubject'),
      `${t(group.uncertainty ? 'section.inCsvWithInterval' : 'section.inCsv', { n: w.count(group.subjects.length) })}${group.missingData.notRanked ? ` ${t('section.notRankedInCsv', { n: w.count(group.missingData.notRanked) })} ${escapeMarkdown(group.missingData.text)}` : ''}`,
    );
  return parts.join('\n');
}
