import { ExitCode } from '../../../errors/exit-code.js';
import { severityRank, type Severity } from '../../finding.js';
import type { FhirConformanceSummary } from './fhir-summary.js';

/** `--fail-on`: the least severe finding that fails the run, or never. */
export type FailOn = 'error' | 'warning' | 'never';

export const FAIL_ON_CHOICES: readonly FailOn[] = ['error', 'warning', 'never'];

/**
 * The exit code of a validation run, most serious first: 3 when no input file could be read,
 * 4 when some could not (the others were validated), 6 when a finding is at or above `failOn`,
 * otherwise 0. The default `never` measures without failing: an export with findings is the
 * normal case for a readiness survey.
 */
export function fhirExitCode(summary: FhirConformanceSummary, failOn: FailOn): ExitCode {
  const unreadable = summary.files.filter((f) => f.status === 'unreadable').length;
  if (summary.files.length > 0 && unreadable === summary.files.length) return ExitCode.InvalidInput;
  if (unreadable > 0 || summary.files.some((f) => f.status === 'partial')) return ExitCode.Partial;
  if (failOn !== 'never') {
    const limit = severityRank(failOn as Severity);
    if (summary.findings.some((f) => severityRank(f.severity) <= limit)) return ExitCode.FindingsAboveThreshold;
  }
  return ExitCode.Ok;
}
