import type { Finding } from '../../finding.js';
import type { FileDigest } from '../across/file-digest.js';

/** What validating one file yields: its digest (for the checks across files) and its findings. */
export interface FileResult {
  digest: FileDigest;
  findings: Finding[];
  /** Reading stopped early (a fatal finding or a read limit) after part of the dataset was read and checked. */
  partlyRead?: boolean;
}

const DEID_PREFIX = 'dicom.deid.';

/** True for a de-identification finding (they do not count against IOD conformance). */
export function isDeidFinding(finding: Finding): boolean {
  return finding.rule.startsWith(DEID_PREFIX);
}

/**
 * How one file came out: unreadable (a fatal finding), with conformance errors, de-identified or
 * not. A file not read to its end is never de-identified: what was not read was not checked.
 */
export function classifyFile(findings: readonly Finding[]): {
  unreadable: boolean;
  conformant: boolean;
  deidentified: boolean;
} {
  let unreadable = false;
  let conformant = true;
  let deidentified = true;
  for (const f of findings) {
    if (f.severity === 'fatal') unreadable = true;
    if (f.severity !== 'fatal' && f.severity !== 'error') continue;
    if (isDeidFinding(f)) deidentified = false;
    else conformant = false;
  }
  return { unreadable, conformant: conformant && !unreadable, deidentified: deidentified && !unreadable };
}
