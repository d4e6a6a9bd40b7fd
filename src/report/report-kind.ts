import type { ReportKind } from './report-model.js';
import type { SubjectKind } from '../scoring/scorecard.js';

/** From this many subjects on, a report shows distributions instead of one row per subject. */
export const LARGE_REPORT_SUBJECTS = 50;

/**
 * The kind of report for a group: one subject is a self-audit; subjects that are countries, or 50
 * subjects and more, make a national report (distributions, map); 2 to 49 sites or regions a consortium.
 */
export function reportKind(subjects: number, kinds: readonly SubjectKind[]): ReportKind {
  if (subjects <= 1) return 'self-audit';
  if (subjects >= LARGE_REPORT_SUBJECTS || (kinds.length === 1 && kinds[0] === 'country')) return 'national';
  return 'consortium';
}

/** True when a group is small enough to list every subject in the Markdown and HTML. */
export function listsEverySubject(subjects: number): boolean {
  return subjects < LARGE_REPORT_SUBJECTS;
}
