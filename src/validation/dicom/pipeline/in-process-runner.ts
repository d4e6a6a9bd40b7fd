import { summariseBatch, type BatchOutcome } from '../summary/batch-outcome.js';
import { createFileChecker } from './file-checker.js';
import type { DicomFileConfig } from './file-config.js';
import type { Batch } from './worker-messages.js';
import type { DicomStandard } from '../standard/dicom-standard.js';

/** A runner of single batches on the calling thread, its checker built on first use. */
export function localRunner(config: DicomFileConfig, standard: DicomStandard): (batch: Batch) => Promise<BatchOutcome> {
  let checker: ReturnType<typeof createFileChecker> | undefined;
  return async (batch) => {
    checker ??= createFileChecker(config, standard);
    const ready = checker;
    const results = await Promise.all(batch.paths.map((path) => ready.check(path)));
    return summariseBatch(batch.first, results, batch.withFindings);
  };
}

/** Runs the batches on the calling thread, one after the other: for small inputs, where starting workers costs more than it saves. */
export async function runInProcess(
  config: DicomFileConfig,
  standard: DicomStandard,
  batches: Iterable<Batch>,
  onOutcome: (outcome: BatchOutcome) => void,
): Promise<void> {
  const checker = createFileChecker(config, standard);
  for (const batch of batches) {
    // The files of a batch overlap: one is checked while another waits for the disk.
    const results = await Promise.all(batch.paths.map((path) => checker.check(path)));
    onOutcome(summariseBatch(batch.first, results, batch.withFindings));
  }
}
