import { Worker } from 'node:worker_threads';
import { ExitCode } from '../../../errors/exit-code.js';
import { EngineSetupError } from './engine-setup-error.js';
import type { Job, JobResult } from './job.js';
import type { JobRunner } from './job-runner.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';
import { JobAccumulator } from './job-accumulator.js';

/** Jobs in flight per worker: enough to keep it busy while the main thread reads, few enough to bound memory. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  busy: number;
  /** What the worker holds: where each job in flight came from, to report it if the worker dies. */
  jobs: Map<number, LostJob>;
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

  private constructor(
    private readonly onResult: (result: JobResult) => void,
    private readonly setup: WorkerSetup,
    private readonly script: URL,
    private readonly heapLimitMb: number | undefined,
  ) {}

  /** Starts `size` workers and waits until each has built its validator (or one failed). */
  static async start(
    size: number,
    setup: WorkerSetup,
    script: URL,
    onResult: (result: JobResult) => void,
    heapLimitMb?: number,
  ): Promise<WorkerPool> {
    const pool = new WorkerPool(onResult, setup, script, heapLimitMb);
    const ready = Array.from({ length: size }, () => pool.spawn());
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Starts a worker in a new slot, or (after one died) in `slot`; resolves when it is ready. */
  private spawn(slot?: Slot): Promise<void> {
    return new Promise((resolve, reject) => {
      // A worker's heap holds the definitions and the largest text the limits let through; a cap makes V8 collect instead of growing.
      const resourceLimits =
        this.heapLimitMb === undefined
          ? undefined
          : { maxOldGenerationSizeMb: this.heapLimitMb, maxYoungGenerationSizeMb: 8 };
      const worker = new Worker(this.script, { workerData: this.setup, resourceLimits });
      const current: Slot = slot ?? { worker, busy: 0, jobs: new Map() };
      current.worker = worker;
      if (!slot) this.slots.push(current);
      let ready = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          ready = true;
          if (slot) {
            current.busy = 0;
            this.wake();
          }
          resolve();
        } else if (message.type === 'result') {
          current.busy -= 1;
          current.jobs.delete(message.result.seq);
          this.inFlight -= 1;
          this.onResult(message.result);
          this.wake();
        } else {
          const error = message.code
            ? new EngineSetupError(message.code, message.message, {
                exitCode: message.exitCode as ExitCode | undefined,
                location: message.location,
                hint: message.hint,
              })
            : Object.assign(new Error(message.message), { stack: message.stack });
          this.fail(error);
          reject(error);
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        // Out of memory on some input despite the limits: its jobs become findings, a fresh worker takes over.
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && ready) {
          this.recover(current);
          return;
        }
        const failure =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new EngineSetupError('fhir.input.out-of-memory', 'an input document is too large to validate in memory', {
                hint: 'export it as NDJSON (one resource per line), or split the Bundle',
                exitCode: ExitCode.InvalidInput,
              })
            : error;
        this.fail(failure);
        reject(failure);
      });
    });
  }

  private recover(slot: Slot): void {
    const lost = [...slot.jobs.values()];
    slot.jobs.clear();
    slot.busy = IN_FLIGHT; // no job goes to the slot until its new worker is ready
    for (const job of lost) {
      this.inFlight -= 1;
      this.onResult(outOfMemoryResult(job));
    }
    this.spawn(slot).catch((error: Error) => this.fail(error));
    this.wake();
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
        slot.jobs.set(job.seq, {
          seq: job.seq,
          file: job.file,
          firstLine: job.kind === 'ndjson' ? job.firstLine : undefined,
          lines: job.kind === 'ndjson' ? countLines(job.bytes) : 1,
        });
        // The job's bytes are moved to the worker, not copied: the main thread keeps nothing of them.
        const bytes = job.bytes;
        const owns =
          bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
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

/** Where a job in flight came from. */
interface LostJob {
  seq: number;
  file: string;
  firstLine?: number;
  lines: number;
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return Math.max(n, 1);
}

/** The result of a job lost with its worker: one finding at its place, its lines counted unreadable. */
function outOfMemoryResult(job: LostJob): JobResult {
  const acc = new JobAccumulator(job.seq);
  const where =
    job.firstLine === undefined
      ? 'the document'
      : job.lines > 1
        ? `lines ${job.firstLine}-${job.firstLine + job.lines - 1}`
        : `line ${job.firstLine}`;
  const message = `a worker ran out of memory on ${where}: not validated (split the input, or lower --max-line-mb / --max-document-mb)`;
  acc.addFinding({
    rule: 'fhir.input.out-of-memory',
    severity: 'error',
    location: job.firstLine === undefined ? { file: job.file } : { file: job.file, line: job.firstLine },
    message,
  });
  if (job.firstLine !== undefined) acc.counts.unreadable += job.lines;
  return acc.result(job.firstLine === undefined ? message : undefined);
}
