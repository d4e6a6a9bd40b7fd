export { SAMPLE_SIZE, type FhirRunResult } from './run-result.js';
export { type FileOutcome } from './file-outcome.js';
export { processJob } from './process-job.js';
export { type Job, type JobResult } from './job.js';
