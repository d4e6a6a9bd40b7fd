import type { FileResult } from '../summary/file-result.js';
import { createFileChecker } from './file-checker.js';
import type { DicomFileConfig } from './file-config.js';
import type { Batch } from './worker-messages.js';

/** Runs the batches on the calling thread, one after the other: for small inputs, where starting workers costs more than it saves. */
export async function runInProcess(config: DicomFileConfig, batches: Iterable<Batch>, onResults: (first: number, results: FileResult[]) => void): Promise<void> {
  const checker = createFileChecker(config);
  for (const batch of batches) {
    // The files of a batch overlap: one is checked while another waits for the disk.
    onResults(batch.first, await Promise.all(batch.paths.map((path) => checker.check(path))));
  }
}
