import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** A user's error about a form (a bad flag, a bad subject list): the diagnostic, as an error with its exit code. */
export class FormError extends ReadinessError {
  readonly diagnostic: Diagnostic;

  constructor(diagnostic: Diagnostic, exitCode: ExitCode = ExitCode.InvalidInput) {
    super(diagnostic.rule, diagnostic.message, { location: diagnostic.location, hint: diagnostic.hint, exitCode });
    this.diagnostic = diagnostic;
  }
}
