import type { Finding, RuleCount } from '../../finding.js';
import type { FhirCounts } from '../summary/fhir-counts.js';
import type { TextLimits } from '../reader/input-limits.js';

/** A unit of work for a worker: a batch of NDJSON lines, one whole JSON or XML document, or a file that broke. */
export type Job =
  | {
      seq: number;
      kind: 'ndjson';
      file: string;
      firstLine: number;
      bytes: Uint8Array;
      tooLong: number[];
      limits: JobLimits;
    }
  | { seq: number; kind: 'json'; file: string; bytes: Uint8Array; limits: JobLimits }
  | { seq: number; kind: 'xml'; file: string; bytes: Uint8Array; limits: JobLimits }
  | BrokenInput;

/** A file that could not be read (or not to its end): its one finding, made into a result like any job's. */
export interface BrokenInput {
  seq: number;
  kind: 'broken';
  file: string;
  rule: string;
  message: string;
  line?: number;
  /** The whole file is unreadable (not only its end). */
  unreadable: boolean;
}

/** The limits a worker applies to each text of a job (see reader/input-limits.ts). */
export interface JobLimits extends TextLimits {
  /** The line limit, for the message about lines skipped for their length. */
  maxLineBytes: number;
}

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
  /** Every finding of the job, in input order, when a findings stream asked for them. */
  all?: Finding[];
  /** Those findings formatted for the stream (by the worker, so the calling thread only writes them). */
  findingsText?: string;
  /** Set for a JSON document that held no resource: why (the file counts as unreadable). */
  unreadable?: string;
  /** Set when a `.json` document was read another way (NDJSON lines, an array of resources): how, and the format. */
  note?: string;
  format?: 'ndjson';
}
