import { lstat, mkdir } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { OutputError } from '../errors/output-error.js';

/** True for a relative path that stays inside its folder (`charts/a.png`; not `../x`, `/x` or ``). */
export function isInsidePath(rel: string): boolean {
  if (rel === '' || isAbsolute(rel) || rel.includes('\0')) return false;
  const norm = normalize(rel);
  return norm !== '.' && norm !== '..' && !norm.startsWith(`..${sep}`) && norm === rel.split('/').join(sep);
}

/**
 * Makes the folders of `rel` below `out` (`charts/` for `charts/a.png`), refusing any that is a
 * symlink or not a folder: an output never goes through a link out of `out`.
 */
export async function realFoldersFor(out: string, rel: string, options: { create: boolean }): Promise<void> {
  const parts = rel.split('/').slice(0, -1);
  let dir = out;
  for (const part of parts) {
    dir = join(dir, part);
    const info = await lstat(dir).catch(() => undefined);
    if (info?.isSymbolicLink()) throw new OutputError(dir, 'symlink');
    if (info && !info.isDirectory()) throw new OutputError(dir, 'not-a-directory');
    if (!info && options.create) {
      await mkdir(dir).catch((cause: unknown) => {
        throw new OutputError(dir, 'unwritable', cause);
      });
    }
  }
}

/** True when `rel` below `out` is a regular file reached through real folders only (no link on the way). */
export async function isOwnRegularFile(out: string, rel: string): Promise<boolean> {
  let dir = out;
  for (const part of rel.split('/').slice(0, -1)) {
    dir = join(dir, part);
    const info = await lstat(dir).catch(() => undefined);
    if (!info || info.isSymbolicLink() || !info.isDirectory()) return false;
  }
  const info = await lstat(join(out, rel)).catch(() => undefined);
  return info !== undefined && info.isFile();
}
