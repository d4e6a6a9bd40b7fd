import { ReadinessError } from '../../errors/readiness-error.js';
import { ExitCode } from '../../errors/exit-code.js';

/** How many failures the message lists before "and N more". */
const LISTED = 5;

/**
 * `report` found nothing to report on: no scorecard or assessment among its inputs (exit 2), or
 * none that could be read (exit 3; the message lists why, one line per input).
 */
export class NoScorecardsError extends ReadinessError {
  constructor(inputs: readonly string[], failures: readonly string[] = []) {
    const list =
      failures
        .slice(0, LISTED)
        .map((f) => `\n  - ${f}`)
        .join('') + (failures.length > LISTED ? `\n  - and ${failures.length - LISTED} more` : '');
    super(
      'report.no-scorecards',
      failures.length > 0
        ? `none of the ${failures.length} inputs could be read as a scorecard or assessment, so there is nothing to report:${list}`
        : `no scorecard (.json) or assessment (.yaml, .yml) found in ${inputs.join(', ')}`,
      {
        hint:
          failures.length > 0
            ? 'fix the problems listed and run again'
            : 'name scorecard files or folders that contain them (`readiness assess --out DIR` writes scorecards)',
        exitCode: failures.length > 0 ? ExitCode.InvalidInput : ExitCode.Usage,
      },
    );
  }
}
