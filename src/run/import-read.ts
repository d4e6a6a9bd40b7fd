import { open, stat } from 'node:fs/promises';
import { InputFileError } from '../errors/input-file-error.js';
import { isReadinessError } from '../errors/readiness-error.js';
import { formatBytes } from '../io/input-limits.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { readFormFile, type ReadFormOptions } from '../forms/read-form-file.js';
import type { FormFileResult } from '../forms/submission.js';

/** The largest filled form read (xlsx, CSV or JSON), in bytes: a limit listed in the README. */
export const MAX_FORM_BYTES = 16 * 2 ** 20;

/** One form file read: what it holds, or why it could not be read (a user-caused error, as its message). */
export type FormFileRead = { file: string; result: FormFileResult } | { file: string; error: string };

async function readBytes(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    throw new InputFileError(path, cause.code === 'ENOENT' ? 'missing' : 'unreadable', cause);
  });
  if (!info.isFile()) throw new InputFileError(path, info.isDirectory() ? 'directory' : 'not-a-regular-file');
  if (info.size > MAX_FORM_BYTES)
    throw new InputFileError(
      path,
      'too-large',
      undefined,
      `${formatBytes(info.size)}, the limit is ${formatBytes(MAX_FORM_BYTES)}`,
    );
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(info.size);
    const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads one filled form from the disk (in the main thread or a worker). */
export async function readFormAt(file: string, q: Questionnaire, options: ReadFormOptions): Promise<FormFileRead> {
  try {
    return { file, result: await readFormFile(file, await readBytes(file), q, options) };
  } catch (error) {
    if (!isReadinessError(error)) throw error;
    return { file, error: error.message };
  }
}
