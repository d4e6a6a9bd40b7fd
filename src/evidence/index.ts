export {
  applyEvidence,
  type AppliedEvidence,
  type EvidenceIndicator,
  type EvidenceResult,
  type EvidenceSummary,
} from './apply-evidence.js';
export { asConformanceSummary } from './summary-shape.js';
export { EvidenceError } from './evidence-error.js';
export { latestPeriods } from './latest-periods.js';
