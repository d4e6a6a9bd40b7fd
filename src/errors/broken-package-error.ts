import { ExitCode } from './exit-code.js';
import { ReadinessError } from './readiness-error.js';

/** An implementation guide package (or loose definition file) given with --ig that cannot be loaded. */
export class BrokenPackageError extends ReadinessError {
  /** What is wrong, e.g. `not a gzip file`, `no package/package.json`, `invalid JSON in package/x.json`. */
  readonly problem: string;

  constructor(path: string, problem: string, hint: string, cause?: unknown) {
    super('fhir.ig.broken', `cannot load FHIR definitions: ${problem}`, {
      location: { file: path },
      hint,
      exitCode: ExitCode.InvalidInput,
      cause,
    });
    this.problem = problem;
  }
}
