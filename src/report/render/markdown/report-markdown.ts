import type { ReportGroup, ReportModel } from '../../report-model.js';
import { comparisonSections } from './comparison-sections.js';
import { deadlineSection } from './deadline-section.js';
import { escapeMarkdown } from './escape-markdown.js';
import { evidenceSection } from './evidence-section.js';
import { gridSection, profilesSection } from './national-sections.js';
import { markdownTable } from './markdown-table.js';
import { methodSection } from './method-section.js';
import { selfAuditSection } from './self-audit-section.js';
import { trendSection } from './trend-section.js';
import { wordsFor, type Words } from '../words.js';

const KIND_KEYS = {
  'self-audit': 'kind.selfAudit',
  consortium: 'kind.consortium',
  national: 'kind.national',
} as const;

function groupSection(model: ReportModel, group: ReportGroup, many: boolean, w: Words): string {
  const { t } = w;
  const head = t('group.heading', {
    kind: t(KIND_KEYS[group.kind]),
    title: escapeMarkdown(group.questionnaire.title),
    id: escapeMarkdown(group.questionnaire.id),
    version: escapeMarkdown(group.questionnaire.version),
  });
  const counts = { subjects: w.count(group.subjects.length), scorecards: w.count(group.scorecards) };
  const intro = `${t('group.intro', counts)}${group.subjects.length > 0 && group.subjects.every((s) => s.fictional) ? ` ${t('group.fictional')}` : ''}`;
  const parts = [many ? `## ${head}` : `*${head}.* ${intro}`];
  if (many) parts.push('', intro);
  for (const note of group.notes) parts.push('', `> ${t('note', { note: escapeMarkdown(note) })}`);
  const h = many ? '###' : '##';
  if (group.selfAudit)
    parts.push(
      '',
      selfAuditSection(
        group,
        group.selfAudit,
        group.charts.filter((c) => c.type === 'reference-radar'),
        h,
        w,
      ),
    );
  else parts.push('', comparisonSections(group, model.minGroup, h, w));
  for (const section of [
    gridSection(group, h, w.lang),
    evidenceSection(group, h, w.lang),
    deadlineSection(group, h, w),
    trendSection(group, h, w),
    profilesSection(group, h, w.lang),
  ])
    if (section) parts.push('', section);
  return parts.join('\n');
}

/**
 * The report as Markdown (CommonMark with GFM tables), charts referenced as `charts/<id>.png`.
 * Every user-supplied string is escaped, so it shows as text wherever the file is rendered.
 */
export function renderMarkdown(model: ReportModel): string {
  const w = wordsFor(model.language);
  const { t } = w;
  const parts = [`# ${escapeMarkdown(model.title)}`];
  if (model.date) parts.push('', t('report.date', { date: escapeMarkdown(w.date(model.date)) }));
  parts.push('', t('report.readingGuide'));
  for (const note of model.notes) parts.push('', `> ${t('note', { note: escapeMarkdown(note) })}`);
  const many = model.groups.length > 1;
  for (const group of model.groups) parts.push('', groupSection(model, group, many, w));
  if (model.inputs.skipped.length > 0) {
    parts.push(
      '',
      `## ${t('skipped.heading')}`,
      '',
      t('skipped.intro', { n: w.count(model.inputs.skipped.length) }),
      '',
      markdownTable(
        [t('skipped.file'), t('skipped.problem')],
        model.inputs.skipped.map((s) => [s.file, s.message]),
      ),
    );
  }
  parts.push('', methodSection(model, w));
  return `${parts.join('\n')}\n`;
}
