import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** `assess --baseline / --fail-on-drop` used in a way that cannot work (several assessments, a threshold that is not a number). */
export class BaselineUsageError extends ReadinessError {
  constructor(message: string, hint: string) {
    super('assess.baseline-usage', message, { hint, exitCode: ExitCode.Usage });
  }
}
