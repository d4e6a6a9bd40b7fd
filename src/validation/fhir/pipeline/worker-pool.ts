import { Worker } from 'node:worker_threads';
import { ExitCode } from '../../../errors/exit-code.js';
import { EngineSetupError } from './engine-setup-error.js';
import type { Job, JobResult } from './job.js';
import type { JobRunner } from './job-runner.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';

/** Jobs in flight per worker: enough to keep it busy while the main thread reads, few enough to bound memory. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Worker threads that each build a validator and take jobs; the least busy worker gets the next
 * job, and `submit` waits while every worker has {@link IN_FLIGHT} jobs.
 */
export class WorkerPool implements JobRunner {
  private readonly slots: Slot[] = [];
  private waiting: (() => void)[] = [];
  private failure: Error | undefined;
  private inFlight = 0;

  private constructor(private readonly onResult: (result: JobResult) => void) {}

  /** Starts `size` workers and waits until each has built its validator (or one failed). */
  static async start(size: number, setup: WorkerSetup, script: URL, onResult: (result: JobResult) => void, heapLimitMb?: number): Promise<WorkerPool> {
    const pool = new WorkerPool(onResult);
    const ready = Array.from({ length: size }, () => pool.spawn(setup, script, heapLimitMb));
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private spawn(setup: WorkerSetup, script: URL, heapLimitMb?: number): Promise<void> {
    return new Promise((resolve, reject) => {
      // A worker's live heap is small (the definitions and one batch); a cap makes V8 collect instead of growing.
      const resourceLimits = heapLimitMb === undefined ? undefined : { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: 8 };
      const worker = new Worker(script, { workerData: setup, resourceLimits });
      const slot: Slot = { worker, busy: 0 };
      this.slots.push(slot);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'result') {
          slot.busy -= 1;
          this.inFlight -= 1;
          this.onResult(message.result);
          this.wake();
        } else {
          const error = message.code
            ? new EngineSetupError(message.code, message.message, { exitCode: message.exitCode as ExitCode | undefined, location: message.location, hint: message.hint })
            : Object.assign(new Error(message.message), { stack: message.stack });
          this.fail(error);
          reject(error);
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const failure =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new EngineSetupError('fhir.input.out-of-memory', 'an input document is too large to validate in memory', { hint: 'export it as NDJSON (one resource per line), or split the Bundle', exitCode: ExitCode.InvalidInput })
            : error;
        this.fail(failure);
        reject(failure);
      });
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  async submit(job: Job): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy < IN_FLIGHT) {
        slot.busy += 1;
        this.inFlight += 1;
        // The job's bytes are moved to the worker, not copied: the main thread keeps nothing of them.
        const bytes = job.bytes;
        const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        slot.worker.postMessage({ type: 'job', job } satisfies ToWorker, owns ? [bytes.buffer as ArrayBuffer] : []);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async drain(): Promise<void> {
    while (this.inFlight > 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
