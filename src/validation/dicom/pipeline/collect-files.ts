import { walkFiles } from '../../../io/walk.js';
import { isDicomCandidate } from './dicom-candidate.js';

/**
 * The files to examine, in a stable order: files named are taken as they are, folders are walked
 * recursively (symlink loops visited once) keeping DICOM-looking files. Returns how many files
 * inside folders were skipped as not DICOM. A named path that does not exist is an InputFileError.
 */
export async function collectDicomFiles(inputs: readonly string[]): Promise<{ files: string[]; skipped: number }> {
  let skipped = 0;
  const accept = (path: string): boolean => {
    const ok = isDicomCandidate(path);
    if (!ok) skipped += 1;
    return ok;
  };
  const seen = new Set<string>();
  const files: string[] = [];
  for await (const path of walkFiles(inputs, { accept })) {
    if (seen.has(path)) continue;
    seen.add(path);
    files.push(path);
  }
  return { files, skipped };
}
