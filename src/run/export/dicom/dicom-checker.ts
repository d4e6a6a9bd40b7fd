// What a worker thread runs for DICOM: builds its file checker once, then checks the batches of files it is given.
import type { DicomStandard } from '../../../validation/dicom/standard/dicom-standard.js';
import { summariseBatch, type BatchOutcome } from '../../../validation/dicom/summary/batch-outcome.js';
import { findingsNdjson } from '../findings-format.js';
import { loadDicomStandard } from '../../dicom-standard.js';
import type { Checker } from '../engine.js';
import { createFileChecker, type DicomFileConfig } from './file-checker.js';

/** Consecutive files; `first` is the index of the first path in the run's file order. */
export interface Batch {
  first: number;
  paths: string[];
  /** Send the findings back too (the summary still lists them one by one). */
  withFindings: boolean;
  /** Send every finding back as NDJSON text, for a `--findings` stream. */
  stream?: boolean;
}

/** A batch's outcome and, for a `--findings` stream, every finding of its files as NDJSON, in file order. */
export interface CheckedBatch extends BatchOutcome {
  findingsText?: string;
}

/** Checks a batch's files together (one is checked while another waits for the disk) and reduces them where they were checked. */
export async function createChecker(
  setup: unknown,
  // A worker reads the standard's tables now, while the calling thread may still be walking the folders.
  standard: DicomStandard = loadDicomStandard(),
): Promise<Checker<Batch, CheckedBatch>> {
  const checker = createFileChecker(setup as DicomFileConfig, standard);
  return {
    check: async ({ first, paths, withFindings, stream }) => {
      const results = await Promise.all(paths.map((p) => checker.check(p)));
      const outcome: CheckedBatch = summariseBatch(first, results, withFindings);
      if (stream) outcome.findingsText = findingsNdjson(results.flatMap((r) => r.findings));
      return outcome;
    },
  };
}
