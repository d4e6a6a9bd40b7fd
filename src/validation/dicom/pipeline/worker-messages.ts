import type { FileResult } from '../summary/file-result.js';
import type { DicomFileConfig } from './file-config.js';

/** A batch of files for a worker; `first` is the index of the first path in the run's file order. */
export interface Batch {
  first: number;
  paths: string[];
}

export type ToWorker = { type: 'batch'; batch: Batch } | { type: 'stop' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'results'; first: number; results: FileResult[] }
  | { type: 'failed'; message: string; stack?: string };

/** What a worker is started with. */
export interface WorkerSetup {
  config: DicomFileConfig;
}
