// SNOMED CT identifiers: format, partition identifier and Verhoeff check digit (SNOMED CT TIG, 6.2 and 6.3).
import { CODE_SYSTEMS } from './code-systems.js';
import type { CodeCheck } from './code-check.js';
import { verhoeffValid } from './verhoeff.js';

const SCTID = /^[1-9]\d{5,17}$/;
// A post-coordinated expression (compositional grammar) is not an identifier: not checked offline.
const EXPRESSION = /[:|=+{}()<>]/;

/** True for a SNOMED CT code that is an expression rather than an identifier. */
export function isSnomedExpression(code: string): boolean {
  return EXPRESSION.test(code);
}

/** The partition identifier of an SCTID: the two digits before the check digit ('00' = concept). */
export function snomedPartition(code: string): string {
  return code.slice(-3, -1);
}

const isSnomedId = (system: string, code: string): boolean => system === CODE_SYSTEMS.snomed && !EXPRESSION.test(code);

export const snomedFormat: CodeCheck = {
  rule: 'fhir.terminology.snomed.format',
  severity: 'error',
  description: 'A SNOMED CT identifier is 6 to 18 digits without a leading zero.',
  applies: isSnomedId,
  test: (code) => SCTID.test(code),
  message: 'SNOMED CT code is not an identifier of 6 to 18 digits',
};

export const snomedCheckDigit: CodeCheck = {
  rule: 'fhir.terminology.snomed.check-digit',
  severity: 'error',
  description: 'A SNOMED CT identifier ends with its Verhoeff check digit.',
  applies: (system, code) => isSnomedId(system, code) && SCTID.test(code),
  test: verhoeffValid,
  message: 'SNOMED CT identifier has a wrong Verhoeff check digit',
};

export const snomedPartitionCheck: CodeCheck = {
  rule: 'fhir.terminology.snomed.partition',
  severity: 'error',
  description: 'A SNOMED CT code in a Coding is a concept identifier: partition 00 (core) or 10 (extension).',
  applies: (system, code) => isSnomedId(system, code) && SCTID.test(code),
  test: (code) => {
    const p = snomedPartition(code);
    return p === '00' || p === '10';
  },
  message: 'SNOMED CT identifier is not a concept identifier (partition is not 00 or 10)',
};
