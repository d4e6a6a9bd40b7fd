import { readFileSync } from 'node:fs';
import { packagePath } from './package-path.js';

/** Reads the shipped DICOM tables (standards/dicom/*.json), for a `DicomStandard` to be built from. */
export function readDicomStandardFiles(): Record<'dictionary' | 'iods' | 'modalityTerms' | 'deidProfile', unknown> {
  const read = (name: string): unknown => JSON.parse(readFileSync(packagePath('standards', 'dicom', name), 'utf8'));
  return {
    dictionary: read('dictionary.json'),
    iods: read('iods.json'),
    modalityTerms: read('modality-terms.json'),
    deidProfile: read('deid-profile.json'),
  };
}
