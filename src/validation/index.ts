export { type Finding, type Severity, type RuleCount, SEVERITIES, severityRank, FindingTally } from './finding.js';
export { formatFinding } from './format-finding.js';
export { type ConformanceSummary } from './conformance-summary.js';
