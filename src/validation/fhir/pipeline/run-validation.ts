import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import type { Finding, RuleCount } from '../../finding.js';
import { FindingTally } from '../../finding.js';
import { walkFiles } from '../../../io/walk.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../resource-validator.js';
import { isFhirInputName } from '../reader/input-format.js';
import { DEFAULT_FHIR_LIMITS, workerHeapMb, type FhirInputLimits } from '../reader/input-limits.js';
import { emptyCounts, mergeCounts, type FhirCounts } from '../summary/fhir-counts.js';
import { ExportReferences } from './export-references.js';
import type { FileOutcome } from './file-outcome.js';
import { readInputFile } from './read-input-file.js';
import type { JobResult } from './job.js';
import { InlineRunner, type JobRunner } from './job-runner.js';
import type { ProgressReporter, ProgressState } from './progress.js';
import { WorkerPool } from './worker-pool.js';

/** How a FHIR validation run is set up. */
export interface FhirRunOptions {
  /** Files and folders (folders are searched for .json, .ndjson, .jsonl and their .gz forms). */
  inputs: readonly string[];
  config: FhirValidatorConfig;
  /** Worker threads; default one per core. 0 validates on the calling thread with `createValidator`. */
  threads?: number;
  /** The engine for `threads: 0` (tests pass a small one). */
  createValidator?: (config: FhirValidatorConfig) => Promise<FhirResourceValidator>;
  /** URL of the module the workers import `createFhirValidator` from; default the engine's index. */
  validatorModule?: string;
  progress?: ProgressReporter;
  /** Limits on the input (line, document, gzip expansion, depth); default {@link DEFAULT_FHIR_LIMITS}. */
  limits?: Partial<FhirInputLimits>;
}

/** Everything a run measured, before it is shaped into a conformance summary. */
export interface FhirRunResult {
  counts: FhirCounts;
  findings: RuleCount[];
  /** The first findings in input order (at most {@link SAMPLE_SIZE}). */
  sample: Finding[];
  files: FileOutcome[];
}

/** How many findings the summary keeps in full. */
export const SAMPLE_SIZE = 200;

/**
 * Validates FHIR exports: the main thread walks the inputs, reads and cuts them into jobs (batches of
 * NDJSON lines, whole JSON documents); worker threads parse and validate; results are merged in
 * input order, so the outcome is the same bytes whatever the thread timing.
 */
export async function runFhirValidation(options: FhirRunOptions): Promise<FhirRunResult> {
  const started = Date.now();
  const paths: string[] = [];
  for await (const p of walkFiles(options.inputs, { accept: isFhirInputName })) paths.push(p);
  const sizes = await Promise.all(
    paths.map((p) =>
      stat(p)
        .then((s) => s.size)
        .catch(() => 0),
    ),
  );
  const state: ProgressState = {
    resources: 0,
    bytesDone: 0,
    bytesTotal: sizes.reduce((a, b) => a + b, 0),
    filesDone: 0,
    filesTotal: paths.length,
    elapsedMs: 0,
  };

  const counts = emptyCounts();
  const tally = new FindingTally();
  const sample: Finding[] = [];
  const references = new ExportReferences();
  const fileOf = new Map<number, FileOutcome>();
  // Raw bytes of input read when each job was cut: progress counts what was validated, not what was read ahead.
  const positionOf = new Map<number, number>();
  let position = 0;
  const early = new Map<number, JobResult>();
  let nextSeq = 0;
  let mergedSeq = 0;

  const merge = (r: JobResult): void => {
    mergeCounts(counts, r.counts);
    tally.merge(r.tally);
    for (const f of r.sample) if (sample.length < SAMPLE_SIZE) sample.push(f);
    references.add(r);
    const file = fileOf.get(r.seq);
    fileOf.delete(r.seq);
    if (file) {
      file.resources += r.counts.resources;
      if (r.unreadable !== undefined) {
        file.status = 'unreadable';
        file.problem = r.unreadable;
        counts.unreadable += 1;
      }
    }
    state.resources += r.counts.resources;
    state.bytesDone = positionOf.get(r.seq) ?? state.bytesDone;
    positionOf.delete(r.seq);
  };
  // Results come back in any order; merging them in job order keeps the output deterministic.
  const onResult = (r: JobResult): void => {
    early.set(r.seq, r);
    for (let next = early.get(mergedSeq); next; next = early.get(mergedSeq)) {
      early.delete(mergedSeq);
      merge(next);
      mergedSeq += 1;
    }
    state.elapsedMs = Date.now() - started;
    options.progress?.update(state);
  };

  // A worker's heap holds the definitions and the largest text it may be given: a line, or the largest
  // JSON document (a gzip one may expand up to the document limit), both capped by the limits.
  const limits: FhirInputLimits = { ...DEFAULT_FHIR_LIMITS, ...options.limits };
  const largestJson = Math.max(
    0,
    ...paths.map((p, i) =>
      /\.(ndjson|jsonl)(\.gz)?$/i.test(p)
        ? 0
        : /\.gz$/i.test(p)
          ? limits.maxDocumentBytes
          : Math.min(sizes[i]!, limits.maxDocumentBytes),
    ),
  );
  const heapLimitMb = workerHeapMb(Math.max(limits.maxLineBytes, largestJson));
  const runner = await startRunner(options, onResult, heapLimitMb);
  const files: FileOutcome[] = [];
  try {
    let bytesBefore = 0;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i]!;
      const outcome = await readInputFile(
        path,
        {
          nextSeq: () => nextSeq++,
          submit: (job, file) => {
            fileOf.set(job.seq, file);
            positionOf.set(job.seq, position);
            return runner.submit(job);
          },
          local: (result, file) => {
            fileOf.set(result.seq, file);
            positionOf.set(result.seq, bytesBefore + sizes[i]!);
            onResult(result);
          },
          bytesRead: (n) => {
            position = bytesBefore + n;
          },
        },
        limits,
      );
      files.push(outcome);
      bytesBefore += sizes[i]!;
      position = bytesBefore;
      state.filesDone = i + 1;
    }
    await runner.drain();
  } finally {
    await runner.close();
  }
  for (const file of files) {
    if (file.status !== 'partial' || file.resources > 0) continue;
    file.status = 'unreadable';
    counts.unreadable += 1;
  }

  const exportRefs = references.resolve();
  counts.referencesResolved += exportRefs.resolved;
  counts.referencesChecked -= exportRefs.notChecked;
  if (exportRefs.unresolved) tally.merge([exportRefs.unresolved]);
  if (exportRefs.limited) tally.merge([exportRefs.limited]);
  state.elapsedMs = Date.now() - started;
  options.progress?.done(state);
  return { counts, findings: tally.counts(), sample, files };
}

async function startRunner(
  options: FhirRunOptions,
  onResult: (r: JobResult) => void,
  heapLimitMb: number,
): Promise<JobRunner> {
  const threads = options.threads ?? Math.max(1, availableParallelism());
  if (threads === 0) {
    if (!options.createValidator) throw new Error('runFhirValidation: threads 0 needs createValidator');
    return new InlineRunner(await options.createValidator(options.config), options.config.showValues, onResult);
  }
  const validatorModule = options.validatorModule ?? new URL('../index.js', import.meta.url).href;
  return WorkerPool.start(
    threads,
    { config: options.config, validatorModule },
    new URL('./worker.js', import.meta.url),
    onResult,
    heapLimitMb,
  );
}
