import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';
import type { Location } from '../errors/location.js';

/** A file that is not valid YAML (or repeats a key): nothing was read from it. */
export class YamlSyntaxError extends ReadinessError {
  constructor(message: string, location: Location, duplicateKey = false) {
    super(duplicateKey ? 'yaml.duplicate-key' : 'yaml.syntax', message, {
      location,
      hint: duplicateKey
        ? 'each key may appear once in a map: remove or merge the repeated one'
        : 'fix the YAML syntax at that place (indentation, a missing ":" or quote, a tab instead of spaces)',
      exitCode: ExitCode.InvalidInput,
    });
  }
}
