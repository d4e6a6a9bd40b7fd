import { FindingTally, type Finding, type RuleCount } from '../../finding.js';
import type { FileDigest } from '../across/file-digest.js';
import { classifyFile, type FileResult } from './file-result.js';

/** How one file came out, without its findings: what the summary counts. */
export interface FileOutcome {
  digest: FileDigest;
  /** The fatal finding that made it unreadable, if any. */
  unreadable?: { rule: string; offset?: number };
  conformant: boolean;
  /**
   * Its IOD was not checked: a DICOMDIR, or a SOP Class without IOD tables here (standard or not).
   * Without an error it is neither conformant nor with errors: the summary counts it apart.
   */
  notChecked: boolean;
  /** Read to its end and without a de-identification error. */
  deidentified: boolean;
  /** Read up to a fatal finding or a read limit, after part of its dataset (which was checked). */
  partlyRead: boolean;
  /** Declares Patient Identity Removed = YES. */
  declared: boolean;
}

/**
 * A batch of consecutive files reduced where it was checked (a worker thread): outcomes, a tally
 * of its findings (first example of each rule in file order), and the findings themselves only
 * when the summary still lists findings one by one. Small to send between threads.
 */
export interface BatchOutcome {
  /** Index of the batch's first file in the run's file order. */
  first: number;
  files: FileOutcome[];
  tally: RuleCount[];
  /** Findings of severity warning or worse (the ones listed one by one; information is only counted). */
  listableCount: number;
  /**
   * The listable findings as JSON text, when asked for: one string crosses between threads far
   * faster than thousands of small objects, and the main thread parses it only while it still lists.
   */
  findingsJson?: string;
}

/** The findings that say a file's module and attribute checks were not run (no IOD tables for its SOP Class). */
const IOD_NOT_CHECKED: ReadonlySet<string> = new Set(['dicom.iod.not-covered', 'dicom.iod.unknown-sop-class']);

/** Information findings (e.g. a condition not evaluated) are counted by rule, not listed one by one. */
export function isListed(finding: Finding): boolean {
  return finding.severity !== 'information';
}

/** Reduces the results of a batch; `withFindings` keeps the findings for the listing. */
export function summariseBatch(first: number, results: readonly FileResult[], withFindings: boolean): BatchOutcome {
  const tally = new FindingTally();
  let listableCount = 0;
  const files = results.map(({ digest, findings, partlyRead }): FileOutcome => {
    for (const f of findings) {
      tally.add(f);
      if (isListed(f)) listableCount += 1;
    }
    const state = classifyFile(findings);
    const fatal = state.unreadable ? findings.find((f) => f.severity === 'fatal') : undefined;
    return {
      digest,
      ...(fatal
        ? {
            unreadable: {
              rule: fatal.rule,
              ...(fatal.location.offset === undefined ? {} : { offset: fatal.location.offset }),
            },
          }
        : {}),
      conformant: state.conformant,
      notChecked: findings.some((f) => IOD_NOT_CHECKED.has(f.rule)),
      deidentified: state.deidentified && partlyRead !== true,
      partlyRead: partlyRead === true,
      declared: !findings.some((f) => f.rule === 'dicom.deid.not-declared'),
    };
  });
  return {
    first,
    files,
    tally: tally.counts(),
    listableCount,
    ...(withFindings ? { findingsJson: JSON.stringify(results.flatMap((r) => r.findings.filter(isListed))) } : {}),
  };
}
