import { ExitCode } from '../../../errors/exit-code.js';
import { JobAccumulator } from '../../../validation/fhir/pipeline/job-accumulator.js';
import type { Job, JobResult } from '../../../validation/fhir/pipeline/job.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../../../validation/fhir/resource-validator.js';
import { EngineSetupError } from '../engine-setup-error.js';
import type { ExportEngine, Task } from '../engine.js';
import { createChecker, type FhirCheckerSetup } from './fhir-checker.js';
import type { FhirMeta } from './fhir-tasks.js';

/** The FHIR engine as the export runner drives it: jobs of NDJSON lines or JSON documents, checked by the validator. */
export function fhirEngine(
  config: FhirCheckerSetup,
  heapLimitMb: number,
  create?: (config: FhirValidatorConfig) => Promise<FhirResourceValidator>,
): ExportEngine<Job, JobResult, FhirMeta> {
  return {
    checkerModule: new URL('./fhir-checker.js', import.meta.url),
    setup: config,
    createChecker: () => createChecker(config, create),
    // The job's bytes are moved to the worker, not copied: the calling thread keeps nothing of them.
    transfer: (job) => {
      if (job.kind === 'broken') return [];
      const { buffer, byteOffset, byteLength } = job.bytes;
      return byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer ? [buffer] : [];
    },
    lost: outOfMemoryResult,
    outOfMemory: () =>
      new EngineSetupError('fhir.input.out-of-memory', 'an input document is too large to validate in memory', {
        hint: 'export it as NDJSON (one resource per line), or split the Bundle',
        exitCode: ExitCode.InvalidInput,
      }),
    heapLimitMb,
  };
}

/** The result of a job lost with its worker: one finding at its place, its lines counted unreadable. */
function outOfMemoryResult({ item: job, meta }: Task<Job, FhirMeta>): JobResult {
  const acc = new JobAccumulator(job.seq);
  const firstLine = job.kind === 'ndjson' ? job.firstLine : undefined;
  const where =
    firstLine === undefined
      ? 'the document'
      : meta.lines > 1
        ? `lines ${firstLine}-${firstLine + meta.lines - 1}`
        : `line ${firstLine}`;
  const message = `a worker ran out of memory on ${where}: not validated (split the input, or lower --max-line-mb / --max-document-mb)`;
  acc.addFinding({
    rule: 'fhir.input.out-of-memory',
    severity: 'error',
    location: firstLine === undefined ? { file: job.file } : { file: job.file, line: firstLine },
    message,
  });
  if (firstLine !== undefined) acc.counts.unreadable += meta.lines;
  return acc.result(firstLine === undefined ? message : undefined);
}
