import type { ReportGroup, SubjectProfile } from '../../model/report-model.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Words } from '../words.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The sections' words, in one place (to move into the report's message catalogue). */
const TEXT = {
  gridHeading: 'Every indicator by subject',
  gridKey: 'Indicators',
  gridLegend:
    'Each cell is the level (phase) or value answered; ? unknown; – not answered. The same numbers are drawn, coloured, in the grid above.',
  subject: 'Subject',
  profilesHeading: 'Profiles',
  profilesIntro:
    'One profile per subject: where it stands by domain, against the legal deadlines, and since its previous period. Printed, each starts on a new page.',
  measure: 'Measure',
  value: 'Value',
  place: 'Country, region',
  period: 'Period',
  overall: 'Overall score',
  coverage: 'Coverage',
  stage: 'Stage',
  stageRange: (low: string, high: string) => `${low} to ${high} (not determined: answers missing)`,
  trend: (from: string, to: string, change: string) => `${change} points from ${from} to ${to}`,
  trendLabel: 'Change since the previous period',
  evidence: 'Answers resting on measured evidence',
  domain: 'Domain',
  score: 'Score',
  level: 'Level (mean of its levels, rounded up)',
  answered: 'Answered',
  deadlinesLabel: 'Legal deadlines',
  indicator: 'Indicator',
  deadline: 'Deadline',
  answer: 'Answer',
  none: '—',
} as const;

/** Printed profiles start on a new page: the HTML marks headings that begin with this. */
export const PROFILE_HEADING_PREFIX = 'Profile: ';

/** The subject x indicator grid: the coloured chart, the key of the indicator codes, and the grid as a table. */
export function gridSection(group: ReportGroup, h: string, w: Words): string {
  const grid = group.grid;
  if (grid === null) return '';
  const chart = group.charts.find((c) => c.type === 'grid');
  const key = grid.indicators.map((i) => `${i.code} ${escapeMarkdown(i.title)}`).join('; ');
  const table = markdownTable(
    [TEXT.subject, ...grid.indicators.map((i) => i.code)],
    grid.rows.map((r): Cell[] => [r.label, ...r.cells.map((c) => c.text)]),
    ['l', ...grid.indicators.map(() => 'r' as const)],
  );
  return [
    `${h} ${TEXT.gridHeading}`,
    '',
    ...(chart ? [chartBlock(chart, w, false), ''] : []),
    `${TEXT.gridKey}: ${key}.`,
    '',
    table,
    '',
    TEXT.gridLegend,
  ].join('\n');
}

function profile(p: SubjectProfile, h: string, w: Words): string {
  const stage =
    p.stage === null && p.stagePossible === null
      ? TEXT.none
      : p.stagePossible !== null && (p.stage?.index ?? -1) < p.stagePossible.index
        ? TEXT.stageRange(p.stage?.label ?? TEXT.none, p.stagePossible.label)
        : (p.stage?.label ?? TEXT.none);
  const facts: Cell[][] = [
    [TEXT.place, [p.country, p.region].filter(Boolean).join(', ') || TEXT.none],
    [TEXT.period, p.period],
    [TEXT.overall, w.score(p.overall)],
    [TEXT.coverage, w.share(p.coverage)],
    [TEXT.stage, stage],
    [TEXT.trendLabel, p.trend ? TEXT.trend(p.trend.from, p.trend.to, w.delta(p.trend.overall)) : TEXT.none],
    [TEXT.evidence, String(p.evidence)],
  ];
  const domains = markdownTable(
    [TEXT.domain, TEXT.score, TEXT.level, TEXT.answered],
    p.domains.map((d) => [
      d.title,
      w.score(d.score),
      d.level === null ? TEXT.none : String(d.level),
      `${d.answered}/${d.indicators}`,
    ]),
    ['l', 'r', 'r', 'r'],
  );
  const parts = [
    `${h}# ${PROFILE_HEADING_PREFIX}${escapeMarkdown(p.label)}`,
    '',
    markdownTable([TEXT.measure, TEXT.value], facts),
    '',
    domains,
  ];
  if (p.deadlines.length > 0)
    parts.push(
      '',
      `${TEXT.deadlinesLabel}:`,
      '',
      markdownTable(
        [TEXT.indicator, TEXT.deadline, TEXT.answer, TEXT.score],
        p.deadlines.map((d) => [d.title, d.deadline, d.answer ?? TEXT.none, w.score(d.score)]),
        ['l', 'l', 'l', 'r'],
      ),
    );
  return parts.join('\n');
}

/** One profile per subject (GDHM country page). */
export function profilesSection(group: ReportGroup, h: string, w: Words): string {
  if (group.profiles.length === 0) return '';
  return [
    `${h} ${TEXT.profilesHeading}`,
    '',
    TEXT.profilesIntro,
    ...group.profiles.map((p) => `\n${profile(p, h, w)}`),
  ].join('\n');
}
