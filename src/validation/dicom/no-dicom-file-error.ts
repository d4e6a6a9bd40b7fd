import { ExitCode } from '../../errors/exit-code.js';
import { ReadinessError } from '../../errors/readiness-error.js';

/** Why a file below a folder was not examined as DICOM (the summary's `dicom.skippedFiles` reason). */
export const NOT_DICOM_LOOKING =
  'not DICOM-looking: no DICOM extension (.dcm, .dicom, .ima...), an extension, and no DICM prefix at byte 128';

/** Skipped files a message names before "and N more". */
const NAMED = 10;

/**
 * A `validate dicom` run that found no file to read as DICOM: every file below the folders named was
 * skipped as not DICOM-looking (or the folders are empty). Exit code 3, naming what was skipped and why.
 */
export class NoDicomFileError extends ReadinessError {
  constructor(inputs: readonly string[], skipped: { count: number; files: readonly string[] }) {
    const named = skipped.files.slice(0, NAMED).join(', ');
    const more = skipped.count > NAMED ? ` and ${skipped.count - NAMED} more` : '';
    const what =
      skipped.count === 0
        ? 'the folders named hold no file'
        : `${skipped.count} file(s) below the folders named were skipped as ${NOT_DICOM_LOOKING}: ${named}${more}`;
    super('input.no-dicom', `no DICOM file was read: ${what}`, {
      location: { file: inputs[0] ?? '.' },
      hint: 'name the folder that holds the DICOM files, or name the files themselves (a file named on the command line is always read as DICOM)',
      exitCode: ExitCode.InvalidInput,
    });
  }
}
