import { ExitCode } from '../../errors/exit-code.js';
import { ReadinessError } from '../../errors/readiness-error.js';

/** The most subject-draws one Monte Carlo run keeps (two 8-byte values each: about 320 MB). */
export const MAX_SUBJECT_DRAWS = 20_000_000;

/** --draws times the subjects of a comparison group exceeds {@link MAX_SUBJECT_DRAWS}. */
export class TooManyDrawsError extends ReadinessError {
  constructor(draws: number, subjects: number, questionnaire: string) {
    super(
      'uncertainty.too-many-draws',
      `${draws.toLocaleString('en')} draws for ${subjects.toLocaleString('en')} subjects of ${questionnaire} are ${(draws * subjects).toLocaleString('en')} subject-draws, more than the ${MAX_SUBJECT_DRAWS.toLocaleString('en')} one run keeps in memory`,
      {
        hint: `lower --draws to at most ${Math.max(1, Math.floor(MAX_SUBJECT_DRAWS / subjects)).toLocaleString('en')}, or leave out --uncertainty`,
        exitCode: ExitCode.Usage,
      },
    );
  }
}
