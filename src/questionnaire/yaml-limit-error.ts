import { ExitCode } from '../errors/exit-code.js';
import type { Location } from '../errors/location.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** A YAML file past one of the reader's limits (size in values, nesting, aliases): nothing was read from it. */
export class YamlLimitError extends ReadinessError {
  constructor(what: 'nodes' | 'depth' | 'aliases' | 'alias-cycle', message: string, location: Location, hint: string) {
    super(`yaml.limit.${what}`, message, { location, hint, exitCode: ExitCode.InvalidInput });
  }
}
