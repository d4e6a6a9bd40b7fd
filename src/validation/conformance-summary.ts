import type { RuleCount } from './finding.js';

/**
 * What the evidence step reads from any validator: the common envelope of a conformance summary.
 * The FHIR and DICOM summaries extend it with their own details.
 *
 * `metrics` are named shares (0..1) or counts that questionnaires can name as evidence, e.g.
 * `fhir.valid_base_share`, `fhir.loinc_share`, `dicom.conformant_share`, `dicom.deidentified_share`.
 * A metric that could not be measured is `null`, never 0.
 */
export interface ConformanceSummary {
  /** `fhir` or `dicom`. */
  kind: 'fhir' | 'dicom';
  /** Schema version of this summary format. */
  formatVersion: 1;
  tool: { name: string; version: string };
  /** The inputs named on the command line, as given. */
  inputs: string[];
  /** Items checked (resources or files) and how many had no error. */
  totals: { items: number; conformant: number; withErrors: number; unreadable: number };
  findings: RuleCount[];
  metrics: Record<string, number | null>;
}
