import { formatPercent } from './format-number-date.js';
import type { Language } from './languages.js';
import { t } from './translate.js';
import { metricShort } from './metric-words.js';

/** The two shares a terminal summary names together: an export can conform and still not be de-identified. */
const SHARES = {
  fhir: ['fhir.valid_base_share', 'fhir.conformant_share'],
  dicom: ['dicom.conformant_share', 'dicom.deidentified_share'],
} as const;

/**
 * Both shares of an export on one line, each with its count over its denominator and the metric
 * it is: `valid against base R4 85/95 (89.5 %), without any error 75/95 (78.9 %)`. Every share of
 * a summary is a count over its `items` (resources or files), so the count is read back from it.
 */
export function sharesLine(
  lang: Language,
  kind: 'fhir' | 'dicom',
  items: number,
  metrics: Readonly<Record<string, number | null | undefined>>,
): string {
  return SHARES[kind]
    .map((metric) => {
      const share = metrics[metric];
      if (share === null || share === undefined)
        return t(lang, 'cli.share.none', { metric: metricShort(lang, metric), na: t(lang, 'value.na') });
      return t(lang, 'cli.share', {
        metric: metricShort(lang, metric),
        count: Math.round(share * items),
        total: items,
        share: formatPercent(lang, share, 1),
      });
    })
    .join(', ');
}
