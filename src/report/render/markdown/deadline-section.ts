import type { ReportGroup } from '../../report-model.js';
import type { Words } from '../words.js';
import { markdownTable } from './markdown-table.js';

/**
 * Legal deadlines: the indicators the questionnaire ties to a date (e.g. the EHDS priority
 * categories and their dates of application), with how many subjects answered, the median score and
 * the answers given. Dates are the questionnaire's, written out in the reader's language: the report has no clock.
 */
export function deadlineSection(group: ReportGroup, level: string, w: Words): string {
  if (group.deadlines.length === 0) return '';
  const { t } = w;
  const frameworks = [...new Set(group.deadlines.map((d) => d.framework.toUpperCase()))].join(', ');
  const table = markdownTable(
    [
      t('deadline.from'),
      t('table.indicator'),
      t('deadline.category'),
      t('deadline.answered'),
      t('deadline.median'),
      t('deadline.answers'),
    ],
    group.deadlines.map((d) => [
      w.date(d.deadline),
      `${d.title} (${d.indicator})`,
      d.category === null ? d.framework : `${d.framework}: ${d.category}`,
      t('deadline.answeredOf', { n: w.count(d.answered), of: w.count(d.subjects) }),
      w.score(d.median),
      d.answers.length ? d.answers.map((a) => `${a.label}: ${w.count(a.count)}`).join('; ') : t('deadline.none'),
    ]),
    ['l', 'l', 'l', 'r', 'r', 'l'],
  );
  return [`${level} ${t('deadline.heading', { frameworks })}`, '', t('deadline.intro'), '', table].join('\n');
}
