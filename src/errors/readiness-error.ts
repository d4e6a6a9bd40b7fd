import { ExitCode } from './exit-code.js';
import { formatLocation, type Location } from './location.js';

export interface ReadinessErrorOptions {
  /** Where the problem is. */
  location?: Location;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** The exit code the CLI ends with. */
  exitCode?: ExitCode;
  cause?: unknown;
}

/**
 * The base of every error a user can cause. Its message says what is wrong; `location` says
 * where and `hint` how to fix it; `toString()`-like `describe()` puts the three together.
 * Each kind of error is a subclass with its own `code` (a stable id such as `yaml.syntax`).
 */
export class ReadinessError extends Error {
  readonly code: string;
  readonly location?: Location;
  readonly hint?: string;
  readonly exitCode: ExitCode;

  constructor(code: string, message: string, options: ReadinessErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.InvalidInput;
  }

  /** The full text for a person: where, what, and how to fix it. */
  describe(): string {
    const where = this.location ? formatLocation(this.location) : '';
    const head = where ? `${where}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  fix: ${this.hint}` : head;
  }
}

/** True for errors a user caused (as opposed to bugs). */
export function isReadinessError(error: unknown): error is ReadinessError {
  return error instanceof ReadinessError;
}
