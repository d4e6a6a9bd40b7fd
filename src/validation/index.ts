export { type Finding, type Severity, type RuleCount, SEVERITIES, severityRank, FindingTally } from './finding.js';
export { formatFinding } from './format-finding.js';
export { type ConformanceSummary } from './conformance-summary.js';
// The two engines, as namespaces (their names overlap): `import { fhir, dicom } from 'interop-readiness'`.
export * as dicom from './dicom/index.js';
export * as fhir from './fhir/index.js';
export { share } from './share.js';
