import { ReadinessError } from '../../errors/readiness-error.js';
import { ExitCode } from '../../errors/exit-code.js';

/** A JSON file given to `report` that is not a valid scorecard (it is skipped, the others are reported). */
export class InvalidScorecardError extends ReadinessError {
  constructor(file: string, detail: string, path?: string) {
    super('report.invalid-scorecard', `not a valid scorecard: ${detail}`, {
      location: { file, path },
      hint: 'give scorecards written by `readiness assess --out DIR`, or assessment YAML files',
      exitCode: ExitCode.InvalidInput,
    });
  }
}
