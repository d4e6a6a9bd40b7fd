import type { ReadinessError } from '../errors/readiness-error.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * A user's error as diagnostics: its code is the rule, severity `error`. An error that stands for
 * several problems (an invalid questionnaire or assessment lists each, see InvalidDocumentError)
 * gives those, each at its own place.
 */
export function errorDiagnostics(error: ReadinessError): Diagnostic[] {
  const { problems } = error as { problems?: readonly Diagnostic[] };
  if (problems?.some((p) => p.severity === 'error')) return problems.filter((p) => p.severity === 'error');
  const diagnostic: Diagnostic = {
    rule: error.code,
    severity: 'error',
    location: error.location ?? {},
    message: error.message,
  };
  if (error.hint !== undefined) diagnostic.hint = error.hint;
  return [diagnostic];
}
