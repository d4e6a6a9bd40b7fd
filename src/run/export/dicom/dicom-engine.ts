import type { DicomStandard } from '../../../validation/dicom/standard/dicom-standard.js';
import type { ExportEngine } from '../engine.js';
import { createChecker, type Batch, type CheckedBatch } from './dicom-checker.js';
import type { DicomFileConfig } from './file-checker.js';

/** The DICOM engine as the export runner drives it: batches of files, reduced to counts where they are checked. */
export function dicomEngine(
  config: DicomFileConfig,
  standard: DicomStandard,
): ExportEngine<Batch, CheckedBatch, undefined> {
  return {
    checkerModule: new URL('./dicom-checker.js', import.meta.url),
    setup: config,
    createChecker: () => createChecker(config, standard),
  };
}

/** Batches made as they are taken: whether findings are still wanted is asked at that moment. */
export function* dicomTasks(
  files: readonly string[],
  size: number,
  wantsFindings: () => boolean,
  stream = false,
): Generator<{ item: Batch; meta: undefined }> {
  for (let first = 0; first < files.length; first += size) {
    const item: Batch = { first, paths: files.slice(first, first + size), withFindings: wantsFindings() };
    if (stream) item.stream = true;
    yield { item, meta: undefined };
  }
}
