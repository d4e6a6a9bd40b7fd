import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** Two assessments of one run are of the same subject and the same period. */
export class DuplicateSubjectError extends ReadinessError {
  constructor(file: string, subjectId: string, period: string, firstFile: string) {
    super(
      'assess.duplicate-subject',
      `subject '${subjectId}' for period ${period} was already assessed in ${firstFile}`,
      {
        location: { file },
        hint: 'assess each subject once per period: fix subject.id or period, or leave one of the files out',
        exitCode: ExitCode.InvalidInput,
      },
    );
  }
}
