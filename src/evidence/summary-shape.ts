import type { ConformanceSummary } from '../validation/conformance-summary.js';
import { EvidenceError } from './evidence-error.js';

/**
 * Checks that a parsed JSON value is a conformance summary written by `readiness validate`
 * (the common envelope: kind, totals, metrics) and returns it typed.
 */
export function asConformanceSummary(path: string, value: unknown): ConformanceSummary {
  const v = value as Partial<ConformanceSummary> | null;
  const hint = 'name a file written by `readiness validate fhir|dicom --out`';
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new EvidenceError(path, 'is not a conformance summary (not a JSON object)', hint);
  if (v.kind !== 'fhir' && v.kind !== 'dicom') throw new EvidenceError(path, 'is not a conformance summary (no "kind": "fhir" or "dicom")', hint);
  if (typeof v.metrics !== 'object' || v.metrics === null) throw new EvidenceError(path, 'is not a conformance summary (no "metrics")', hint);
  if (typeof v.totals !== 'object' || v.totals === null || typeof v.totals.items !== 'number') throw new EvidenceError(path, 'is not a conformance summary (no "totals.items")', hint);
  for (const [name, metric] of Object.entries(v.metrics)) {
    if (metric !== null && (typeof metric !== 'number' || !Number.isFinite(metric))) throw new EvidenceError(path, `metric ${name} is not a number or null`, hint);
  }
  return v as ConformanceSummary;
}
