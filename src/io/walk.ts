import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputFileError } from '../errors/input-file-error.js';

export interface WalkOptions {
  /** Keep only files for which this returns true (given the path). Default: every file. */
  accept?: (path: string) => boolean;
  /** Skip hidden files and folders (names starting with a dot). Default true. */
  skipHidden?: boolean;
}

/**
 * Yields the files named, and the files below the folders named, recursively, in a stable order
 * (sorted by name within each folder). Symlinks are followed, but a folder already visited (a
 * symlink loop, or two links to one place) is visited once. A named path that does not exist is
 * an {@link InputFileError}; files found inside folders are filtered by `accept`, named files are not.
 */
export async function* walkFiles(paths: readonly string[], options: WalkOptions = {}): AsyncGenerator<string> {
  const seenDirs = new Set<string>();
  const skipHidden = options.skipHidden ?? true;
  for (const path of paths) {
    const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
      throw new InputFileError(path, cause.code === 'ENOENT' ? 'missing' : 'unreadable', cause);
    });
    if (info.isDirectory()) yield* walkDir(path, seenDirs, skipHidden, options.accept);
    else yield path;
  }
}

async function* walkDir(dir: string, seenDirs: Set<string>, skipHidden: boolean, accept?: (path: string) => boolean): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => undefined);
  if (real === undefined || seenDirs.has(real)) return;
  seenDirs.add(real);
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const visible = skipHidden ? entries.filter((entry) => !entry.name.startsWith('.')) : entries;
  // Symlinks are resolved all at once: one at a time, a folder of thousands of links waits on each stat in turn.
  const targets = await Promise.all(visible.map((entry) => (entry.isSymbolicLink() ? stat(join(dir, entry.name)).catch(() => null) : undefined)));
  for (const [i, entry] of visible.entries()) {
    const path = join(dir, entry.name);
    const target = targets[i];
    if (target === null) continue; // a dangling link
    const isDir = target ? target.isDirectory() : entry.isDirectory();
    const isFile = target ? target.isFile() : entry.isFile();
    if (isDir) yield* walkDir(path, seenDirs, skipHidden, accept);
    else if (isFile && (!accept || accept(path))) yield path;
  }
}
