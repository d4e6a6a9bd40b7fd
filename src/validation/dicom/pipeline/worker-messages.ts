import type { BatchOutcome } from '../summary/batch-outcome.js';
import type { DicomFileConfig } from './file-config.js';

/** A batch of files for a worker; `first` is the index of the first path in the run's file order. */
export interface Batch {
  first: number;
  paths: string[];
  /** Send the findings back too (the summary still lists them one by one). */
  withFindings: boolean;
}

export type ToWorker = { type: 'batch'; batch: Batch } | { type: 'stop' };

export type FromWorker =
  { type: 'ready' } | { type: 'outcome'; outcome: BatchOutcome } | { type: 'failed'; message: string; stack?: string };

/** What a worker is started with. */
export interface WorkerSetup {
  config: DicomFileConfig;
}
