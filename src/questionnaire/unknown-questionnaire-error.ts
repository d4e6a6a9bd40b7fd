import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';
import type { Location } from '../errors/location.js';
import { didYouMean } from './closest.js';

/** An assessment (or a command) names a questionnaire that is not shipped and was not given with --questionnaire. */
export class UnknownQuestionnaireError extends ReadinessError {
  /** The ids that are known. */
  readonly known: readonly string[];

  constructor(id: string, known: readonly string[], location?: Location) {
    super('questionnaire.unknown', `unknown questionnaire '${id}'${didYouMean(id, known)}`, {
      location,
      hint: `shipped questionnaires: ${known.join(', ') || 'none'}; for your own, name its .yaml file (init, questionnaire show) or pass --questionnaire FILE (assess)`,
      exitCode: location ? ExitCode.InvalidInput : ExitCode.Usage,
    });
    this.known = known;
  }
}
