import { stat } from 'node:fs/promises';
import type { ExitCode } from '../errors/exit-code.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { checkAcrossFiles } from '../validation/dicom/across/check-across-files.js';
import type { FileDigest } from '../validation/dicom/across/file-digest.js';
import type { DeidOption } from '../validation/dicom/deid/deid-options.js';
import type { DicomConformanceSummary } from '../validation/dicom/summary/dicom-summary.js';
import { DicomSummaryBuilder } from '../validation/dicom/summary/summary-builder.js';
import { NoDicomFileError } from '../validation/dicom/no-dicom-file-error.js';
import { MAX_SHARD_DIGESTS, toShardDigest, type DicomShardInfo } from '../validation/dicom/summary/shard-digest.js';
import { shownStandardValue } from '../validation/dicom/standard-values.js';
import type { DicomStandard } from '../validation/dicom/standard/dicom-standard.js';
import { loadDicomStandard } from './dicom-standard.js';
import { collectDicomFiles } from './export/dicom/collect-files.js';
import { dicomEngine, dicomTasks } from './export/dicom/dicom-engine.js';
import type { DicomFileConfig } from './export/dicom/file-checker.js';
import { exportExitCode, type FailOn } from './export/exit-code.js';
import { findingsNdjson } from './export/findings-format.js';
import { FindingsWriter, paced, withValidationOutputs } from './export/findings-writer.js';
import type { ProgressReporter } from './export/progress.js';
import { defaultThreads, runExport } from './export/run-export.js';
import { shareOf, type Shard } from './export/shard.js';

/** What `readiness validate dicom` asks for. */
export interface ValidateDicomOptions {
  /** The de-identification profile options (default: basic). */
  deid?: DeidOption[];
  /** Put offending values into findings. */
  showValues?: boolean;
  /** Where to write the conformance summary (JSON), if anywhere. */
  out?: string;
  force?: boolean;
  /** `--shard K/N`: validate only this share of the files (see {@link shareOf}). */
  shard?: Shard;
  /** Where to stream every finding (`--findings`, NDJSON), written while the run goes on. */
  findings?: string;
  failOn?: FailOn;
  /** Threads that check files (`--threads`): the calling thread and threads - 1 workers; default one per core; 0 or 1: the calling thread only. */
  threads?: number;
  /** Files per batch sent to a worker (default 8). */
  batchSize?: number;
  progress?: ProgressReporter;
}

/** Below this many files, starting workers costs more than it saves. */
const IN_PROCESS_BELOW = 24;

/**
 * Validates the DICOM files named and those below the folders named (parse, IOD and value checks,
 * de-identification, then the checks across files) into a conformance summary, written to `out`
 * if given: the whole of `readiness validate dicom` without the terminal. An --out that exists is
 * refused before any work (unless `force`). Results are merged in file order, so the same inputs
 * give the same summary; a bad file is a finding and the run goes on.
 *
 * @example
 * const { summary } = await validateDicom(['export/'], { deid: parseDeidOptions('retain-uids') });
 */
export async function validateDicom(
  inputs: readonly string[],
  options: ValidateDicomOptions = {},
): Promise<{ summary: DicomConformanceSummary; exitCode: ExitCode }> {
  return withValidationOutputs(options, (writer) => validateInto(inputs, options, writer));
}

async function validateInto(
  inputs: readonly string[],
  options: ValidateDicomOptions,
  writer: FindingsWriter | undefined,
): Promise<{ summary: DicomConformanceSummary; exitCode: ExitCode }> {
  const config: DicomFileConfig = { deid: options.deid ?? ['basic'], showValues: options.showValues ?? false };
  const standard = loadDicomStandard();
  const builder = new DicomSummaryBuilder(standard, config);
  const digests: FileDigest[] = [];
  let total: number | undefined;
  let done = 0;
  const collect = collectDicomFiles(inputs).then((found) => {
    // before sharding: a shard may rightly get no file, the export may not
    if (found.files.length === 0)
      throw new NoDicomFileError(inputs, { count: found.skipped, files: found.skippedFiles });
    const share = shareOf(found.files, options.shard);
    total = share.length;
    builder.addSkipped(found.skipped, found.skippedFiles);
    return share;
  });
  collect.catch(() => undefined); // a missing input rejects it: seen by whoever awaits it, not unhandled meanwhile
  // A folder may hold many files: the workers start (load their tables) while it is walked.
  const threads = options.threads ?? defaultThreads();
  const early = threads > 1 && (await namesAFolder(inputs));
  const files = early ? undefined : await collect;
  await runExport({
    engine: dicomEngine(config, standard),
    tasks: collect.then((all) => {
      const tasks = dicomTasks(all, options.batchSize ?? 8, () => builder.wantsFindings(), writer !== undefined);
      return writer ? paced(tasks, writer) : tasks;
    }),
    threads: early || (files?.length ?? 0) >= IN_PROCESS_BELOW ? threads : 0,
    callerChecks: true,
    merge(outcome) {
      builder.addBatch(outcome);
      writer?.write(outcome.findingsText ?? '');
      for (const file of outcome.files) digests.push(file.digest);
      done += outcome.files.length;
    },
    progress: options.progress,
    progressState: () => ({ unit: 'files', done, total: total ?? 0 }),
  });
  const across = checkAcrossFiles(digests, standard, { showValues: config.showValues });
  builder.addFindings(across);
  writer?.write(findingsNdjson(across));
  const summary = builder.build(
    inputs,
    options.shard && shardInfo(options.shard, digests, standard, config.showValues),
  );
  if (options.out !== undefined)
    await writeFileAtomic(options.out, `${JSON.stringify(summary, null, 2)}\n`, { force: options.force });
  const verdict = {
    files: summary.dicom.files,
    unreadable: summary.totals.unreadable,
    partial: 0,
    findings: summary.findings,
  };
  return { summary, exitCode: exportExitCode(verdict, options.failOn ?? 'never') };
}

/** What a shard's summary carries for the merge: its files' digests (values as hashes), within the bound. */
function shardInfo(
  shard: Shard,
  digests: readonly FileDigest[],
  standard: DicomStandard,
  showValues: boolean,
): DicomShardInfo {
  const { index, count } = shard;
  if (digests.length > MAX_SHARD_DIGESTS)
    return { index, count, digests: { omitted: `shard ${index}/${count} has more than ${MAX_SHARD_DIGESTS} files` } };
  const shown = (m: string | undefined) =>
    m === undefined ? undefined : shownStandardValue(m, standard.isStandardModality, showValues);
  return { index, count, digests: digests.map((d) => toShardDigest(d, shown(d.modality), showValues)) };
}

/** True when one of the inputs is a folder (which may hold many files). */
async function namesAFolder(inputs: readonly string[]): Promise<boolean> {
  const kinds = await Promise.all(
    inputs.map((p) =>
      stat(p).then(
        (s) => s.isDirectory(),
        () => false,
      ),
    ),
  );
  return kinds.includes(true);
}
