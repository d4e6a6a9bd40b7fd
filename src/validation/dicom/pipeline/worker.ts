// A worker thread: builds its file checker once, then validates the batches of files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { summariseBatch } from '../summary/batch-outcome.js';
import { readDicomStandardFiles } from '../../../io/dicom-standard-files.js';
import { DicomStandard } from '../standard/dicom-standard.js';
import { createFileChecker } from './file-checker.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';

const port = parentPort!;
const send = (message: FromWorker): void => port.postMessage(message);

try {
  // The standard's tables are read now, while the main thread may still be walking the folders.
  const checker = createFileChecker((workerData as WorkerSetup).config, new DicomStandard(readDicomStandardFiles()));
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      port.close();
      return;
    }
    const { first, paths, withFindings } = message.batch;
    // Reduced here, so that only counts (and findings while they are listed) cross to the main thread.
    Promise.all(paths.map((p) => checker.check(p))).then(
      (results) => send({ type: 'outcome', outcome: summariseBatch(first, results, withFindings) }),
      (error: Error) => send({ type: 'failed', message: error.message, stack: error.stack }),
    );
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: (error as Error).message, stack: (error as Error).stack });
}
