export { validateDicomExport, type DicomValidationOptions } from './validate-dicom-export.js';
export { collectDicomFiles } from './collect-files.js';
export { isDicomCandidate } from './dicom-candidate.js';
export { createFileChecker, type DicomFileChecker } from './file-checker.js';
export { progressRates, type DicomProgress, type DicomProgressReporter } from './progress.js';
export type { DicomFileConfig } from './file-config.js';
export { validateDicomAndWrite, type ValidateAndWriteOptions } from './validate-and-write.js';
