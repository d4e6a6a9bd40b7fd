import type { Location } from '../../errors/location.js';

/** What a worker is started with: the checker module to import and its setup. */
export interface WorkerData {
  module: string;
  setup: unknown;
}

/** Calling thread to worker: an item to check, numbered in input order. */
export interface ToWorker<I> {
  seq: number;
  item: I;
}

/** Worker to calling thread. */
export type FromWorker<R> =
  | { type: 'ready' }
  | { type: 'result'; seq: number; result: R }
  | {
      type: 'failed';
      message: string;
      stack?: string;
      code?: string;
      exitCode?: number;
      hint?: string;
      location?: Location;
    };
