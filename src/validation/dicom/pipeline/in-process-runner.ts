import { summariseBatch, type BatchOutcome } from '../summary/batch-outcome.js';
import { createFileChecker } from './file-checker.js';
import type { DicomFileConfig } from './file-config.js';
import type { Batch } from './worker-messages.js';

/** Runs the batches on the calling thread, one after the other: for small inputs, where starting workers costs more than it saves. */
export async function runInProcess(config: DicomFileConfig, batches: Iterable<Batch>, onOutcome: (outcome: BatchOutcome) => void): Promise<void> {
  const checker = createFileChecker(config);
  for (const batch of batches) {
    // The files of a batch overlap: one is checked while another waits for the disk.
    const results = await Promise.all(batch.paths.map((path) => checker.check(path)));
    onOutcome(summariseBatch(batch.first, results, batch.withFindings));
  }
}
