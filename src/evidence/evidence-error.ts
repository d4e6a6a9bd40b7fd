import { ReadinessError } from '../errors/readiness-error.js';

/** A conformance summary named as evidence that cannot be used. */
export class EvidenceError extends ReadinessError {
  constructor(summaryPath: string, problem: string, hint: string) {
    super('evidence.invalid', problem, { location: { file: summaryPath }, hint });
  }
}
