import { ReadinessError } from '../../errors/readiness-error.js';
import type { ExitCode } from '../../errors/exit-code.js';
import type { Location } from '../../errors/location.js';

/**
 * The validation engine could not be set up inside a worker (an unknown profile, a broken IG
 * package...): the worker's user error, carried across the thread boundary with its code, place,
 * hint and exit code.
 */
export class EngineSetupError extends ReadinessError {
  constructor(code: string, message: string, options: { location?: Location; hint?: string; exitCode?: ExitCode }) {
    super(code, message, options);
  }
}
