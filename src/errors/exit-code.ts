/**
 * Exit codes of the `readiness` CLI, documented in the README.
 * The core only names them; the commands hand them to the process.
 */
export const ExitCode = {
  /** Everything asked for was done and nothing failed. */
  Ok: 0,
  /** An internal error: a bug, please report it. */
  Internal: 1,
  /** Misuse: unknown flag, missing argument, a file or folder that does not exist. */
  Usage: 2,
  /** An input is invalid (YAML syntax, schema, unknown indicator...): nothing was produced from it. */
  InvalidInput: 3,
  /** Several inputs: some were bad and skipped, the others were processed. */
  Partial: 4,
  /** An output would overwrite something (use --force) or its place is unusable. */
  OutputRefused: 5,
  /** Validation ran and found errors of the severity given by --fail-on. */
  FindingsAboveThreshold: 6,
  /** `assess --baseline --fail-on-drop N`: a score fell by more than N points since the baseline, or the proven stage fell. */
  ScoreDropped: 7,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
