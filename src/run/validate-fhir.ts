import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode } from '../errors/exit-code.js';
import type { InputFileError } from '../errors/input-file-error.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { walkFiles } from '../io/walk.js';
import { FindingTally, type Finding } from '../validation/finding.js';
import { ExportReferences } from '../validation/fhir/pipeline/export-references.js';
import type { FileOutcome } from '../validation/fhir/pipeline/file-outcome.js';
import { SAMPLE_SIZE } from '../validation/fhir/pipeline/run-result.js';
import { isFhirInputName } from '../validation/fhir/reader/input-format.js';
import { inputNotices } from '../validation/fhir/reader/input-notices.js';
import { NOT_FHIR_NAME, SkippedInputCollector, type SkippedInputs } from '../validation/fhir/reader/skipped-inputs.js';
import { DEFAULT_FHIR_LIMITS, workerHeapMb, type FhirInputLimits } from '../validation/fhir/reader/input-limits.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../validation/fhir/resource-validator.js';
import { buildFhirSummary } from '../validation/fhir/summary/build-summary.js';
import { emptyCounts, mergeCounts } from '../validation/fhir/summary/fhir-counts.js';
import type { FhirConformanceSummary } from '../validation/fhir/summary/fhir-summary.js';
import { MAX_SHARD_REFERENCE_KEYS, shardReferences } from '../validation/fhir/summary/shard-keys.js';
import { exportExitCode, type FailOn } from './export/exit-code.js';
import { fhirEngine } from './export/fhir/fhir-engine.js';
import { formatFindings } from './export/fhir/fhir-checker.js';
import type { FindingsFormat } from './export/findings-format.js';
import { FindingsWriter, paced, withValidationOutputs } from './export/findings-writer.js';
import { fhirTasks, type FhirInputFile } from './export/fhir/fhir-tasks.js';
import type { ProgressReporter } from './export/progress.js';
import { runExport } from './export/run-export.js';
import { DEFAULT_SPLIT_BYTES, splitShareOf, type Shard } from './export/shard.js';

/** What `readiness validate fhir` asks for. */
export interface ValidateFhirOptions {
  /** Files and folders (folders are searched for .json, .ndjson, .jsonl and their .gz forms). */
  inputs: readonly string[];
  config: FhirValidatorConfig;
  /** Where to write the conformance summary (JSON), if anywhere. */
  out?: string;
  force?: boolean;
  /** `--shard K/N`: validate only this share of the input files, large NDJSON ones by line ranges (see {@link splitShareOf}). */
  shard?: Shard;
  /** Where to stream every finding (`--findings`), written while the run goes on. */
  findings?: string;
  /** How: one finding per line (default), or one OperationOutcome per resource. */
  findingsFormat?: FindingsFormat;
  failOn?: FailOn;
  /** Worker threads (`--threads`); default one per core; 0: validate on the calling thread. */
  threads?: number;
  progress?: ProgressReporter;
  /** Limits on the input (line, document, gzip expansion, depth); default {@link DEFAULT_FHIR_LIMITS}. */
  limits?: Partial<FhirInputLimits>;
  /** For tests: validate on the calling thread with this engine instead of worker threads. */
  createValidator?: (config: FhirValidatorConfig) => Promise<FhirResourceValidator>;
}

/**
 * Validates FHIR exports and writes their conformance summary: the whole of `readiness validate
 * fhir` without the terminal. An --out that exists is refused before any work (unless `force`).
 * The calling thread reads the files and cuts them into jobs (batches of NDJSON lines, whole JSON
 * documents); worker threads parse and validate; results are merged in input order.
 *
 * @example
 * const { summary, exitCode } = await validateFhir({ inputs: ['export/'], config: { igs: [], profiles: [], showValues: false } });
 */
export async function validateFhir(options: ValidateFhirOptions): Promise<ValidateFhirResult> {
  const format = options.findingsFormat ?? 'ndjson';
  return withValidationOutputs(options, (writer) => validateInto(options, writer, format));
}

async function validateInto(
  options: ValidateFhirOptions,
  writer: FindingsWriter | undefined,
  format: FindingsFormat,
): Promise<ValidateFhirResult> {
  const { paths, skipped } = await findInputs(options.inputs);
  // Sizes decide which NDJSON files are cut into line ranges; the others are sized once in this shard.
  const sized = await Promise.all(
    paths.map(async (path) => ({ path, size: SPLITTABLE.test(path) ? await sizeOf(path) : -1 })),
  );
  const inputs: FhirInputFile[] = await Promise.all(
    splitShareOf(sized, options.shard).map(async ({ input, walkIndex, split }) => ({
      path: input.path,
      size: input.size >= 0 ? input.size : await sizeOf(input.path),
      walkIndex,
      ...(split ? { split } : {}),
    })),
  );
  const filesInputs: FhirInputFile[] = [];
  const limits: FhirInputLimits = { ...DEFAULT_FHIR_LIMITS, ...options.limits };

  const counts = emptyCounts();
  const tally = new FindingTally();
  const sample: Finding[] = [];
  const references = new ExportReferences();
  const files: FileOutcome[] = [];
  let bytesDone = 0;
  await runExport({
    engine: fhirEngine(
      writer ? { ...options.config, findings: format } : options.config,
      heapLimitMb(inputs, limits),
      options.createValidator,
    ),
    tasks: writer
      ? paced(fhirTasks(inputs, limits, files, filesInputs), writer)
      : fhirTasks(inputs, limits, files, filesInputs),
    threads: options.createValidator ? 0 : options.threads,
    callerChecks: false,
    merge(r, meta) {
      mergeCounts(counts, r.counts);
      tally.merge(r.tally);
      for (const f of r.sample) if (sample.length < SAMPLE_SIZE) sample.push(f);
      references.add(r);
      // A lost job's result was made here, without the text: its findings are all in its sample.
      writer?.write(r.findingsText ?? formatFindings(r.sample, format));
      meta.file.resources += r.counts.resources;
      if (r.note !== undefined) meta.file.note = r.note;
      if (r.format !== undefined) meta.file.format = r.format;
      if (r.unreadable !== undefined) {
        meta.file.status = 'unreadable';
        meta.file.problem = r.unreadable;
        counts.unreadable += 1;
      }
      bytesDone = meta.position;
    },
    progress: options.progress,
    progressState: () => ({
      unit: 'resources',
      done: counts.resources,
      bytesDone,
      bytesTotal: inputs.reduce((sum, f) => sum + f.size, 0),
    }),
  });
  for (const file of files) {
    if (file.status !== 'partial' || file.resources > 0) continue;
    file.status = 'unreadable';
    counts.unreadable += 1;
  }
  const exportRefs = references.resolve();
  counts.referencesResolved += exportRefs.resolved;
  counts.referencesChecked -= exportRefs.notChecked;
  for (const across of [exportRefs.unresolved, exportRefs.limited]) {
    if (!across) continue;
    tally.merge([across]);
    // Known only once the export is read: one finding at the first place, standing for the others.
    const { rule, severity, example, message, count } = across;
    const stands = count > 1 ? { omitted: count - 1 } : {};
    writer?.write(formatFindings([{ rule, severity, location: example, message, ...stands }], format));
  }

  const run = { counts, findings: tally.counts(), sample, files, skipped };
  const shard = options.shard && {
    index: options.shard.index,
    count: options.shard.count,
    splitBytes: options.shard.splitBytes ?? DEFAULT_SPLIT_BYTES,
    places: filesInputs.map((f) => ({ walkIndex: f.walkIndex ?? 0, ...(f.split ? { split: true as const } : {}) })),
    references: shardReferences(references.shardKeys(MAX_SHARD_REFERENCE_KEYS)),
  };
  const summary = buildFhirSummary(run, options.inputs, options.config, shard);
  if (options.out !== undefined)
    await writeFileAtomic(options.out, `${JSON.stringify(summary, null, 2)}\n`, { force: options.force });
  const verdict = {
    files: files.length,
    unreadable: files.filter((f) => f.status === 'unreadable').length,
    partial: files.filter((f) => f.status === 'partial').length,
    findings: summary.findings,
  };
  // No FHIR file in the inputs (not even in another shard), or none readable: the run read nothing.
  const readNothing = paths.length === 0 || (files.length > 0 && verdict.unreadable === files.length);
  const notices = inputNotices(options.inputs, skipped, readNothing ? verdict.unreadable : undefined);
  const exitCode = readNothing ? ExitCode.InvalidInput : exportExitCode(verdict, options.failOn ?? 'never');
  return { summary, exitCode, notices };
}

/** What `validateFhir` returns: the summary, the exit code, and what to tell about the inputs (skipped files, nothing read). */
export interface ValidateFhirResult {
  summary: FhirConformanceSummary;
  exitCode: ExitCode;
  /** `fhir.input.none` (an error: nothing was read) or `fhir.input.skipped` (a warning), naming what was left out and why. */
  notices: Diagnostic[];
}

/**
 * The FHIR files named and found in the folders named, in walk order, and the files left out: a
 * name that is not a FHIR input's, or not a regular file (a FIFO, a socket). A folder that cannot be
 * listed is kept as an input: reading it fails, and it is reported as an unreadable file.
 */
async function findInputs(inputs: readonly string[]): Promise<{ paths: string[]; skipped: SkippedInputs }> {
  const paths: string[] = [];
  const skipped = new SkippedInputCollector();
  const accept = (path: string): boolean => {
    if (isFhirInputName(path)) return true;
    skipped.add(path, NOT_FHIR_NAME);
    return false;
  };
  const onProblem = (error: InputFileError): void => {
    const path = error.location?.file ?? '';
    if (error.problem === 'unreadable-folder') paths.push(path);
    else skipped.add(path, error.message);
  };
  for await (const path of walkFiles(inputs, { accept, onProblem })) paths.push(path);
  return { paths, skipped: skipped.result() };
}

/**
 * A worker's heap holds the definitions and the largest text it may be given: a line, or the largest
 * JSON document (a gzip one may expand up to the document limit), both capped by the limits.
 */
function heapLimitMb(inputs: readonly { path: string; size: number }[], limits: FhirInputLimits): number {
  const largestJson = Math.max(
    0,
    ...inputs.map(({ path, size }) =>
      /\.(ndjson|jsonl)(\.gz)?$/i.test(path)
        ? 0
        : /\.gz$/i.test(path)
          ? limits.maxDocumentBytes
          : Math.min(size, limits.maxDocumentBytes),
    ),
  );
  return workerHeapMb(Math.max(limits.maxLineBytes, largestJson));
}

/** Plain NDJSON, the files that can be cut into line ranges. */
const SPLITTABLE = /\.(ndjson|jsonl)$/i;

function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (s) => s.size,
    () => 0,
  );
}
