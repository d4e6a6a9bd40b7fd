import { ExitCode } from './exit-code.js';
import { ReadinessError } from './readiness-error.js';

/** Why an input file could not be read as text. */
export type InputFileProblem =
  | 'missing'
  | 'directory'
  | 'empty'
  | 'binary'
  | 'unreadable'
  | 'not-a-directory'
  | 'not-a-regular-file'
  | 'too-large'
  | 'unreadable-folder';

const WORDING: Record<InputFileProblem, { message: string; hint: string }> = {
  missing: { message: 'file not found', hint: 'check the path; relative paths start from the current folder' },
  directory: {
    message: 'is a folder, a file was expected',
    hint: 'name a file inside it, or use a command that takes folders',
  },
  empty: { message: 'file is empty', hint: 'the file has no content; was it truncated or not saved?' },
  binary: { message: 'is a binary file, a UTF-8 text file was expected', hint: 'check that you named the right file' },
  unreadable: { message: 'cannot be read', hint: 'check the file permissions' },
  'not-a-directory': {
    message: 'is a file, a folder was expected',
    hint: 'name a folder, or choose another output path',
  },
  'not-a-regular-file': {
    message: 'is not a regular file',
    hint: 'save the content to a file and name that file: readiness reads only regular files (no pipes, devices or sockets, so no stdin and no <(...) process substitution)',
  },
  'too-large': {
    message: 'is larger than readiness reads for a file of this kind',
    hint: 'check that you named the right file (the limits are listed in the README, section "Limits")',
  },
  'unreadable-folder': {
    message: 'folder cannot be listed: the files in it were skipped',
    hint: 'check the folder permissions (reading a folder needs its r and x permissions)',
  },
};

/** An input file that is missing, a folder, empty, binary, unreadable, not a regular file or too large. */
export class InputFileError extends ReadinessError {
  readonly problem: InputFileProblem;

  /** `detail` (e.g. "a FIFO", "20 MiB, the limit is 16 MiB") is put in brackets after the message. */
  constructor(file: string, problem: InputFileProblem, cause?: unknown, detail?: string) {
    const { message, hint } = WORDING[problem];
    super(`input.${problem}`, detail ? `${message} (${detail})` : message, {
      location: { file },
      hint,
      exitCode: problem === 'missing' || problem === 'directory' ? ExitCode.Usage : ExitCode.InvalidInput,
      cause,
    });
    this.problem = problem;
  }
}
