import type { Severity } from '../../finding.js';

/** The rules that compare files with each other (PS3.3 information model: one patient and study per Study Instance UID, one modality per series). */
export const ACROSS_RULES = {
  duplicateSopInstance: {
    rule: 'dicom.across.duplicate-sop-instance',
    severity: 'error',
    message: (p: Record<string, string>) =>
      `SOP Instance UID (0008,0018) is the same as in ${p.firstFile}: two files claim to be one instance`,
  },
  studyAttributeDiffers: {
    rule: 'dicom.across.study-attribute-differs',
    severity: 'error',
    message: (p: Record<string, string>) =>
      `${p.name} differs from ${p.firstFile}, a file of the same study (Study Instance UID)`,
  },
  seriesMixedModality: {
    rule: 'dicom.across.series-mixed-modality',
    severity: 'error',
    message: (p: Record<string, string>) =>
      `Modality (0008,0060) is ${p.modality} but ${p.firstFile} of the same series is ${p.firstModality}: a series has one modality (PS3.3 C.7.3.1)`,
  },
  seriesInSeveralStudies: {
    rule: 'dicom.across.series-in-several-studies',
    severity: 'error',
    message: (p: Record<string, string>) =>
      `Series Instance UID (0020,000E) is also used in ${p.firstFile}, which belongs to another study`,
  },
  dicomdirMissingFile: {
    rule: 'dicom.across.dicomdir-missing-file',
    severity: 'error',
    message: (p: Record<string, string>) =>
      `directory record references ${p.fileId}, which is not among the files examined (PS3.10 8.5: a DICOMDIR names files of its File-set)`,
  },
} as const satisfies Record<
  string,
  { rule: string; severity: Severity; message: (p: Record<string, string>) => string }
>;
