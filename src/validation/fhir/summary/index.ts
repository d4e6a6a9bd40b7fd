export { type FhirConformanceSummary, type ResourceTypeRow, type ProfileRow } from './fhir-summary.js';
export { buildFhirSummary } from './build-summary.js';
export { FHIR_METRICS } from './metric-names.js';
export { emptyCounts, mergeCounts, type FhirCounts, type TypeCounts, type ProfileCounts } from './fhir-counts.js';
export { default as fhirConformanceSchema } from './conformance.schema.json' with { type: 'json' };
export { renderFhirSummaryText } from './render-text.js';
