import { ReadinessError } from '../../errors/readiness-error.js';
import { ExitCode } from '../../errors/exit-code.js';

/** Report options that do not go together (e.g. --anonymize without --salt). */
export class ReportUsageError extends ReadinessError {
  constructor(message: string, hint: string) {
    super('report.usage', message, { hint, exitCode: ExitCode.Usage });
  }
}
