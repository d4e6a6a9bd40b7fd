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
export { loadDicomStandard } from './run/dicom-standard.js';
export { TOOL } from './version.js';
