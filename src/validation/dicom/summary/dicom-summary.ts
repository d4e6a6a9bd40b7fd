import type { ConformanceSummary } from '../../conformance-summary.js';
import type { Finding } from '../../finding.js';

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

/**
 * The DICOM conformance summary: the common envelope (what the evidence step reads) and what a
 * person needs to judge an imaging export. Metrics: `dicom.conformant_share`,
 * `dicom.deidentified_share`, `dicom.parse_ok_share` (shares 0..1, null when nothing to count),
 * `dicom.files`, `dicom.studies`, `dicom.series`.
 */
export interface DicomConformanceSummary extends ConformanceSummary {
  kind: 'dicom';
  options: { deid: string[]; showValues: boolean };
  dicom: {
    /** Files examined (DICOMDIRs included). */
    files: number;
    dicomdirs: number;
    /** Files below the folders named that are not DICOM-looking (no DICOM name, no DICM): not examined. */
    skipped: number;
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
  files: 'dicom.files',
  studies: 'dicom.studies',
  series: 'dicom.series',
} as const;
