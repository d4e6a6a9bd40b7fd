import { ExitCode } from '../../errors/exit-code.js';
import { severityRank, type Severity } from '../../validation/finding.js';

/** `--fail-on`: the least severe finding that fails the run, or never. */
export type FailOn = 'error' | 'warning' | 'never';

export const FAIL_ON_CHOICES: readonly FailOn[] = ['error', 'warning', 'never'];

/** What a validation run's exit code is decided from. */
export interface RunVerdict {
  /** Input files examined. */
  files: number;
  /** Files of which nothing could be read, and files read only in part. */
  unreadable: number;
  partial: number;
  findings: readonly { severity: Severity }[];
}

/**
 * The exit code of a validation run, most serious first: 3 when no input file could be read,
 * 4 when some could not (the others were validated), 6 when a finding is at or above `failOn`,
 * otherwise 0. The default `never` measures without failing: an export with findings is the
 * normal case for a readiness survey.
 */
export function exportExitCode(run: RunVerdict, failOn: FailOn): ExitCode {
  if (run.files > 0 && run.unreadable === run.files) return ExitCode.InvalidInput;
  if (run.unreadable > 0 || run.partial > 0) return ExitCode.Partial;
  if (failOn !== 'never') {
    const limit = severityRank(failOn);
    if (run.findings.some((f) => severityRank(f.severity) <= limit)) return ExitCode.FindingsAboveThreshold;
  }
  return ExitCode.Ok;
}
