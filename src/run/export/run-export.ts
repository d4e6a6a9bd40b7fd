import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ExportEngine, TaskSource } from './engine.js';
import { OrderedMerge } from './ordered-merge.js';
import type { ProgressReporter, ProgressState } from './progress.js';
import { runPool } from './worker-pool.js';

/** How an export is run through an engine. */
export interface ExportRunOptions<I, R, M> {
  engine: ExportEngine<I, R, M>;
  /** The work, in input order; a promise while the inputs are still being listed. */
  tasks: TaskSource<I, M> | Promise<TaskSource<I, M>>;
  /** Threads that check items (`--threads`): default one per core; 0 or 1 with `callerChecks`: the calling thread only. */
  threads?: number;
  /** The calling thread checks items too (it has nothing else to do), else it only makes the tasks (reads files). */
  callerChecks: boolean;
  /** Each result with its task's meta, in input order: the engine's summary grows here. */
  merge(result: R, meta: M): void;
  progress?: ProgressReporter;
  /** The progress after the last merge (elapsed time is added). */
  progressState?(): Omit<ProgressState, 'elapsedMs'>;
}

/** Threads when `--threads` is not given: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs an export: tasks are checked on a pool of worker threads (and on the calling thread with
 * `callerChecks`), their results merged in input order, so the same inputs give the same summary
 * whatever the thread count and timing; progress is reported after each merge.
 */
export async function runExport<I, R, M>(options: ExportRunOptions<I, R, M>): Promise<void> {
  const started = performance.now();
  const state = (): ProgressState => ({ ...options.progressState!(), elapsedMs: performance.now() - started });
  const ordered = new OrderedMerge<{ result: R; meta: M }>(({ result, meta }) => {
    options.merge(result, meta);
    if (options.progress && options.progressState) options.progress.update(state());
  });
  const threads = options.threads ?? defaultThreads();
  // Run from the sources (tests), there is no built worker script: the calling thread does it all.
  const built = existsSync(fileURLToPath(new URL('./worker.js', import.meta.url)));
  const workers = !built ? 0 : options.callerChecks ? Math.max(0, threads - 1) : threads;
  await runPool({
    engine: options.engine,
    tasks: options.tasks,
    workers,
    callerChecks: options.callerChecks,
    onResult: (seq, result, task) => ordered.add(seq, { result, meta: task.meta }),
  });
  if (options.progress && options.progressState) options.progress.done(state());
}
