import type { ExitCode } from '../errors/exit-code.js';
import { ExitCode as Codes } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';
import { checkOutputTarget, writeFileAtomic } from '../io/atomic-write.js';
import { readJsonFile } from '../io/json-file.js';
import type { FhirConformanceSummary } from '../validation/fhir/summary/fhir-summary.js';
import { MergeRefusal, mergeFhirSummaries } from '../validation/fhir/summary/merge-summaries.js';

/** What `readiness merge-summaries` asks for. */
export interface MergeSummariesOptions {
  /** The shard summaries (`validate fhir --shard K/N --out ...`), in any order. */
  inputs: readonly string[];
  out?: string;
  force?: boolean;
}

/**
 * Merges the conformance summaries of a sharded run into the summary one run would have written,
 * and writes it to `out` if given. A summary that does not belong with the others (kind, tool or
 * FHIR version, inputs, options, missing or repeated shard) is refused, saying why (exit 3).
 */
export async function mergeSummaries(
  options: MergeSummariesOptions,
): Promise<{ summary: FhirConformanceSummary; exitCode: ExitCode }> {
  if (options.out !== undefined) await checkOutputTarget(options.out, options.force);
  const summaries: FhirConformanceSummary[] = [];
  for (const path of options.inputs) {
    const { value } = await readJsonFile(path);
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (kind !== 'fhir')
      throw new ReadinessError(
        'merge.kind',
        kind === 'dicom'
          ? 'is a DICOM summary: merge-summaries merges FHIR summaries for now'
          : 'is not a conformance summary written by validate fhir --shard',
        { location: { file: path }, hint: 'give the --out files of validate fhir --shard 1/N ... N/N' },
      );
    summaries.push(value as FhirConformanceSummary);
  }
  let summary: FhirConformanceSummary;
  try {
    summary = mergeFhirSummaries(summaries);
  } catch (error) {
    if (!(error instanceof MergeRefusal)) throw error;
    throw new ReadinessError('merge.refused', `cannot merge these summaries: ${error.message}`, {
      hint: 'merge the N summaries of one sharded run (same tool version, inputs and options: --shard 1/N ... N/N)',
      exitCode: Codes.InvalidInput,
    });
  }
  if (options.out !== undefined)
    await writeFileAtomic(options.out, `${JSON.stringify(summary, null, 2)}\n`, { force: options.force });
  return { summary, exitCode: Codes.Ok };
}
