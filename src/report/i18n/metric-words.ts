import type { MessageKey } from './catalogues.js';
import type { Language } from './languages.js';
import { t } from './translate.js';

/** The evidence metrics that have words in the catalogues (`metric.<id>.short`, `metric.<id>.counts`). */
const WORDED = new Set([
  'fhir.valid_base_share',
  'fhir.conformant_share',
  'fhir.profile_conformant_share',
  'fhir.loinc_share',
  'fhir.ucum_share',
  'dicom.conformant_share',
  'dicom.deidentified_share',
]);

/** A metric's short name (terminal lines, table cells), or the metric itself when it has none. */
export function metricShort(lang: Language, metric: string): string {
  return WORDED.has(metric) ? t(lang, `metric.${metric}.short` as MessageKey) : metric;
}

/** What a metric counts, so that readers can tell apart the shares a summary holds; null when it has no words. */
export function metricCounts(lang: Language, metric: string): string | null {
  return WORDED.has(metric) ? t(lang, `metric.${metric}.counts` as MessageKey) : null;
}
