import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** A `--baseline` scorecard of another subject, questionnaire or questionnaire version: its scores are not comparable. */
export class BaselineMismatchError extends ReadinessError {
  constructor(file: string, what: 'subject' | 'questionnaire' | 'version', baseline: string, current: string) {
    const paths = {
      subject: '/subject/id',
      questionnaire: '/questionnaire/id',
      version: '/questionnaire/version',
    } as const;
    const words = { subject: 'subject', questionnaire: 'questionnaire', version: 'questionnaire version' } as const;
    super(
      'assess.baseline-mismatch',
      `the baseline is a scorecard of ${words[what]} '${baseline}', the assessment is of ${words[what]} '${current}': their scores cannot be compared`,
      {
        location: { file, path: paths[what] },
        hint:
          what === 'version'
            ? 'another questionnaire version scores differently: make a new baseline from this version (readiness assess FILE --json > baseline.json)'
            : 'give the scorecard of the same subject and questionnaire, e.g. the one the previous run of readiness assess FILE --json wrote',
        exitCode: ExitCode.Usage,
      },
    );
  }
}
