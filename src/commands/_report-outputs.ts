import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { prepareOutputDir } from '../io/output-dir.js';
import type { ReportFile } from '../report/report-files.js';

/**
 * Writes a report's files into `out` through src/io: the folder is created, or refused when it is a
 * file or (without `force`) not empty; each file is written atomically (temporary file, then rename).
 * With `force`, charts of an earlier report in `charts/` that this one does not draw are removed, so
 * that the folder never mixes two reports (nothing else in `out` is touched).
 */
export async function writeReportFiles(out: string, files: readonly ReportFile[], force: boolean): Promise<string[]> {
  await prepareOutputDir(out, { force });
  const written: string[] = [];
  for (const file of files) {
    const target = join(out, file.path);
    await writeFileAtomic(target, file.data, { force });
    written.push(target);
  }
  if (force) await removeStaleCharts(out, new Set(files.map((f) => f.path)));
  return written;
}

async function removeStaleCharts(out: string, current: ReadonlySet<string>): Promise<void> {
  const names = await readdir(join(out, 'charts')).catch(() => [] as string[]);
  for (const name of names) if (name.endsWith('.png') && !current.has(`charts/${name}`)) await rm(join(out, 'charts', name), { force: true });
}
