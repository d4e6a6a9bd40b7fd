import { writeOutputSet } from '../io/output-set.js';
import type { ReportFile } from '../report/report-files.js';

/**
 * Writes a report's files into `out` through src/io (see writeOutputSet): the folder is created,
 * or refused when it is a file or (without `force`) not empty; the files are written into a fresh
 * folder and moved into place at the end; with `force`, the files of the previous report that this
 * one does not write (listed in its manifest) are removed, and nothing else in `out` is touched.
 */
export async function writeReportFiles(out: string, files: readonly ReportFile[], force: boolean): Promise<string[]> {
  return writeOutputSet(out, files, { force });
}
