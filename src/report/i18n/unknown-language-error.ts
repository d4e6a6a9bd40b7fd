import { ReadinessError } from '../../errors/readiness-error.js';
import { ExitCode } from '../../errors/exit-code.js';

/** `--lang` names a language without a catalogue: a usage error listing the available ones. */
export class UnknownLanguageError extends ReadinessError {
  constructor(tag: string, available: readonly string[]) {
    super('lang.unknown', `--lang ${JSON.stringify(tag)}: no catalogue for this language`, {
      hint: `use one of ${available.join(', ')} (a regional tag such as de-CH uses its language's catalogue)`,
      exitCode: ExitCode.Usage,
    });
  }
}
