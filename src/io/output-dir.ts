import { mkdir, readdir, stat } from 'node:fs/promises';
import { OutputError } from '../errors/output-error.js';

/**
 * Makes sure `dir` can receive outputs: creates it if missing; refuses a path that is a file;
 * refuses an existing non-empty folder unless `force` (then files in it may be replaced).
 */
export async function prepareOutputDir(
  dir: string,
  options: { force?: boolean; allowNonEmpty?: boolean } = {},
): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputError(dir, 'not-a-directory');
  if (info) {
    if (!options.force && !options.allowNonEmpty && (await readdir(dir)).length > 0)
      throw new OutputError(dir, 'not-empty');
    return;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new OutputError(dir, code === 'ENOTDIR' || code === 'EEXIST' ? 'not-a-directory' : 'unwritable', cause);
  }
}
