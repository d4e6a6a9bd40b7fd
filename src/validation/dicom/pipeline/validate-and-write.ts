import type { ExitCode } from '../../../errors/exit-code.js';
import { checkOutputTarget, writeFileAtomic } from '../../../io/atomic-write.js';
import { dicomExitCode, type DicomFailOn } from '../summary/dicom-exit-code.js';
import type { DicomConformanceSummary } from '../summary/dicom-summary.js';
import { validateDicomExport, type DicomValidationOptions } from './validate-dicom-export.js';

export interface ValidateAndWriteOptions extends DicomValidationOptions {
  /** Where to write the conformance summary (JSON), if anywhere. */
  out?: string;
  force?: boolean;
  failOn?: DicomFailOn;
}

/**
 * The whole of `readiness validate dicom` without the terminal: an --out that exists is refused
 * before any work (unless `force`), then the export is validated and the summary written atomically.
 */
export async function validateDicomAndWrite(
  inputs: readonly string[],
  options: ValidateAndWriteOptions = {},
): Promise<{ summary: DicomConformanceSummary; exitCode: ExitCode }> {
  // Before any work: an existing --out needs force, and a link or special file is never replaced.
  if (options.out !== undefined) await checkOutputTarget(options.out, options.force);
  const summary = await validateDicomExport(inputs, options);
  if (options.out !== undefined)
    await writeFileAtomic(options.out, `${JSON.stringify(summary, null, 2)}\n`, { force: options.force });
  return { summary, exitCode: dicomExitCode(summary, options.failOn ?? 'never') };
}
