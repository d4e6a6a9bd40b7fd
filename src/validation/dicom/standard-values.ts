import { readFileSync } from 'node:fs';
import { packagePath } from '../../io/package-path.js';
import { redactValue } from '../redact.js';
import { iodTables } from './iod/iod-tables.js';
import { TRANSFER_SYNTAX_NAMES } from './summary/transfer-syntax-names.js';

/** Media Storage Directory Storage (PS3.4 Annex I): the SOP Class of a DICOMDIR. */
const MEDIA_DIRECTORY = '1.2.840.10008.1.3.10';

let modalities: Set<string> | undefined;

/** The Defined Terms of Modality (PS3.3 C.7.3.1.1.1, standards/dicom/modality-terms.json) and the values IODs enumerate. */
function modalityTerms(): Set<string> {
  if (modalities) return modalities;
  const file = JSON.parse(readFileSync(packagePath('standards', 'dicom', 'modality-terms.json'), 'utf8')) as {
    current: string[];
    retired: string[];
  };
  modalities = new Set([...file.current, ...file.retired]);
  for (const module of Object.values(iodTables().modules)) {
    for (const attribute of module?.attributes ?? [])
      if (attribute.tag === '00080060') for (const v of attribute.enum ?? []) modalities.add(v);
  }
  return modalities;
}

/** True for a Modality (0008,0060) value the standard defines. */
export function isStandardModality(value: string): boolean {
  return modalityTerms().has(value);
}

/** True for a SOP Class UID the standard defines (an IOD checked here, another storage class, or a DICOMDIR). */
export function isStandardSopClass(uid: string): boolean {
  const tables = iodTables();
  return uid === MEDIA_DIRECTORY || tables.sopClasses[uid] !== undefined || tables.otherSopClasses[uid] !== undefined;
}

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
 * shownStandardValue('CT', isStandardModality, false) // 'CT'
 * shownStandardValue('DOE^JOHN', isStandardModality, false) // '‹8 chars #…›'
 */
export function shownStandardValue(value: string, isStandard: (v: string) => boolean, showValues: boolean): string {
  return showValues || isStandard(value) ? value : redactValue(value);
}
