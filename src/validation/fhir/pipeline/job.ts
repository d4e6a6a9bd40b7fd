import type { Finding, RuleCount } from '../../finding.js';
import type { FhirCounts } from '../summary/fhir-counts.js';

/** A unit of work for a worker: a batch of NDJSON lines, or one whole JSON document. */
export type Job =
  | { seq: number; kind: 'ndjson'; file: string; firstLine: number; bytes: Uint8Array; tooLong: number[] }
  | { seq: number; kind: 'json'; file: string; bytes: Uint8Array };

/** A reference that left its Bundle (or had none) and must be looked for across the export. */
export interface PendingReferences {
  /** Hashes of `Type/id` keys referred to. */
  targets: number[];
  /** Where the first few were found (parallel to the start of `targets`). */
  examples: Finding['location'][];
}

/** What a worker returns for one job: counters, tallied findings, a sample of them, export-level keys. */
export interface JobResult {
  seq: number;
  counts: FhirCounts;
  tally: RuleCount[];
  /** The first findings of the job, in input order (for the summary's sample). */
  sample: Finding[];
  /** Hashes of `Type/id` of every resource in the job. */
  defined: number[];
  pending: PendingReferences;
  /** Set for a JSON document that held no resource: why (the file counts as unreadable). */
  unreadable?: string;
}
