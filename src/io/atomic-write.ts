import { link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OutputError } from '../errors/output-error.js';
import { tempName } from './temp-name.js';

export interface WriteOptions {
  /** Overwrite an existing regular file. Without it an existing file is an {@link OutputError}. */
  force?: boolean;
}

/**
 * Refuses a target that exists and is not a regular file: a symlink (never written through nor
 * replaced), a device, a FIFO, a socket or a folder, with or without `force`.
 */
export async function checkOutputTarget(path: string, force: boolean | undefined): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (!existing) return;
  if (existing.isSymbolicLink()) throw new OutputError(path, 'symlink');
  if (!existing.isFile()) throw new OutputError(path, existing.isDirectory() ? 'exists' : 'not-a-regular-file');
  if (!force) throw new OutputError(path, 'exists');
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target (a short name:
 * see {@link tempName}), which is then renamed over it, so a reader never sees half a file and a
 * failure leaves the old one. Without `force` an existing target is refused, checked race-free
 * with a hard link; with `force` only a regular file is replaced (see {@link checkOutputTarget}).
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new OutputError(
      dir,
      (cause as NodeJS.ErrnoException).code === 'EEXIST' || (cause as NodeJS.ErrnoException).code === 'ENOTDIR'
        ? 'not-a-directory'
        : 'unwritable',
      cause,
    );
  }
  await checkOutputTarget(path, options.force);
  const temp = join(dir, tempName());
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (options.force) {
      await rename(temp, path);
    } else {
      // link() fails if the target appeared meanwhile: never overwrite without --force.
      await link(temp, path);
      await rm(temp);
    }
  } catch (cause) {
    await rm(temp, { force: true });
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError(path, 'exists', cause);
    throw new OutputError(path, 'unwritable', cause);
  }
}
