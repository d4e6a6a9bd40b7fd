import type { ReportGroup, ReportModel } from '../../model/report-model.js';
import { comparisonSections } from './comparison-sections.js';
import { deadlineSection } from './deadline-section.js';
import { escapeMarkdown } from './escape-markdown.js';
import { evidenceSection } from './evidence-section.js';
import { gridSection, profilesSection } from './national-sections.js';
import { reportLanguage } from './report-language.js';
import { fmtCount } from './format.js';
import { markdownTable } from './markdown-table.js';
import { methodSection } from './method-section.js';
import { selfAuditSection } from './self-audit-section.js';
import { trendSection } from './trend-section.js';

/** One paragraph for readers who open the report cold. */
const READING_GUIDE =
  'How to read this report: scores run from 0 (nothing of what the questionnaire asks is in place) to 100 (all of it); coverage is the share of the questions, by weight, that were answered; "n/a" means too few answers to score. Each chart is followed by its numbers. The last section explains how every number is computed.';

const KIND_WORDS = {
  'self-audit': 'Self-audit',
  consortium: 'Consortium comparison',
  national: 'National overview',
} as const;

function groupSection(model: ReportModel, group: ReportGroup, many: boolean): string {
  const head = `${KIND_WORDS[group.kind]}: ${escapeMarkdown(group.questionnaire.title)} (${escapeMarkdown(group.questionnaire.id)}, version ${escapeMarkdown(group.questionnaire.version)})`;
  const intro = `${fmtCount(group.subjects.length)} ${group.subjects.length === 1 ? 'subject' : 'subjects'}, ${fmtCount(group.scorecards)} ${group.scorecards === 1 ? 'scorecard' : 'scorecards'}.${group.subjects.length > 0 && group.subjects.every((s) => s.fictional) ? ' All subjects are fictional.' : ''}`;
  const parts = [many ? `## ${head}` : `*${head}.* ${intro}`];
  if (many) parts.push('', intro);
  for (const note of group.notes) parts.push('', `> Note: ${escapeMarkdown(note)}`);
  const h = many ? '###' : '##';
  const lang = reportLanguage(model);
  if (group.selfAudit)
    parts.push(
      '',
      selfAuditSection(
        group,
        group.selfAudit,
        group.charts.filter((c) => c.type === 'reference-radar'),
        h,
      ),
    );
  else parts.push('', comparisonSections(group, model.minGroup, h));
  for (const section of [
    gridSection(group, h, lang),
    evidenceSection(group, h, lang),
    deadlineSection(group, h),
    trendSection(group, h),
    profilesSection(group, h, lang),
  ])
    if (section) parts.push('', section);
  return parts.join('\n');
}

/**
 * The report as Markdown (CommonMark with GFM tables), charts referenced as `charts/<id>.png`.
 * Every user-supplied string is escaped, so it shows as text wherever the file is rendered.
 */
export function renderMarkdown(model: ReportModel): string {
  const parts = [`# ${escapeMarkdown(model.title)}`];
  if (model.date) parts.push('', `Date: ${escapeMarkdown(model.date)}`);
  parts.push('', READING_GUIDE);
  for (const note of model.notes) parts.push('', `> Note: ${escapeMarkdown(note)}`);
  const many = model.groups.length > 1;
  for (const group of model.groups) parts.push('', groupSection(model, group, many));
  if (model.inputs.skipped.length > 0) {
    parts.push(
      '',
      '## Inputs left out',
      '',
      `${model.inputs.skipped.length} inputs could not be read and are not in this report:`,
      '',
      markdownTable(
        ['File', 'Problem'],
        model.inputs.skipped.map((s) => [s.file, s.message]),
      ),
    );
  }
  parts.push('', methodSection(model));
  return `${parts.join('\n')}\n`;
}
