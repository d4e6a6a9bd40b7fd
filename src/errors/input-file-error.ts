import { ExitCode } from './exit-code.js';
import { ReadinessError } from './readiness-error.js';

/** Why an input file could not be read as text. */
export type InputFileProblem = 'missing' | 'directory' | 'empty' | 'binary' | 'unreadable' | 'not-a-directory';

const WORDING: Record<InputFileProblem, { message: string; hint: string }> = {
  missing: { message: 'file not found', hint: 'check the path; relative paths start from the current folder' },
  directory: { message: 'is a folder, a file was expected', hint: 'name a file inside it, or use a command that takes folders' },
  empty: { message: 'file is empty', hint: 'the file has no content; was it truncated or not saved?' },
  binary: { message: 'is a binary file, a UTF-8 text file was expected', hint: 'check that you named the right file' },
  unreadable: { message: 'cannot be read', hint: 'check the file permissions' },
  'not-a-directory': { message: 'is a file, a folder was expected', hint: 'name a folder, or choose another output path' },
};

/** An input file that is missing, a folder, empty, binary or unreadable. */
export class InputFileError extends ReadinessError {
  readonly problem: InputFileProblem;

  constructor(file: string, problem: InputFileProblem, cause?: unknown) {
    const { message, hint } = WORDING[problem];
    super(`input.${problem}`, message, {
      location: { file },
      hint,
      exitCode: problem === 'missing' || problem === 'directory' ? ExitCode.Usage : ExitCode.InvalidInput,
      cause,
    });
    this.problem = problem;
  }
}
