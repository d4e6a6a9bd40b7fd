export { type CodeCheck } from './code-check.js';
export { TERMINOLOGY_CHECKS, NOT_CHECKED_OFFLINE, firstFailedCheck } from './checks.js';
export { CODE_SYSTEMS, ICD10_SYSTEMS, isIcd10System } from './code-systems.js';
export { isNumericLoinc, loincCheckDigitValid } from './loinc-checks.js';
export { isSnomedExpression, snomedPartition } from './snomed-checks.js';
export { ucumValid } from './ucum-unit.js';
export { luhnCheckDigit } from './luhn.js';
export { verhoeffValid, verhoeffCheckDigit } from './verhoeff.js';
