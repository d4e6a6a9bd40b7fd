import type { Scorecard } from '../../scoring/scorecard.js';
import type { ReportGroup, SubjectRow } from '../report-model.js';
import type { Language } from '../i18n/languages.js';
import { t } from '../i18n/translate.js';
import { formatPercent } from '../i18n/format-number-date.js';

/** The missing-data policy of a group's scorecards in words, for the method section and the ranking. */
export function missingDataOf(
  latest: readonly Scorecard[],
  rows: readonly SubjectRow[],
  lang: Language = 'en',
): ReportGroup['missingData'] {
  const policies = [...new Set(latest.map((c) => c.missingData?.policy ?? 'exclude'))];
  const policy = policies.length === 1 ? policies[0]! : 'mixed';
  const min = latest.find((c) => c.missingData)?.missingData?.rankMinCoverage;
  const notRanked = rows.filter((r) => !r.ranked).length;
  const text =
    policy === 'exclude'
      ? t(lang, 'missing.exclude', {
          min: min === undefined ? t(lang, 'missing.minCoverage') : formatPercent(lang, min),
        })
      : policy === 'mixed'
        ? t(lang, 'missing.mixed', { policies: policies.join(', ') })
        : t(lang, policy === 'lowest' ? 'missing.lowest' : 'missing.imputeGroup');
  return { policy, text, notRanked };
}
