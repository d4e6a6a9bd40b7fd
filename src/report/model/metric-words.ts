/**
 * The evidence metrics of conformance summaries in words: a short name (terminal lines, table
 * cells) and what the metric counts, so that readers can tell apart the shares a summary holds
 * (to move into the report's message catalogue).
 */
export const METRIC_WORDS: Readonly<Record<string, { short: string; counts: string }>> = {
  'fhir.valid_base_share': {
    short: 'valid against base R4',
    counts:
      'share of FHIR resources valid against the base FHIR R4 specification (structure, cardinality, data types); the summary\'s "without errors" share (fhir.conformant_share) also counts profile, terminology and reference errors, so it is lower or equal',
  },
  'fhir.conformant_share': {
    short: 'without any error',
    counts: 'share of FHIR resources without any error (base, profiles, terminology, references)',
  },
  'fhir.profile_conformant_share': {
    short: 'conformant to their profiles',
    counts: 'share of resources that claim a profile and conform to it',
  },
  'fhir.loinc_share': { short: 'LOINC-coded', counts: 'share of laboratory Observations coded with LOINC' },
  'fhir.ucum_share': { short: 'UCUM units', counts: 'share of quantities with UCUM units' },
  'dicom.conformant_share': {
    short: 'conformant',
    counts:
      'share of DICOM files that conform to their IOD (modules and attributes, no error outside de-identification); says nothing about de-identification',
  },
  'dicom.deidentified_share': {
    short: 'de-identified',
    counts:
      'share of DICOM files that pass the de-identification profile checked (PS3.15 Annex E with the options given); a file can conform to its IOD and still carry identifying data',
  },
};

/** The short name of a metric, or the metric itself when it has none. */
export function metricShort(metric: string): string {
  return Object.hasOwn(METRIC_WORDS, metric) ? METRIC_WORDS[metric]!.short : metric;
}
