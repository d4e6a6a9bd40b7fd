import type { FhirResourceValidator } from '../resource-validator.js';
import type { Job, JobResult } from './job.js';
import { processJob } from './process-job.js';

/** Runs jobs somewhere (inline, or in worker threads) and hands each result to `onResult`. */
export interface JobRunner {
  /** Accepts a job; resolves when another may be sent (back-pressure). */
  submit(job: Job): Promise<void>;
  /** Resolves when every submitted job's result was handed over. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Runs jobs on the calling thread: for tests, and for `threads: 0`. */
export class InlineRunner implements JobRunner {
  constructor(
    private readonly validator: FhirResourceValidator,
    private readonly showValues: boolean,
    private readonly onResult: (result: JobResult) => void,
  ) {}

  async submit(job: Job): Promise<void> {
    this.onResult(processJob(job, this.validator, this.showValues));
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {}
}
