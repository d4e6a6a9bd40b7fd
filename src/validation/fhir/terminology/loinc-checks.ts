// LOINC codes: the format NNNNN-C and the mod-10 check digit (LOINC Users' Guide, appendix on check digits).
import { CODE_SYSTEMS } from './code-systems.js';
import type { CodeCheck } from './code-check.js';
import { luhnCheckDigit } from './luhn.js';

const NUMERIC = /^(\d{1,7})-(\d)$/;
// Answer (LA), part (LP), group (LG), answer list (LL) and other letter-prefixed codes carry no mod-10 check.
const LETTER_PREFIXED = /^L[A-Z]\d{1,9}-\d$/;

/** True for a LOINC code that has the mod-10 check digit: a plain numeric code, not LA/LP/LG/LL. */
export function isNumericLoinc(code: string): boolean {
  return NUMERIC.test(code);
}

/** True when a plain numeric LOINC code's last digit is its mod-10 check digit. */
export function loincCheckDigitValid(code: string): boolean {
  const m = NUMERIC.exec(code);
  if (!m) return false;
  return luhnCheckDigit(m[1]!) === Number(m[2]);
}

export const loincFormat: CodeCheck = {
  rule: 'fhir.terminology.loinc.format',
  severity: 'error',
  description:
    'A LOINC code is digits, a hyphen and a check digit (e.g. 2345-7), or a letter-prefixed code such as LA6576-8.',
  applies: (system) => system === CODE_SYSTEMS.loinc,
  test: (code) => NUMERIC.test(code) || LETTER_PREFIXED.test(code),
  message: 'LOINC code is not of the form NNNNN-C (or LA/LP/LG/LL...)',
};

export const loincCheckDigit: CodeCheck = {
  rule: 'fhir.terminology.loinc.check-digit',
  severity: 'error',
  description: 'A plain numeric LOINC code ends with its mod-10 check digit (LA/LP codes are not checked).',
  applies: (system, code) => system === CODE_SYSTEMS.loinc && NUMERIC.test(code),
  test: loincCheckDigitValid,
  message: 'LOINC code has a wrong check digit (mod-10)',
};
