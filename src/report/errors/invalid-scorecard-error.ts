import { ReadinessError } from '../../errors/readiness-error.js';
import { ExitCode } from '../../errors/exit-code.js';

/** A JSON file given to `report` that is not a valid scorecard (it is skipped, the others are reported). */
export class InvalidScorecardError extends ReadinessError {
  /** True when the JSON is not meant to be a scorecard at all (no subject and questionnaire), e.g. a FHIR Bundle. */
  readonly otherJson: boolean;

  constructor(file: string, detail: string, path?: string, otherJson = false) {
    super('report.invalid-scorecard', `not a valid scorecard: ${detail}`, {
      location: { file, path },
      hint: 'give scorecards written by `readiness assess --out DIR`, or assessment YAML files',
      exitCode: ExitCode.InvalidInput,
    });
    this.otherJson = otherJson;
  }
}
