import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { walkFiles } from '../../../io/walk.js';
import { SKIPPED_LIMIT } from '../../../validation/dicom/summary/summary-builder.js';

/** File name endings DICOM exports use; files without an extension are common too (`IM000001`, `4467`). */
const DICOM_EXTENSIONS = new Set(['.dcm', '.dicom', '.dic', '.ima', '.dc3', '.dcm30']);

/** True when the file starts with a 128-byte preamble and `DICM` (PS3.10 7.1). */
function hasDicmPrefix(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK); // a FIFO must not block the walk
    if (!fstatSync(fd).isFile()) return false;
    const bytes = Buffer.alloc(4);
    return readSync(fd, bytes, 0, 4, 128) === 4 && bytes.toString('latin1') === 'DICM';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether a file found inside a folder is examined as DICOM: a DICOMDIR, a DICOM extension, no
 * extension at all, or any other name whose bytes start with the DICM prefix. Other files (a
 * README, a CSV beside the images) are skipped and counted. Files named on the command line are
 * always examined.
 */
export function isDicomCandidate(path: string): boolean {
  const name = basename(path);
  if (name.toUpperCase() === 'DICOMDIR') return true;
  const ext = extname(name).toLowerCase();
  if (ext === '' || DICOM_EXTENSIONS.has(ext) || /^\.\d+$/.test(ext)) return true;
  return hasDicmPrefix(path);
}

/**
 * The files to examine, in a stable order: files named are taken as they are, folders are walked
 * recursively (symlink loops visited once) keeping DICOM-looking files. Returns how many files
 * inside folders were skipped as not DICOM, and the first {@link SKIPPED_LIMIT} of them. A named
 * path that does not exist is an InputFileError.
 */
export async function collectDicomFiles(
  inputs: readonly string[],
): Promise<{ files: string[]; skipped: number; skippedFiles: string[] }> {
  let skipped = 0;
  const skippedFiles: string[] = [];
  const accept = (path: string): boolean => {
    const ok = isDicomCandidate(path);
    if (!ok && (skipped += 1) <= SKIPPED_LIMIT) skippedFiles.push(path);
    return ok;
  };
  const seen = new Set<string>();
  const files: string[] = [];
  for await (const path of walkFiles(inputs, { accept })) {
    if (seen.has(path)) continue;
    seen.add(path);
    files.push(path);
  }
  return { files, skipped, skippedFiles };
}
