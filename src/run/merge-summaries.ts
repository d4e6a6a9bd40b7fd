import type { ExitCode } from '../errors/exit-code.js';
import { ExitCode as Codes } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';
import { checkOutputTarget, writeFileAtomic } from '../io/atomic-write.js';
import { parseJson } from '../io/json-syntax-error.js';
import { readTextFile } from '../io/text-file.js';
import type { DicomConformanceSummary } from '../validation/dicom/summary/dicom-summary.js';
import { mergeDicomSummaries } from '../validation/dicom/summary/merge-summaries.js';
import type { FhirConformanceSummary } from '../validation/fhir/summary/fhir-summary.js';
import { mergeFhirSummaries } from '../validation/fhir/summary/merge-summaries.js';
import { MergeRefusal } from '../validation/merge-refusal.js';
import { loadDicomStandard } from './dicom-standard.js';

/** What `readiness merge-summaries` asks for. */
export interface MergeSummariesOptions {
  /** The shard summaries (`validate fhir|dicom --shard K/N --out ...`), in any order. */
  inputs: readonly string[];
  out?: string;
  force?: boolean;
}

/**
 * The largest shard summary read: a shard carries up to about 2 x 11 MB of FHIR reference keys or
 * 25,000 DICOM file digests beside its counts. A larger file is refused, located (exit 3).
 */
export const MAX_SUMMARY_BYTES = 64 * 2 ** 20;

/**
 * Merges the conformance summaries of a sharded run (FHIR or DICOM, not both) into the summary one
 * run would have written, and writes it to `out` if given. A summary that does not belong with the
 * others (kind, tool or FHIR version, inputs, options, missing or repeated shard) is refused, saying
 * why (exit 3), as is a file that is not a regular file (a FIFO, a device) or too large, before it is read.
 */
export async function mergeSummaries(
  options: MergeSummariesOptions,
): Promise<{ summary: FhirConformanceSummary | DicomConformanceSummary; exitCode: ExitCode }> {
  if (options.out !== undefined) await checkOutputTarget(options.out, options.force);
  const summaries: (FhirConformanceSummary | DicomConformanceSummary)[] = [];
  for (const path of options.inputs) {
    const { text } = await readTextFile(path, { maxBytes: MAX_SUMMARY_BYTES });
    const value = parseJson(path, text);
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (kind !== 'fhir' && kind !== 'dicom')
      throw new ReadinessError('merge.kind', 'is not a conformance summary written by validate fhir|dicom --shard', {
        location: { file: path },
        hint: 'give the --out files of validate fhir (or dicom) --shard 1/N ... N/N',
      });
    summaries.push(value as FhirConformanceSummary | DicomConformanceSummary);
  }
  let summary: FhirConformanceSummary | DicomConformanceSummary;
  try {
    summary =
      summaries[0]?.kind === 'dicom'
        ? mergeDicomSummaries(summaries as DicomConformanceSummary[], loadDicomStandard())
        : mergeFhirSummaries(summaries as FhirConformanceSummary[]);
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
