import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputFileError } from '../errors/input-file-error.js';
import { nonRegularKind } from './file-kind.js';

export interface WalkOptions {
  /** Keep only files for which this returns true (given the path). Default: every file. */
  accept?: (path: string) => boolean;
  /** Skip hidden files and folders (names starting with a dot). Default true. */
  skipHidden?: boolean;
  /**
   * Told of each folder below the inputs that cannot be listed, and of each accepted name that is
   * not a regular file (a FIFO, device or socket); the walk goes on. Without it, such a folder is
   * yielded as it is (a reader that opens it then records it as unreadable, at its path) and such
   * a file is left out, as it is not a file.
   */
  onProblem?: (error: InputFileError) => void;
}

/**
 * Yields the files named, and the files below the folders named, recursively, in a stable order
 * (sorted by name within each folder). Symlinks are followed, but a folder already visited (a
 * symlink loop, or two links to one place) is visited once. A named path that does not exist, or
 * is not a regular file or folder (a FIFO, `<(...)`, a device), is an {@link InputFileError}; files
 * found inside folders are filtered by `accept`, named files are not. Nothing is skipped silently:
 * see {@link WalkOptions.onProblem}.
 */
export async function* walkFiles(paths: readonly string[], options: WalkOptions = {}): AsyncGenerator<string> {
  const seenDirs = new Set<string>();
  const skipHidden = options.skipHidden ?? true;
  for (const path of paths) {
    const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
      if (path === '-') throw new InputFileError(path, 'not-a-regular-file', cause, 'standard input is not read');
      throw new InputFileError(path, cause.code === 'ENOENT' ? 'missing' : 'unreadable', cause);
    });
    const kind = nonRegularKind(info);
    if (kind) throw new InputFileError(path, 'not-a-regular-file', undefined, kind);
    if (info.isDirectory()) yield* walkDir(path, seenDirs, skipHidden, options);
    else yield path;
  }
}

async function* walkDir(
  dir: string,
  seenDirs: Set<string>,
  skipHidden: boolean,
  options: WalkOptions,
): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => undefined);
  if (real !== undefined && seenDirs.has(real)) return;
  if (real !== undefined) seenDirs.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    if (options.onProblem)
      options.onProblem(new InputFileError(dir, 'unreadable-folder', cause, (cause as NodeJS.ErrnoException).code));
    else yield dir;
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const visible = skipHidden ? entries.filter((entry) => !entry.name.startsWith('.')) : entries;
  // Symlinks are resolved all at once: one at a time, a folder of thousands of links waits on each stat in turn.
  const targets = await Promise.all(
    visible.map((entry) => (entry.isSymbolicLink() ? stat(join(dir, entry.name)).catch(() => null) : undefined)),
  );
  for (const [i, entry] of visible.entries()) {
    const path = join(dir, entry.name);
    const target = targets[i];
    if (target === null) continue; // a dangling link
    const isDir = target ? target.isDirectory() : entry.isDirectory();
    const isFile = target ? target.isFile() : entry.isFile();
    if (isDir) yield* walkDir(path, seenDirs, skipHidden, options);
    else if (isFile) {
      if (!options.accept || options.accept(path)) yield path;
    } else if (options.onProblem && (!options.accept || options.accept(path))) {
      const kind = target
        ? nonRegularKind(target)
        : entry.isFIFO()
          ? 'a FIFO or pipe'
          : entry.isSocket()
            ? 'a socket'
            : 'a device or special file';
      options.onProblem(new InputFileError(path, 'not-a-regular-file', undefined, kind));
    }
  }
}
