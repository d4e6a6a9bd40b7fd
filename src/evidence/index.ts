export {
  applyEvidence,
  type AppliedEvidence,
  type EvidenceIndicator,
  type EvidenceResult,
  type EvidenceSummary,
} from './apply-evidence.js';
export { asConformanceSummary } from './summary-shape.js';
export { EvidenceError } from './evidence-error.js';
export {
  resolveEvidence,
  evidenceStepFor,
  type EvidenceStepOptions,
  type EvidenceStepForOptions,
  type ResolvedEvidence,
} from './evidence-step.js';
export { latestPeriods } from './latest-periods.js';
