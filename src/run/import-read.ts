// The checker module of `readiness import` on the export runner's pool: each thread loads the
// questionnaire once, then reads the form files it is given and checks each subject in them.
import { open, stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { InputFileError } from '../errors/input-file-error.js';
import { isReadinessError } from '../errors/readiness-error.js';
import { formatBytes } from '../io/input-limits.js';
import type { LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { checkSubmission, type CheckedSubmission } from '../forms/import-plan.js';
import { readFormFile, type ReadFormOptions } from '../forms/read-form-file.js';
import type { Checker } from './export/engine.js';
import { questionnaireNamed } from './form.js';

/** The largest filled form read (xlsx, CSV or JSON), in bytes: a limit listed in the README. */
export const MAX_FORM_BYTES = 16 * 2 ** 20;

/** One form file read: its subjects checked and what stops the whole file, or why it could not be read. */
export type FormFileRead =
  { file: string; submissions: CheckedSubmission[]; fileDiagnostics: Diagnostic[] } | { file: string; error: string };

/** What each thread reads the forms with (plain data, sent to the workers). */
export interface ImportSetup {
  questionnaire: string;
  options: ReadFormOptions;
  /** The `$schema` reference written at the top of each assessment. */
  schemaRef: string;
}

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

/** A checker over a questionnaire already loaded (the calling thread's). */
export function formChecker(loaded: LoadedQuestionnaire, setup: ImportSetup): Checker<string, FormFileRead> {
  return {
    async check(file) {
      try {
        const read = await readFormFile(file, await readBytes(file), loaded.questionnaire, setup.options);
        const submissions = read.submissions.map((s) => checkSubmission(s, loaded, setup.schemaRef));
        return { file, submissions, fileDiagnostics: read.fileDiagnostics };
      } catch (error) {
        if (!isReadinessError(error)) throw error;
        return { file, error: error.message };
      }
    },
  };
}

/** A worker's checker (see the export runner's `CheckerModule`). */
export async function createChecker(setup: unknown): Promise<Checker<string, FormFileRead>> {
  const s = setup as ImportSetup;
  return formChecker(await questionnaireNamed(s.questionnaire), s);
}
