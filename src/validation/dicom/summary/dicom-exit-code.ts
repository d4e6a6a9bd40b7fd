import { ExitCode } from '../../../errors/exit-code.js';
import { severityRank, type Severity } from '../../finding.js';
import type { DicomConformanceSummary } from './dicom-summary.js';

/** `--fail-on`: the least severe finding that fails the run, or never. */
export type DicomFailOn = 'error' | 'warning' | 'never';

/**
 * The exit code of a DICOM run, most serious first: 3 when no file could be read as DICOM,
 * 4 when some could not (the others were validated), 6 when a finding is at or above `failOn`,
 * otherwise 0. The default `never` measures without failing.
 */
export function dicomExitCode(summary: DicomConformanceSummary, failOn: DicomFailOn): ExitCode {
  const { files } = summary.dicom;
  const unreadable = summary.totals.unreadable;
  if (files > 0 && unreadable === files) return ExitCode.InvalidInput;
  if (unreadable > 0) return ExitCode.Partial;
  if (failOn !== 'never') {
    const limit = severityRank(failOn as Severity);
    if (summary.findings.some((f) => severityRank(f.severity) <= limit)) return ExitCode.FindingsAboveThreshold;
  }
  return ExitCode.Ok;
}
