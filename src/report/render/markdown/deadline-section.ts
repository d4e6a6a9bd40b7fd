import type { ReportGroup } from '../../model/report-model.js';
import { fmtCount, fmtScore } from './format.js';
import { markdownTable } from './markdown-table.js';

/**
 * Legal deadlines: the indicators the questionnaire ties to a date (e.g. the EHDS priority
 * categories and their dates of application), with how many subjects answered, the median score and
 * the answers given. Dates are printed as the questionnaire gives them: the report has no clock.
 */
export function deadlineSection(group: ReportGroup, level: string): string {
  if (group.deadlines.length === 0) return '';
  const frameworks = [...new Set(group.deadlines.map((d) => d.framework.toUpperCase()))].join(', ');
  const table = markdownTable(
    ['Applies from', 'Indicator', 'Category', 'Answered', 'Median score', 'Answers'],
    group.deadlines.map((d) => [
      d.deadline,
      `${d.title} (${d.indicator})`,
      d.category === null ? d.framework : `${d.framework}: ${d.category}`,
      `${fmtCount(d.answered)} of ${fmtCount(d.subjects)}`,
      fmtScore(d.median),
      d.answers.length ? d.answers.map((a) => `${a.label}: ${fmtCount(a.count)}`).join('; ') : 'none',
    ]),
    ['l', 'l', 'l', 'r', 'r', 'l'],
  );
  return [
    `${level} Legal deadlines (${frameworks})`,
    '',
    'Indicators that the questionnaire ties to a date from which the law applies, earliest first.',
    '',
    table,
  ].join('\n');
}
