import type { Location } from '../errors/location.js';
import { ReadinessError } from '../errors/readiness-error.js';

/** A conformance summary named as evidence that cannot be used. */
export class EvidenceError extends ReadinessError {
  constructor(summaryPath: string, problem: string, hint: string, location?: Location) {
    super('evidence.invalid', problem, { location: location ?? { file: summaryPath }, hint });
  }
}
