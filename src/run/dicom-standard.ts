import { readDicomStandardFiles } from '../io/dicom-standard-files.js';
import { DicomStandard } from '../validation/dicom/standard/dicom-standard.js';

/** The DICOM standard of the shipped tables, built once: pass it to the parser and the checks. */
export function loadDicomStandard(): DicomStandard {
  return new DicomStandard(readDicomStandardFiles());
}
