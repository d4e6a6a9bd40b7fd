import type { ConformanceSummary } from '../../conformance-summary.js';
import type { Location } from '../../../errors/location.js';
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
 * What a shard's summary adds for `readiness merge-summaries` (one run's summary has none of it):
 * where its files lie in the inputs, and the keys to resolve references across shards.
 */
export interface FhirShardInfo {
  index: number;
  count: number;
  /** Plain NDJSON files of at least this many bytes were cut into N line ranges (`--shard-split-mb`). */
  splitBytes: number;
  /** For each of `files`: its place in the walk's order (0-based); `split`: this shard read its line range only. */
  places: { walkIndex: number; split?: true }[];
  /**
   * Resource keys and unresolved references' keys (53-bit hashes of `Type/id`, as little-endian
   * float64, base64), the first unresolved ones' locations; or why they were not kept.
   */
  references: ShardReferences | { omitted: string };
}

/** The reference keys of a shard, encoded (see {@link FhirShardInfo.references}). */
export interface ShardReferences {
  defined: string;
  unresolved: string;
  examples: { index: number; location: Location }[];
}

/**
 * The FHIR conformance summary (`readiness validate fhir --out`): the common envelope plus the
 * FHIR details. Its JSON Schema is `conformance.schema.json` beside this file.
 */
export interface FhirConformanceSummary extends ConformanceSummary {
  kind: 'fhir';
  fhirVersion: '4.0.1';
  /** Set by `--shard K/N`: this summary covers share K (1-based) of N of the inputs. */
  shard?: FhirShardInfo;
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
