import { ExitCode } from './exit-code.js';
import { ReadinessError } from './readiness-error.js';

/** Why an output could not be written. */
export type OutputProblem =
  'exists' | 'not-a-directory' | 'not-empty' | 'unwritable' | 'not-a-regular-file' | 'symlink';

const WORDING: Record<OutputProblem, { message: string; hint: string }> = {
  exists: {
    message: 'already exists and would be overwritten',
    hint: 'add --force to overwrite it, or choose another output path',
  },
  'not-a-directory': { message: 'is a file, an output folder was expected', hint: 'choose a folder path for --out' },
  'not-empty': {
    message: 'is an existing folder that is not empty',
    hint: 'add --force to write into it, or choose a new folder',
  },
  unwritable: { message: 'cannot be written', hint: 'check that the folder exists and that you may write to it' },
  'not-a-regular-file': {
    message:
      'exists and is not a regular file (a device, pipe, socket or folder): readiness never replaces it, even with --force',
    hint: 'choose another output path',
  },
  symlink: {
    message: 'is a symbolic link: readiness never writes through or replaces a link, even with --force',
    hint: 'remove the link or choose another output path',
  },
};

/** An output that would overwrite something, or whose place cannot be used. Nothing was written. */
export class OutputError extends ReadinessError {
  readonly problem: OutputProblem;

  constructor(path: string, problem: OutputProblem, cause?: unknown) {
    const { message, hint } = WORDING[problem];
    super(`output.${problem}`, message, { location: { file: path }, hint, exitCode: ExitCode.OutputRefused, cause });
    this.problem = problem;
  }
}
