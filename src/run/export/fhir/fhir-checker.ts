// What a worker thread runs for FHIR: builds its validator once, then parses and validates the jobs it is given.
import { createFhirValidator } from '../../../validation/fhir/engine/create-fhir-validator.js';
import type { Job, JobResult } from '../../../validation/fhir/pipeline/job.js';
import { processJob } from '../../../validation/fhir/pipeline/process-job.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../../../validation/fhir/resource-validator.js';
import type { Checker } from '../engine.js';

/** Builds the engine (or `create`'s, for tests) and checks one job at a time. */
export async function createChecker(
  setup: unknown,
  create: (config: FhirValidatorConfig) => Promise<FhirResourceValidator> = createFhirValidator,
): Promise<Checker<Job, JobResult>> {
  const config = setup as FhirValidatorConfig;
  const validator = await create(config);
  return { check: (job) => processJob(job, validator, config.showValues) };
}
