import type { ExitCode } from '../../../errors/exit-code.js';
import { checkOutputTarget, writeFileAtomic } from '../../../io/atomic-write.js';
import type { FhirValidatorConfig } from '../resource-validator.js';
import { buildFhirSummary } from '../summary/build-summary.js';
import { fhirExitCode, type FailOn } from '../summary/fail-threshold.js';
import type { FhirConformanceSummary } from '../summary/fhir-summary.js';
import type { ProgressReporter } from './progress.js';
import { runFhirValidation, type FhirRunOptions } from './run-validation.js';

/** What `readiness validate fhir` asks for. */
export interface ValidateExportOptions {
  inputs: string[];
  config: FhirValidatorConfig;
  /** Where to write the conformance summary (JSON), if anywhere. */
  out?: string;
  force?: boolean;
  failOn?: FailOn;
  threads?: number;
  progress?: ProgressReporter;
  /** Limits on the input; default DEFAULT_FHIR_LIMITS (reader/input-limits.ts). */
  limits?: FhirRunOptions['limits'];
  /** For tests: validate inline with this engine instead of worker threads. */
  createValidator?: FhirRunOptions['createValidator'];
}

/**
 * Validates an export and writes its conformance summary: the whole of `readiness validate fhir`
 * without the terminal. An --out that exists is refused before any work (unless `force`).
 */
export async function validateFhirExport(
  options: ValidateExportOptions,
): Promise<{ summary: FhirConformanceSummary; exitCode: ExitCode }> {
  // Before any work: an existing --out needs force, and a link or special file is never replaced.
  if (options.out !== undefined) await checkOutputTarget(options.out, options.force);
  const run = await runFhirValidation({
    inputs: options.inputs,
    config: options.config,
    threads: options.createValidator ? 0 : options.threads,
    createValidator: options.createValidator,
    progress: options.progress,
    limits: options.limits,
  });
  const summary = buildFhirSummary(run, options.inputs, options.config);
  if (options.out !== undefined)
    await writeFileAtomic(options.out, `${JSON.stringify(summary, null, 2)}\n`, { force: options.force });
  return { summary, exitCode: fhirExitCode(summary, options.failOn ?? 'never') };
}
