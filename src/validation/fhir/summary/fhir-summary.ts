import type { ConformanceSummary } from '../../conformance-summary.js';
import type { Finding } from '../../finding.js';
import type { FileOutcome } from '../pipeline/file-outcome.js';
import type { SkippedInputs } from '../reader/skipped-inputs.js';
import type { FhirCounts } from './fhir-counts.js';

/** The counters the summary's terminology section repeats. */
export type TerminologyCount =
  | 'observations'
  | 'observationsWithLoinc'
  | 'conditions'
  | 'conditionsCoded'
  | 'quantities'
  | 'quantitiesUcum'
  | 'codesChecked'
  | 'codesValid';

/** Counts of one resource type, with its shares. */
export interface ResourceTypeRow {
  type: string;
  resources: number;
  validBase: number;
  conformant: number;
}

/** One profile the export was checked against. */
export interface ProfileRow {
  url: string;
  checked: number;
  conformant: number;
  share: number | null;
}

/**
 * The FHIR conformance summary (`readiness validate fhir --out`): the common envelope plus the
 * FHIR details. Its JSON Schema is `conformance.schema.json` beside this file.
 */
export interface FhirConformanceSummary extends ConformanceSummary {
  kind: 'fhir';
  fhirVersion: '4.0.1';
  /** Set by `--shard K/N`: this summary covers share K (1-based) of N of the inputs. */
  shard?: { index: number; count: number };
  options: {
    profiles: string[];
    igs: string[];
    showValues: boolean;
    allowExtensionDomains?: string[];
    allowExampleUrls?: boolean;
  };
  files: FileOutcome[];
  /** Files found in the folders named and left out (not a FHIR format...): counted, the first ones listed. */
  skipped: SkippedInputs;
  /** Each share's denominator: the count it was divided by and what was counted (`1204 resources`). */
  denominators: Record<string, { count: number; of: string }>;
  resourcesByType: ResourceTypeRow[];
  profiles: ProfileRow[];
  /** The offline checks that ran (by rule), what needs a terminology server, and the coding counts. */
  terminology: { checks: { rule: string; description: string }[]; notCheckedOffline: string[] } & Pick<
    FhirCounts,
    TerminologyCount
  >;
  references: { checked: number; resolved: number; external: number };
  /** The first findings in input order, in full (values only with --show-values). */
  sample: Finding[];
}
