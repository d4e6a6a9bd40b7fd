import type { Finding, RuleCount } from '../../finding.js';
import type { FhirCounts } from '../summary/fhir-counts.js';
import type { FileOutcome } from './file-outcome.js';
import type { SkippedInputs } from '../reader/skipped-inputs.js';

/** Everything a run measured, before it is shaped into a conformance summary. */
export interface FhirRunResult {
  counts: FhirCounts;
  findings: RuleCount[];
  /** The first findings in input order (at most {@link SAMPLE_SIZE}). */
  sample: Finding[];
  files: FileOutcome[];
  skipped: SkippedInputs;
}

/** How many findings the summary keeps in full. */
export const SAMPLE_SIZE = 200;
