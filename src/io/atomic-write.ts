import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors/output-error.js';

export interface WriteOptions {
  /** Overwrite an existing file. Without it an existing file is an {@link OutputError}. */
  force?: boolean;
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, which is
 * then renamed over it, so a reader never sees half a file and a failure leaves the old one.
 * Without `force` an existing target is refused, checked race-free with a hard link.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new OutputError(dir, (cause as NodeJS.ErrnoException).code === 'EEXIST' || (cause as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'not-a-directory' : 'unwritable', cause);
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputError(path, 'exists');
  if (existing && !options.force) throw new OutputError(path, 'exists');
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
