import { redactValue } from '../redact.js';
import { TRANSFER_SYNTAX_NAMES } from './summary/transfer-syntax-names.js';

/** True for a transfer syntax UID the standard defines and readiness names. */
export function isNamedTransferSyntax(uid: string): boolean {
  return Object.hasOwn(TRANSFER_SYNTAX_NAMES, uid);
}

/**
 * A value read from a file as a finding or summary may show it: as it is when the standard
 * defines it (`isStandard`) or values were asked for (`--show-values`), otherwise its length and
 * a short hash ({@link redactValue}): free text in a code field can be a patient's name or an MRN.
 *
 * @example
 * shownStandardValue('CT', standard.isStandardModality, false) // 'CT'
 * shownStandardValue('DOE^JOHN', standard.isStandardModality, false) // '‹8 chars #…›'
 */
export function shownStandardValue(value: string, isStandard: (v: string) => boolean, showValues: boolean): string {
  return showValues || isStandard(value) ? value : redactValue(value);
}
