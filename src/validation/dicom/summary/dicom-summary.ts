import type { ConformanceSummary } from '../../conformance-summary.js';
import type { Finding } from '../../finding.js';
import type { DicomShardInfo } from './shard-digest.js';

/** A value seen in the export and how many files had it (modality, transfer syntax, SOP class). */
export interface CountRow {
  value: string;
  /** A readable name where one is known (transfer syntaxes). */
  name?: string;
  count: number;
}

/** A file that could not be read as DICOM, with the finding that says why and where. */
export interface UnreadableFile {
  file: string;
  rule: string;
  offset?: number;
}

/** A file below the folders named that was not examined, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A file whose IOD was not checked (no IOD tables for its SOP Class), with that SOP Class. */
export interface NotCheckedFile {
  file: string;
  /** Shown as the summary's other values: a non-standard UID as its length and hash unless --show-values. */
  sopClass?: string;
}

/**
 * The DICOM conformance summary: the common envelope (what the evidence step reads) and what a
 * person needs to judge an imaging export. Metrics: `dicom.conformant_share`,
 * `dicom.deidentified_share`, `dicom.parse_ok_share` (shares 0..1, null when nothing to count),
 * `dicom.files`, `dicom.studies`, `dicom.series`.
 */
export interface DicomConformanceSummary extends ConformanceSummary {
  kind: 'dicom';
  /** Set by `--shard K/N`: this summary covers share K of N of the files (what the merge needs). */
  shard?: DicomShardInfo;
  /** `notChecked`: parsed without an error, but its IOD was not checked (see `dicom.notChecked`). */
  totals: ConformanceSummary['totals'] & { notChecked: number };
  options: { deid: string[]; showValues: boolean };
  dicom: {
    /** Files examined (DICOMDIRs included). */
    files: number;
    dicomdirs: number;
    /** Files below the folders named that are not DICOM-looking (no DICOM name, no DICM): not examined. */
    skipped: number;
    /** The skipped files, named up to `limit` (all are counted in `skipped`). */
    skippedFiles: { limit: number; files: SkippedFile[] };
    studies: number;
    series: number;
    /** Files that parsed without a fatal finding. */
    parsed: number;
    /**
     * Unreadable files of which part of the dataset was read (and checked) before reading stopped:
     * a fatal finding such as a truncation or malformed element, or a read limit.
     */
    partlyRead: number;
    /** Files read to their end without a de-identification error (`dicom.deidentified_share` is this over `files`). */
    deidentified: number;
    /** Parsed files (not DICOMDIRs) that declare Patient Identity Removed = YES. */
    declaredDeidentified: number;
    modalities: CountRow[];
    transferSyntaxes: CountRow[];
    sopClasses: CountRow[];
    /**
     * Files whose module and attribute checks were not run (a DICOMDIR, a SOP Class without IOD tables):
     * never conformant. Those without an error are `totals.notChecked`; the files are listed up to the
     * detail limit, all are counted by SOP Class.
     */
    notChecked: { files: NotCheckedFile[]; sopClasses: CountRow[] };
    /** For each share of `metrics`, what it is counted over. */
    shareDenominators: Readonly<Record<string, string>>;
    unreadable: UnreadableFile[];
    /** What the de-identification checks cannot establish from the files (the limits of `deidentified`). */
    deidNotChecked: string[];
  };
  /** Every finding of severity warning or worse, in file order, up to `limit`; `total` says how many there were. Information findings are only counted (in `findings`). */
  details: { total: number; limit: number; findings: Finding[] };
}

/** Metric names of the DICOM summary. */
export const DICOM_METRICS = {
  conformantShare: 'dicom.conformant_share',
  deidentifiedShare: 'dicom.deidentified_share',
  parseOkShare: 'dicom.parse_ok_share',
  notCheckedShare: 'dicom.not_checked_share',
  files: 'dicom.files',
  studies: 'dicom.studies',
  series: 'dicom.series',
} as const;
