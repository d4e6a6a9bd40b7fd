/**
 * Invariants of R4 checked directly inside the structure walk instead of by FHIRPath, because they
 * are on (nearly) every element or walk `descendants()`; test/validation/fhir/engine shows they agree
 * with their FHIRPath definitions.
 */
export const DIRECT_INVARIANTS: ReadonlySet<string> = new Set([
  'ele-1',
  'ext-1',
  'dom-2',
  'dom-3',
  'dom-4',
  'dom-5',
  'dom-6',
  'bdl-1',
  'bdl-2',
  'bdl-3',
  'bdl-4',
  'bdl-5',
  'bdl-7',
  'bdl-8',
  'bdl-9',
  'bdl-10',
  'bdl-11',
  'bdl-12',
  // ref-1 (a local reference resolves to a contained resource) is the reference check's `#id` resolution.
  'ref-1',
  // Data type invariants in datatype-invariants.ts.
  'per-1',
  'qty-3',
  'cpt-2',
  'att-1',
  // Narrative checks in narrative-check.ts.
  'txt-1',
  'txt-2',
]);
