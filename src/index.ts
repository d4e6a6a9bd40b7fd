/**
 * interop-readiness as a library: the core of the `readiness` CLI, without the CLI.
 * Nothing exported here prints, exits or imports oclif.
 */
export * from './errors/index.js';
export * from './io/index.js';
export * from './validation/index.js';
export * from './questionnaire/index.js';
export * from './scoring/index.js';
export * from './report/index.js';
export * from './evidence/index.js';
export * from './run/index.js';
export { TOOL } from './version.js';
// The validate use cases and the export runner they share.
export { validateFhir, type ValidateFhirOptions } from './run/validate-fhir.js';
export { validateDicom, type ValidateDicomOptions } from './run/validate-dicom.js';
export { collectDicomFiles } from './run/export/dicom/collect-files.js';
export { exportExitCode, FAIL_ON_CHOICES, type FailOn, type RunVerdict } from './run/export/exit-code.js';
export { progressRates, type ProgressReporter, type ProgressState } from './run/export/progress.js';
