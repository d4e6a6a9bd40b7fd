import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OutputError } from '../errors/output-error.js';
import { checkOutputTarget, writeFileAtomic } from './atomic-write.js';
import { isInsidePath, isOwnRegularFile, realFoldersFor } from './inside-out.js';
import { MANIFEST_NAME, manifestText, readManifest } from './output-manifest.js';
import { prepareOutputDir } from './output-dir.js';
import { removeStaleTemps, tempName } from './temp-name.js';

/** One file of a set of outputs: its path relative to the output folder (`/`-separated) and content. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes a set of files (a report) into `out` so that the folder never mixes two sets and never
 * loses a file readiness did not write:
 * 1. temporaries left by an interrupted run (readiness's own names only) are removed;
 * 2. every target is checked first: an existing one needs `force`, and is never a symlink, a
 *    device or another special file, nor reached through a symlinked folder;
 * 3. the files are written into a fresh hidden folder inside `out`, and only once all are written
 *    are they moved into place (a rename each);
 * 4. the files the previous run recorded in `out`'s manifest ({@link MANIFEST_NAME}) that this run
 *    did not write are removed (regular files inside `out` only); the manifest then lists this run's.
 * Files in `out` that no run of readiness recorded are left alone. Returns the paths written.
 */
export async function writeOutputSet(
  out: string,
  files: readonly OutputFile[],
  options: { force: boolean },
): Promise<string[]> {
  await prepareOutputDir(out, { force: options.force });
  for (const file of files)
    if (!isInsidePath(file.path) || file.path === MANIFEST_NAME)
      throw new OutputError(join(out, file.path), 'unwritable');
  const folders = new Set(files.map((f) => dirname(f.path)).filter((d) => d !== '.'));
  await removeStaleTemps(out);
  for (const folder of folders) {
    await realFoldersFor(out, `${folder}/x`, { create: false });
    await removeStaleTemps(join(out, folder));
  }
  for (const file of files) {
    await realFoldersFor(out, file.path, { create: false });
    await checkOutputTarget(join(out, file.path), options.force);
  }
  await checkOutputTarget(join(out, MANIFEST_NAME), true);
  const previous = await readManifest(out, 'report');
  const stage = join(out, tempName());
  try {
    await mkdir(stage);
    for (const file of files) {
      await mkdir(dirname(join(stage, file.path)), { recursive: true });
      await writeFile(join(stage, file.path), file.data, { flag: 'wx' });
    }
  } catch (cause) {
    await rm(stage, { recursive: true, force: true });
    throw new OutputError(out, 'unwritable', cause);
  }
  const current = files.map((f) => f.path);
  // Until the move is done, the manifest names the files of both runs: an interruption loses track of none.
  await writeFileAtomic(join(out, MANIFEST_NAME), manifestText('report', [...previous, ...current]), { force: true });
  const written: string[] = [];
  try {
    for (const file of files) {
      await realFoldersFor(out, file.path, { create: true });
      await checkOutputTarget(join(out, file.path), options.force);
      await rename(join(stage, file.path), join(out, file.path)).catch((cause: unknown) => {
        throw new OutputError(join(out, file.path), 'unwritable', cause);
      });
      written.push(join(out, file.path));
    }
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
  await removeUnlisted(out, previous, new Set(current));
  await writeFileAtomic(join(out, MANIFEST_NAME), manifestText('report', current), { force: true });
  return written;
}

/** Removes the files of an earlier run that this one did not write (and their folders left empty). */
async function removeUnlisted(out: string, previous: readonly string[], current: ReadonlySet<string>): Promise<void> {
  for (const rel of previous) {
    if (current.has(rel) || !(await isOwnRegularFile(out, rel))) continue;
    await rm(join(out, rel), { force: true });
    for (let dir = dirname(rel); dir !== '.'; dir = dirname(dir)) {
      if (
        !(await rmdir(join(out, dir)).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
}
