import { Command } from '@oclif/core';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { errorDiagnostics } from '../diagnostics/error-diagnostics.js';
import { isReadinessError, type ReadinessError } from '../errors/readiness-error.js';
import { ExitCode } from '../errors/exit-code.js';
import { escapeTerminal, escapeTerminalValue } from '../errors/terminal-text.js';

/**
 * What every readiness command shares: a user's error (a {@link ReadinessError}) is printed as its
 * diagnostics (where: error: what (rule), and how to fix it; see formatDiagnostic), and ends the
 * process with its documented exit code; anything else is a bug and exits with 1. (Files starting with `_` are not commands: see package.json `oclif`.)
 *
 * Everything a command prints goes through `log`, `logToStderr`, `logJson`, `warn`, `out` or
 * `err` below, and all of them pass it through {@link escapeTerminal}: a subject name, file name
 * or FHIR element name holding escape sequences, NUL or bidi controls is shown escaped, never obeyed.
 */
export abstract class ReadinessCommand extends Command {
  static override enableJsonFlag = true;

  override log(message = '', ...args: unknown[]): void {
    super.log(escapeTerminal(String(message)), ...args.map(safeArg));
  }

  override logToStderr(message = '', ...args: unknown[]): void {
    super.logToStderr(escapeTerminal(String(message)), ...args.map(safeArg));
  }

  override warn(input: string | Error): string | Error {
    if (typeof input === 'string') return super.warn(escapeTerminal(input));
    input.message = escapeTerminal(input.message);
    return super.warn(input);
  }

  /**
   * JSON output: plain (2-space indent, no colours; what scripts read, and much faster than
   * oclif's colourised printing), with the characters JSON.stringify leaves raw (DEL, C1, bidi)
   * escaped too.
   */
  override logJson(json: unknown): void {
    this.out(`${JSON.stringify(json, null, 2)}\n`);
  }

  /** Writes to stdout as is (no line feed added), even under --json, escaped for the terminal. */
  protected out(text: string): void {
    process.stdout.write(escapeTerminal(text));
  }

  /** Writes to stderr as is (no line feed added), even under --json, escaped for the terminal. */
  protected err(text: string): void {
    process.stderr.write(escapeTerminal(text));
  }

  protected override async catch(error: Error & { exitCode?: number; oclif?: { exit?: number } }): Promise<unknown> {
    if (isReadinessError(error)) {
      // Not logToStderr: oclif silences it under --json, and an error must always be seen.
      this.diagnose(errorDiagnostics(error));
      this.exit(error.exitCode);
    }
    if (error.oclif?.exit !== undefined) {
      // oclif prints its own errors (unknown flag, bad value), which may quote the user's input.
      error.message = escapeTerminal(error.message);
      return super.catch(error);
    }
    this.err(`Internal error (please report it): ${error.stack ?? error.message}\n`);
    this.exit(ExitCode.Internal);
  }

  /**
   * Prints diagnostics (errors, warnings, problems) on stderr, one format for all (see
   * formatDiagnostic), even under --json: what is wrong must always be seen.
   */
  protected diagnose(diagnostics: readonly Diagnostic[], skipped?: string): void {
    for (const d of diagnostics) this.err(`${formatDiagnostic(d)}\n`);
    if (skipped !== undefined) this.err(`  (skipped ${escapeTerminalValue(skipped)})\n`);
  }

  /** Prints an input's error and that the input was skipped (the run went on without it). */
  protected skipped(error: ReadinessError, file: string): void {
    this.diagnose(errorDiagnostics(error), file);
  }

  /** Ends with `code` after the run's output was printed (used for partial failures). */
  protected finish(code: number): void {
    if (code !== ExitCode.Ok) process.exitCode = code;
  }
}

/** Extra `log` arguments are formatted by util.format: strings among them are escaped too. */
const safeArg = (arg: unknown): unknown => (typeof arg === 'string' ? escapeTerminal(arg) : arg);
