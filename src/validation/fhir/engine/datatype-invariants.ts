// Frequent data type invariants of R4 checked directly instead of by FHIRPath (they are on every
// Period, Quantity and ContactPoint); test/validation/fhir/engine shows they agree with FHIRPath.

/** A direct check: true when the invariant holds for the value. */
export type DirectCheck = (value: Record<string, unknown>) => boolean;

/** Instants compared only when both have full date-time precision (otherwise FHIRPath gives empty). */
function notAfter(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  const full = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
  if (full.test(start) && full.test(end)) return Date.parse(start) <= Date.parse(end);
  if (start.length === end.length && !start.includes('T')) return start <= end;
  return true;
}

/** Invariant key -> direct check, for the data type whose root declares it. */
export const DATATYPE_INVARIANTS: Readonly<Record<string, DirectCheck>> = {
  // per-1: start.hasValue().not() or end.hasValue().not() or (start <= end)
  'per-1': (v) => notAfter(v.start, v.end),
  // qty-3: code.empty() or system.exists()
  'qty-3': (v) => v.code === undefined || v.system !== undefined,
  // cpt-2: value.empty() or system.exists()
  'cpt-2': (v) => v.value === undefined || v.system !== undefined,
};
