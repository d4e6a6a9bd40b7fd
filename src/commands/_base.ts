import { Command } from '@oclif/core';
import { isReadinessError } from '../errors/readiness-error.js';
import { ExitCode } from '../errors/exit-code.js';

/**
 * What every readiness command shares: a user's error (a {@link ReadinessError}) is printed as
 * where / what / how to fix, and ends the process with its documented exit code; anything else is
 * a bug and exits with 1. (Files starting with `_` are not commands: see package.json `oclif`.)
 */
export abstract class ReadinessCommand extends Command {
  static override enableJsonFlag = true;

  protected override async catch(error: Error & { exitCode?: number; oclif?: { exit?: number } }): Promise<unknown> {
    if (isReadinessError(error)) {
      // Not logToStderr: oclif silences it under --json, and an error must always be seen.
      process.stderr.write(`Error: ${error.describe()}\n`);
      this.exit(error.exitCode);
    }
    if (error.oclif?.exit !== undefined) return super.catch(error);
    process.stderr.write(`Internal error (please report it): ${error.stack ?? error.message}\n`);
    this.exit(ExitCode.Internal);
  }

  /** Ends with `code` after the run's output was printed (used for partial failures). */
  protected finish(code: number): void {
    if (code !== ExitCode.Ok) process.exitCode = code;
  }
}
