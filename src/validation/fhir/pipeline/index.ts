export { runFhirValidation, SAMPLE_SIZE, type FhirRunOptions, type FhirRunResult } from './run-validation.js';
export { type ProgressReporter, type ProgressState, progressRates } from './progress.js';
export { type FileOutcome } from './file-outcome.js';
export { EngineSetupError } from './engine-setup-error.js';
export { processJob } from './process-job.js';
export { type Job, type JobResult } from './job.js';
export { validateFhirExport, type ValidateExportOptions } from './validate-export.js';
