import type { Severity } from '../../finding.js';
import type { FhirRuleId } from '../engine/rule-registry.js';

/**
 * One offline terminology check, as data: which codes it applies to and what it tests.
 * Checks are listed, in order, in {@link TERMINOLOGY_CHECKS}; for one code the first failing
 * check is reported and the later ones skipped (a malformed LOINC code has no check digit to test).
 */
export interface CodeCheck {
  /** Stable rule id of the findings it makes, e.g. `fhir.terminology.loinc.check-digit`. */
  rule: FhirRuleId;
  severity: Severity;
  /** What the check verifies, in one sentence (shown by `readiness fhir packages`). */
  description: string;
  /** True when the check applies to a code of this system (a Coding's or a Quantity's). */
  applies(system: string, code: string): boolean;
  /** True when the code passes. */
  test(code: string): boolean;
  /** The finding's message, without the code itself (codes go in `value`, only with --show-values). */
  message: string;
}
