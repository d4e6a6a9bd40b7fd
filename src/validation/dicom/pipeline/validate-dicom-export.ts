import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readDicomStandardFiles } from '../../../io/dicom-standard-files.js';
import { checkAcrossFiles } from '../across/check-across-files.js';
import { DicomStandard } from '../standard/dicom-standard.js';
import type { FileDigest } from '../across/file-digest.js';
import type { DeidOption } from '../deid/deid-options.js';
import type { DicomConformanceSummary } from '../summary/dicom-summary.js';
import type { BatchOutcome } from '../summary/batch-outcome.js';
import { DicomSummaryBuilder } from '../summary/summary-builder.js';
import { collectDicomFiles } from './collect-files.js';
import type { DicomFileConfig } from './file-config.js';
import { localRunner, runInProcess } from './in-process-runner.js';
import type { DicomProgressReporter } from './progress.js';
import type { Batch } from './worker-messages.js';
import { runOnWorkers } from './worker-pool.js';

export interface DicomValidationOptions {
  /** The de-identification profile options (default: basic). */
  deid?: DeidOption[];
  /** Put offending values into findings. */
  showValues?: boolean;
  /** Threads that check files (default: one per core): the calling thread and threads - 1 workers; 0 or 1: the calling thread only. */
  workers?: number;
  /** Files per batch sent to a worker (default 8). */
  batchSize?: number;
  progress?: DicomProgressReporter;
}

/** Below this many files, starting workers costs more than it saves. */
const IN_PROCESS_BELOW = 24;

/** Batches made as they are handed out: whether findings are still wanted is asked at that moment. */
function* batchesOf(files: readonly string[], size: number, wantsFindings: () => boolean): Generator<Batch> {
  for (let first = 0; first < files.length; first += size)
    yield { first, paths: files.slice(first, first + size), withFindings: wantsFindings() };
}

/**
 * Validates the DICOM files named and those below the folders named: parse, IOD and value
 * checks, de-identification, then the checks across files, into a conformance summary.
 * Work is spread over worker threads; results are taken in file order, so the same inputs
 * give the same summary. A bad file is a finding and the run goes on.
 *
 * @example
 * const summary = await validateDicomExport(['export/'], { deid: parseDeidOptions('retain-uids') });
 */
export async function validateDicomExport(
  inputs: readonly string[],
  options: DicomValidationOptions = {},
): Promise<DicomConformanceSummary> {
  const config: DicomFileConfig = { deid: options.deid ?? ['basic'], showValues: options.showValues ?? false };
  const standard = new DicomStandard(readDicomStandardFiles());
  const builder = new DicomSummaryBuilder(standard, { deid: config.deid, showValues: config.showValues });
  const digests: FileDigest[] = [];
  const pending = new Map<number, BatchOutcome>();
  let files: string[] = [];
  let next = 0;
  let checked = 0;
  let started = performance.now();
  const progress = () => ({ filesDone: checked, filesTotal: files.length, elapsedMs: performance.now() - started });
  // Outcomes come back in any order; they are added in file order, so the summary is deterministic.
  const onOutcome = (outcome: BatchOutcome): void => {
    pending.set(outcome.first, outcome);
    checked += outcome.files.length;
    for (let ready = pending.get(next); ready; ready = pending.get(next)) {
      pending.delete(next);
      builder.addBatch(ready);
      for (const file of ready.files) digests.push(file.digest);
      next += ready.files.length;
    }
    options.progress?.update(progress());
  };
  const wantsFindings = (): boolean => builder.wantsFindings();
  const batchSize = options.batchSize ?? 8;
  const script = new URL('./worker.js', import.meta.url);
  const threads = existsSync(fileURLToPath(script)) ? (options.workers ?? availableParallelism()) : 0;
  const collect = async (): Promise<Iterable<Batch>> => {
    const found = await collectDicomFiles(inputs);
    files = found.files;
    builder.addSkipped(found.skipped);
    started = performance.now();
    return batchesOf(files, batchSize, wantsFindings);
  };
  // One thread per core: the calling thread checks files too, beside threads - 1 workers.
  if (threads > 1 && (await namesAFolder(inputs))) {
    // A folder may hold many files: the workers start (load their tables) while it is walked.
    await runOnWorkers(threads - 1, { config }, script, collect(), onOutcome, localRunner(config, standard));
  } else {
    const batches = await collect();
    if (threads > 1 && files.length >= IN_PROCESS_BELOW)
      await runOnWorkers(threads - 1, { config }, script, batches, onOutcome, localRunner(config, standard));
    else await runInProcess(config, standard, batches, onOutcome);
  }
  builder.addFindings(checkAcrossFiles(digests, standard, { showValues: config.showValues }));
  options.progress?.done(progress());
  return builder.build(inputs);
}

/** True when one of the inputs is a folder (which may hold many files). */
async function namesAFolder(inputs: readonly string[]): Promise<boolean> {
  const kinds = await Promise.all(
    inputs.map((p) =>
      stat(p).then(
        (s) => s.isDirectory(),
        () => false,
      ),
    ),
  );
  return kinds.includes(true);
}
