import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadFormOptions } from '../forms/read-form-file.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { readFormAt, type FormFileRead } from './import-read.js';

/** Below this many files the forms are read in the main thread (a worker costs a questionnaire load). */
const MIN_FILES_FOR_WORKERS = 8;
/** A worker's heap holds one workbook at a time; a cap makes V8 collect instead of growing. */
const WORKER_HEAP_MB = 160;

type FromWorker = { ready: true } | { n: number; read: FormFileRead } | { n: number; crash: string };

/**
 * Reads the form files, in worker threads when there are many (one per core, at most 4), each
 * loading the questionnaire once; the results come back in the order of `files`. A file that
 * exhausts a worker's memory is reported as unreadable, and a fresh worker goes on.
 */
export async function readForms(
  files: readonly string[],
  questionnaireId: string,
  q: Questionnaire,
  options: ReadFormOptions,
): Promise<FormFileRead[]> {
  const threads = Math.min(4, availableParallelism(), Math.floor(files.length / MIN_FILES_FOR_WORKERS));
  const script = new URL('./import-worker.js', import.meta.url);
  // Run from the TypeScript sources (tests), there is no compiled worker: read in this thread.
  if (threads < 2 || import.meta.url.endsWith('.ts')) {
    const reads: FormFileRead[] = [];
    for (const file of files) reads.push(await readFormAt(file, q, options));
    return reads;
  }
  const reads: FormFileRead[] = new Array<FormFileRead>(files.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const start = (): void => {
        const worker = new Worker(script, {
          workerData: { questionnaire: questionnaireId, options },
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
        });
        workers.push(worker);
        let current = -1;
        const feed = (): void => {
          if (next >= files.length) {
            current = -1;
            void worker.terminate();
            return;
          }
          current = next++;
          worker.postMessage({ n: current, file: files[current] });
        };
        worker.on('message', (message: FromWorker) => {
          if ('ready' in message) return feed();
          if ('crash' in message) return reject(new Error(message.crash));
          reads[message.n] = message.read;
          if (++done === files.length) resolve();
          feed();
        });
        worker.on('error', (error: Error & { code?: string }) => {
          if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || current < 0) return reject(error);
          const file = files[current]!;
          reads[current] = { file, error: `${file}: too large to read in memory` };
          if (++done === files.length) resolve();
          else start();
        });
      };
      for (let i = 0; i < threads; i++) start();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return reads;
}
