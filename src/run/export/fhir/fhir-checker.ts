// What a worker thread runs for FHIR: builds its validator once, then parses and validates the jobs it is given.
import { createFhirValidator } from '../../../validation/fhir/engine/create-fhir-validator.js';
import type { Job, JobResult } from '../../../validation/fhir/pipeline/job.js';
import { processJob } from '../../../validation/fhir/pipeline/process-job.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../../../validation/fhir/resource-validator.js';
import type { Finding } from '../../../validation/finding.js';
import type { Checker } from '../engine.js';
import { findingsNdjson, type FindingsFormat } from '../findings-format.js';
import { operationOutcomes } from './operation-outcome.js';

/** What the FHIR checkers are built from: the validator's config and the findings stream's format, if any. */
export interface FhirCheckerSetup extends FhirValidatorConfig {
  findings?: FindingsFormat;
}

/** Builds the engine (or `create`'s, for tests) and checks one job at a time. */
export async function createChecker(
  setup: unknown,
  create: (config: FhirValidatorConfig) => Promise<FhirResourceValidator> = createFhirValidator,
): Promise<Checker<Job, JobResult>> {
  const config = setup as FhirCheckerSetup;
  const validator = await create(config);
  const format = config.findings;
  if (format === undefined) return { check: (job) => processJob(job, validator, config.showValues) };
  return {
    check: (job) => {
      const result = processJob(job, validator, config.showValues, true);
      result.findingsText = formatFindings(result.all ?? result.sample, format);
      delete result.all;
      return result;
    },
  };
}

/** Findings in a stream's format (a job's, or the few the calling thread makes). */
export function formatFindings(findings: readonly Finding[], format: FindingsFormat): string {
  return format === 'operationoutcome' ? operationOutcomes(findings) : findingsNdjson(findings);
}
