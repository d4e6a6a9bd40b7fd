import type { Location } from '../../../errors/location.js';
import type { FhirValidatorConfig } from '../resource-validator.js';
import type { Job, JobResult } from './job.js';

/** Sent once to a worker when it starts (as workerData): how to build its validator. */
export interface WorkerSetup {
  config: FhirValidatorConfig;
  /** URL of a module exporting `createFhirValidator(config)`. */
  validatorModule: string;
}

/** Main thread to worker. */
export type ToWorker = { type: 'job'; job: Job } | { type: 'stop' };

/** Worker to main thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; result: JobResult }
  | {
      type: 'failed';
      message: string;
      stack?: string;
      code?: string;
      exitCode?: number;
      hint?: string;
      location?: Location;
    };
