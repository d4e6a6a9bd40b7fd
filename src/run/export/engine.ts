/**
 * How an engine plugs into the export runner: what a worker checks (an item), what it sends back
 * (a result), and what the calling thread keeps about each item meanwhile (its meta).
 */
export interface ExportEngine<I, R, M> {
  /** A module exporting `createChecker(setup)` ({@link CheckerModule}): what each worker thread runs. */
  checkerModule: URL;
  /** Plain data (structured-cloneable) the workers build their checker from. */
  setup: unknown;
  /** Builds a checker on the calling thread (no workers, or the calling thread's share). */
  createChecker(): Promise<Checker<I, R>>;
  /** Buffers moved (not copied) to the worker with an item. */
  transfer?(item: I): ArrayBuffer[];
  /** The result of a task lost with a worker that ran out of memory; without it the run fails. */
  lost?(task: Task<I, M>): R;
  /** The error when a worker runs out of memory before it is ready. */
  outOfMemory?(): Error;
  /** Old-generation heap cap of a worker (MiB): V8 collects instead of growing. */
  heapLimitMb?: number;
}

/** Checks one item at a time with what it compiled once (one checker per thread). */
export interface Checker<I, R> {
  check(item: I): R | Promise<R>;
}

/** What a checker module exports (see {@link ExportEngine.checkerModule}). */
export interface CheckerModule<I, R> {
  createChecker(setup: unknown): Promise<Checker<I, R>>;
}

/** One unit of work: the item goes to a checker, the meta stays on the calling thread for the merge. */
export interface Task<I, M> {
  item: I;
  meta: M;
}

/** Tasks in input order; may still be coming (a folder being walked) when the workers start. */
export type TaskSource<I, M> = Iterable<Task<I, M>> | AsyncIterable<Task<I, M>>;
