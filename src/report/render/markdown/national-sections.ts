import type { Language } from '../../i18n/languages.js';
import { t } from '../../i18n/translate.js';
import type { ReportGroup, SubjectProfile } from '../../report-model.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import { wordsFor } from '../words.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The Markdown of each profile's heading text: the HTML gives these headings the class `profile` (a new printed page). */
export function profileHeadings(groups: readonly ReportGroup[], lang: Language): Set<string> {
  return new Set(
    groups.flatMap((g) => g.profiles.map((p) => escapeMarkdown(t(lang, 'report.profile.title', { subject: p.label })))),
  );
}

/** The subject x indicator grid: the coloured chart, the key of the indicator codes, and the grid as a table. */
export function gridSection(group: ReportGroup, h: string, lang: Language): string {
  const grid = group.grid;
  if (grid === null) return '';
  const chart = group.charts.find((c) => c.type === 'grid');
  const key = grid.indicators.map((i) => `${i.code} ${escapeMarkdown(i.title)}`).join('; ');
  const table = markdownTable(
    [t(lang, 'report.grid.subject'), ...grid.indicators.map((i) => i.code)],
    grid.rows.map((r): Cell[] => [r.label, ...r.cells.map((c) => c.text)]),
    ['l', ...grid.indicators.map(() => 'r' as const)],
  );
  return [
    `${h} ${t(lang, 'report.grid.heading')}`,
    '',
    ...(chart ? [chartBlock(chart, wordsFor(lang), false), ''] : []),
    t(lang, 'report.grid.key', { list: key }),
    '',
    table,
    '',
    escapeMarkdown(t(lang, 'report.grid.legend')),
  ].join('\n');
}

function profile(p: SubjectProfile, h: string, lang: Language): string {
  const none = '—';
  const stage =
    p.stage === null && p.stagePossible === null
      ? none
      : p.stagePossible !== null && (p.stage?.index ?? -1) < p.stagePossible.index
        ? t(lang, 'report.profile.stageRange', { low: p.stage?.label ?? none, high: p.stagePossible.label })
        : (p.stage?.label ?? none);
  const facts: Cell[][] = [
    [t(lang, 'report.profile.place'), [p.country, p.region].filter(Boolean).join(', ') || none],
    [t(lang, 'report.profile.period'), p.period],
    [t(lang, 'report.profile.overall'), wordsFor(lang).score(p.overall)],
    [t(lang, 'report.profile.coverage'), wordsFor(lang).share(p.coverage)],
    [t(lang, 'report.profile.stage'), stage],
    [
      t(lang, 'report.profile.trend'),
      p.trend
        ? t(lang, 'report.profile.trendValue', {
            change: wordsFor(lang).delta(p.trend.overall),
            from: p.trend.from,
            to: p.trend.to,
          })
        : none,
    ],
    [t(lang, 'report.profile.evidence'), String(p.evidence)],
  ];
  const domains = markdownTable(
    [
      t(lang, 'report.profile.domain'),
      t(lang, 'report.profile.score'),
      t(lang, 'report.profile.level'),
      t(lang, 'report.profile.answered'),
    ],
    p.domains.map((d) => [
      d.title,
      wordsFor(lang).score(d.score),
      d.level === null ? none : String(d.level),
      `${d.answered}/${d.indicators}`,
    ]),
    ['l', 'r', 'r', 'r'],
  );
  const parts = [
    `${h}# ${escapeMarkdown(t(lang, 'report.profile.title', { subject: p.label }))}`,
    '',
    markdownTable([t(lang, 'report.profile.measure'), t(lang, 'report.profile.value')], facts),
    '',
    domains,
  ];
  if (p.deadlines.length > 0)
    parts.push(
      '',
      t(lang, 'report.profile.deadlines'),
      '',
      markdownTable(
        [
          t(lang, 'report.profile.indicator'),
          t(lang, 'report.profile.deadline'),
          t(lang, 'report.profile.answer'),
          t(lang, 'report.profile.score'),
        ],
        p.deadlines.map((d) => [d.title, d.deadline, d.answer ?? none, wordsFor(lang).score(d.score)]),
        ['l', 'l', 'l', 'r'],
      ),
    );
  return parts.join('\n');
}

/** One profile per subject (GDHM country page). */
export function profilesSection(group: ReportGroup, h: string, lang: Language): string {
  if (group.profiles.length === 0) return '';
  return [
    `${h} ${t(lang, 'report.profile.heading')}`,
    '',
    escapeMarkdown(t(lang, 'report.profile.intro')),
    ...group.profiles.map((p) => `\n${profile(p, h, lang)}`),
  ].join('\n');
}
