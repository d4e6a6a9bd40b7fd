import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { prepareOutputDir } from '../io/output-dir.js';
import type { ReportFile } from '../report/report-files.js';

/**
 * Writes a report's files into `out` through src/io: the folder is created, or refused when it is a
 * file or (without `force`) not empty; each file is written atomically (temporary file, then rename).
 */
export async function writeReportFiles(out: string, files: readonly ReportFile[], force: boolean): Promise<string[]> {
  await prepareOutputDir(out, { force });
  const written: string[] = [];
  for (const file of files) {
    const target = join(out, file.path);
    await writeFileAtomic(target, file.data, { force });
    written.push(target);
  }
  return written;
}
