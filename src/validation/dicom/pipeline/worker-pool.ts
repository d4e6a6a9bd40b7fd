import { Worker } from 'node:worker_threads';
import type { BatchOutcome } from '../summary/batch-outcome.js';
import type { Batch, FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';

/**
 * Batches in flight per worker: one being checked, three waiting. The calling thread hands out batches
 * only between two of its own; with one waiting, a worker idled about a tenth of the run.
 */
const IN_FLIGHT = 4;

/** Checks a batch on the calling thread (the main thread takes its share beside the workers). */
export type LocalRunner = (batch: Batch) => Promise<BatchOutcome>;

/**
 * Runs the batches on `size` worker threads (each builds its file checker once) and, with `local`,
 * on the calling thread too: one thread fewer to start and warm up than a worker per core. All
 * pull: each gets the next batch as soon as it hands one back, so a slow file delays one only.
 * Resolves when every batch is back; rejects (and stops every worker) on the first failure.
 * `batches` may still be coming (the folders being walked): the workers start meanwhile.
 */
export function runOnWorkers(
  size: number,
  setup: WorkerSetup,
  script: URL,
  batches: Iterable<Batch> | Promise<Iterable<Batch>>,
  onOutcome: (outcome: BatchOutcome) => void,
  local?: LocalRunner,
): Promise<void> {
  let queue: Iterator<Batch> | undefined;
  const workers: Worker[] = [];
  let running = 0;
  let finished = false;
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: Error): void => {
      if (finished) return;
      finished = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve()));
    };
    const done = (): void => {
      running -= 1;
      if (running === 0) stop();
    };
    const feed = (worker: Worker, state: { busy: number }): void => {
      if (!queue) return;
      while (state.busy < IN_FLIGHT) {
        const next = queue.next();
        if (next.done) break;
        state.busy += 1;
        worker.postMessage({ type: 'batch', batch: next.value } satisfies ToWorker);
      }
      if (state.busy === 0) {
        worker.postMessage({ type: 'stop' } satisfies ToWorker);
        done();
      }
    };
    // A failed walk (a named path that does not exist) stops the workers at once.
    Promise.resolve(batches).catch((error: Error) => stop(error));
    if (local) {
      running += 1;
      const pull = async (list: Iterable<Batch>): Promise<void> => {
        queue ??= list[Symbol.iterator]();
        for (let next = queue.next(); !next.done && !finished; next = queue.next()) {
          onOutcome(await local(next.value));
          // Let the workers' messages in between two batches of the calling thread.
          await new Promise((wake) => setImmediate(wake));
        }
        done();
      };
      Promise.resolve(batches)
        .then(pull)
        .catch((error: Error) => stop(error));
    }
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: setup });
      const state = { busy: 0 };
      workers.push(worker);
      running += 1;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'failed') return stop(Object.assign(new Error(message.message), { stack: message.stack }));
        if (message.type === 'outcome') {
          state.busy -= 1;
          onOutcome(message.outcome);
          feed(worker, state);
          return;
        }
        // Ready: start as soon as the list of files is there.
        Promise.resolve(batches).then(
          (list) => {
            queue ??= list[Symbol.iterator]();
            feed(worker, state);
          },
          (error: Error) => stop(error),
        );
      });
      worker.on('error', (error) => stop(error));
    }
  });
}
