import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every entry below `root` (symlinks not followed) with what it is: a file's SHA-256, a link's
 * target, `dir`, or its kind for special files. Entries under `skip` (e.g. the --out folder) are
 * left out. Compare two snapshots to prove nothing outside --out changed.
 */
export async function treeSnapshot(root: string, skip: readonly string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const visit = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      if (skip.includes(path)) continue;
      const info = await lstat(path);
      const rel = relative(root, path);
      if (info.isSymbolicLink()) out[rel] = `link -> ${await readlink(path)}`;
      else if (info.isDirectory()) {
        out[rel] = 'dir';
        await visit(path);
      } else if (info.isFile())
        out[rel] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
      else
        out[rel] = info.isFIFO()
          ? 'fifo'
          : info.isCharacterDevice()
            ? `char ${info.rdev}`
            : info.isSocket()
              ? 'socket'
              : 'special';
    }
  };
  await visit(root);
  return out;
}
