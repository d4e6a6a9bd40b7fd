import type { Scorecard } from '../../scoring/scorecard.js';
import type { ReportGroup, SubjectRow } from '../report-model.js';
import { round } from '../../numbers/round.js';

const pct = (share: number): string => `${round(share * 100, 0)}%`;

/** The missing-data policy of a group's scorecards in words, for the method section and the ranking. */
export function missingDataOf(latest: readonly Scorecard[], rows: readonly SubjectRow[]): ReportGroup['missingData'] {
  const policies = [...new Set(latest.map((c) => c.missingData?.policy ?? 'exclude'))];
  const policy = policies.length === 1 ? policies[0]! : 'mixed';
  const min = latest.find((c) => c.missingData)?.missingData?.rankMinCoverage;
  const notRanked = rows.filter((r) => !r.ranked).length;
  const texts: Record<typeof policy, string> = {
    exclude: `Missing data: unknown and unanswered indicators are left out (policy "exclude"): they lower the coverage, a domain below the questionnaire's minimum coverage is n/a and left out of the overall score, and a subject with less than ${min === undefined ? 'the minimum coverage' : pct(min)} of its weight answered is not ranked: it is listed apart with its coverage. A ranked subject with n/a domains is marked.`,
    lowest:
      'Missing data: every unknown or unanswered indicator is scored at its lowest level (policy "lowest", as WHO\'s Global Digital Health Monitor counts N/A as phase 1), so every subject is ranked and a missing answer can only lower a score.',
    'impute-group':
      'Missing data: every unknown or unanswered indicator is scored at the median score of the subjects of the same questionnaire version that answered it (policy "impute-group"), and marked imputed; it does not count towards coverage.',
    mixed: `Missing data: the scorecards were made under different policies (${policies.join(', ')}); their scores are not comparable until they are scored again under one (readiness assess --unknown).`,
  };
  return { policy, text: texts[policy], notRanked };
}
