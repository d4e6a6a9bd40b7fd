import type { CodeCheck } from './code-check.js';
import { icd10Format } from './icd10-checks.js';
import { loincCheckDigit, loincFormat } from './loinc-checks.js';
import { snomedCheckDigit, snomedFormat, snomedPartitionCheck } from './snomed-checks.js';
import { ucumUnit } from './ucum-unit.js';

/** Every offline terminology check, in the order they run; for one code the first failure is reported. */
export const TERMINOLOGY_CHECKS: readonly CodeCheck[] = [
  loincFormat,
  loincCheckDigit,
  snomedFormat,
  snomedCheckDigit,
  snomedPartitionCheck,
  icd10Format,
  ucumUnit,
];

/**
 * What needs a terminology server and is therefore not checked offline: listed in every FHIR
 * conformance summary so that nobody reads a missing finding as a passed check.
 */
export const NOT_CHECKED_OFFLINE: readonly string[] = [
  'LOINC: whether a well-formed code exists and is active (needs a terminology server)',
  'SNOMED CT: whether a concept identifier exists, is active, and post-coordinated expressions (needs a terminology server)',
  'ICD-10: whether a well-formed code exists in the named edition (needs a terminology server)',
  'display texts against the code system (needs a terminology server)',
];

/** The first check a code fails, or undefined when it passes all that apply. */
export function firstFailedCheck(system: string, code: string): CodeCheck | undefined {
  for (const check of TERMINOLOGY_CHECKS) if (check.applies(system, code) && !check.test(code)) return check;
  return undefined;
}
