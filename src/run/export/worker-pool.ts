import { Worker } from 'node:worker_threads';
import type { ExitCode } from '../../errors/exit-code.js';
import { EngineSetupError } from './engine-setup-error.js';
import type { Checker, ExportEngine, Task, TaskSource } from './engine.js';
import type { FromWorker, ToWorker, WorkerData } from './worker-messages.js';

/**
 * Items in flight per worker: one being checked, the rest waiting. The calling thread hands items
 * out only between two of its own (or while it reads the next file); with one waiting, a worker
 * idled about a tenth of a DICOM run.
 */
export const IN_FLIGHT = 4;

export interface PoolOptions<I, R, M> {
  engine: ExportEngine<I, R, M>;
  tasks: TaskSource<I, M> | Promise<TaskSource<I, M>>;
  /** Worker threads to start (0: none). */
  workers: number;
  /** The calling thread checks items too, beside the workers (always when there are none). */
  callerChecks: boolean;
  /** The worker script; default the runner's own (tests run the built one). */
  script?: URL;
  /** Each result with its task and its place in input order, in whatever order they come back. */
  onResult(seq: number, result: R, task: Task<I, M>): void;
}

interface Slot<I, M> {
  worker: Worker;
  /** Tasks sent and not yet back: reported as lost if the worker dies. */
  held: Map<number, Task<I, M>>;
  pulling: number;
  ready: boolean;
}

/**
 * Checks every task on worker threads (each builds its checker once) and, with `callerChecks`, on
 * the calling thread too. Everyone pulls: a worker takes the next task as soon as it has fewer than
 * {@link IN_FLIGHT}, so a slow item delays one thread only and the tasks are only made (files read)
 * as fast as they are checked. Resolves when every task's result was handed over; rejects (and
 * stops every worker) on the first failure. A worker that runs out of memory after it was ready
 * turns its tasks into `engine.lost` results, and a fresh one takes over.
 */
export function runPool<I, R, M>(options: PoolOptions<I, R, M>): Promise<void> {
  const { engine, onResult } = options;
  const pull = puller(options.tasks);
  const slots: Slot<I, M>[] = [];
  let exhausted = false;
  let localRunning = false;
  let finished = false;
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: Error): void => {
      if (finished) return;
      finished = true;
      void Promise.all(slots.map((s) => s.worker.terminate())).then(() => (error ? reject(error) : resolve()));
    };
    const settle = (): void => {
      if (exhausted && !localRunning && slots.every((s) => s.held.size === 0 && s.pulling === 0)) stop();
    };
    const fill = (slot: Slot<I, M>): void => {
      while (!finished && !exhausted && slot.ready && slot.held.size + slot.pulling < IN_FLIGHT) {
        slot.pulling += 1;
        pull().then((next) => {
          slot.pulling -= 1;
          if (finished) return;
          if (!next) {
            exhausted = true;
            return settle();
          }
          slot.held.set(next.seq, next.task);
          const message: ToWorker<I> = { seq: next.seq, item: next.task.item };
          slot.worker.postMessage(message, engine.transfer?.(next.task.item) ?? []);
        }, stop);
      }
    };
    const spawn = (slot?: Slot<I, M>): void => {
      const workerData: WorkerData = { module: engine.checkerModule.href, setup: engine.setup };
      const resourceLimits =
        engine.heapLimitMb === undefined
          ? undefined
          : { maxOldGenerationSizeMb: engine.heapLimitMb, maxYoungGenerationSizeMb: 8 };
      const worker = new Worker(options.script ?? new URL('./worker.js', import.meta.url), {
        workerData,
        resourceLimits,
      });
      const current: Slot<I, M> = slot ?? { worker, held: new Map(), pulling: 0, ready: false };
      current.worker = worker;
      current.ready = false;
      if (!slot) slots.push(current);
      worker.on('message', (message: FromWorker<R>) => {
        if (message.type === 'ready') {
          current.ready = true;
          fill(current);
        } else if (message.type === 'result') {
          const task = current.held.get(message.seq)!;
          current.held.delete(message.seq);
          onResult(message.seq, message.result, task);
          fill(current);
          settle();
        } else stop(workerError(message));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return stop(error);
        if (!current.ready || !engine.lost) return stop(engine.outOfMemory?.() ?? error);
        // Out of memory on some input despite the limits: its tasks become results, a fresh worker takes over.
        for (const [seq, task] of current.held) onResult(seq, engine.lost(task), task);
        current.held.clear();
        spawn(current);
        settle();
      });
    };
    Promise.resolve(options.tasks).catch(stop);
    for (let i = 0; i < options.workers; i++) spawn();
    if (options.callerChecks || options.workers === 0) {
      localRunning = true;
      checkLocally(engine, pull, onResult, () => finished).then(() => {
        localRunning = false;
        exhausted = true;
        settle();
      }, stop);
    }
  });
}

/** The calling thread's share: pulls and checks one task at a time, letting the workers' messages in between. */
async function checkLocally<I, R, M>(
  engine: ExportEngine<I, R, M>,
  pull: () => Promise<{ seq: number; task: Task<I, M> } | undefined>,
  onResult: (seq: number, result: R, task: Task<I, M>) => void,
  finished: () => boolean,
): Promise<void> {
  let checker: Checker<I, R> | undefined;
  for (let next = await pull(); next && !finished(); next = await pull()) {
    // Built on first use: a run with nothing to check loads no tables.
    checker ??= await engine.createChecker();
    onResult(next.seq, await checker.check(next.task.item), next.task);
    await new Promise((wake) => setImmediate(wake));
  }
}

/** Takes tasks one at a time (in order, numbered) from a source that may still be coming. */
function puller<I, M>(
  source: TaskSource<I, M> | Promise<TaskSource<I, M>>,
): () => Promise<{ seq: number; task: Task<I, M> } | undefined> {
  let seq = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const iterator = Promise.resolve(source).then((s) =>
    Symbol.asyncIterator in s ? s[Symbol.asyncIterator]() : s[Symbol.iterator](),
  );
  return () => {
    const next = chain.then(async () => {
      const r = await (await iterator).next();
      return r.done ? undefined : { seq: seq++, task: r.value };
    });
    chain = next.catch(() => undefined);
    return next;
  };
}

function workerError(message: Extract<FromWorker<unknown>, { type: 'failed' }>): Error {
  return message.code
    ? new EngineSetupError(message.code, message.message, {
        exitCode: message.exitCode as ExitCode | undefined,
        location: message.location,
        hint: message.hint,
      })
    : Object.assign(new Error(message.message), { stack: message.stack });
}
