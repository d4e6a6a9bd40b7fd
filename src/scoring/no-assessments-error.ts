import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** The folders named hold no assessment files (`*.yaml` / `*.yml`). */
export class NoAssessmentsError extends ReadinessError {
  constructor(paths: readonly string[]) {
    super('assess.no-inputs', `no assessment files (*.yaml, *.yml) found in ${paths.join(', ')}`, {
      location: { file: paths[0] },
      hint: 'name assessment files or folders that contain them; make one with readiness init',
      exitCode: ExitCode.Usage,
    });
  }
}
