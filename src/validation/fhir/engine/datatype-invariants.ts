// Frequent data type invariants of R4 checked directly instead of by FHIRPath (they are on every
// Period, Quantity and ContactPoint); test/validation/fhir/engine shows they agree with FHIRPath.
import { plainTable } from '../plain-table.js';

/** A direct check: true when the invariant holds for the value. */
export type DirectCheck = (value: Record<string, unknown>) => boolean;

const FULL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * start <= end as FHIRPath compares dates: full date-times as instants; otherwise on the precision
 * both have. Equal parts at different precisions make the comparison empty, which the reference
 * validator counts as a failure (so does this check: the order cannot be shown).
 */
function notAfter(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  if (FULL.test(start) && FULL.test(end)) return Date.parse(start) <= Date.parse(end);
  const n = Math.min(start.length, end.length, 10);
  const a = start.slice(0, n);
  const b = end.slice(0, n);
  if (a !== b) return a < b;
  return start.length === end.length ? start <= end : false;
}

/** Invariant key -> direct check, for the data type whose root declares it. */
export const DATATYPE_INVARIANTS = plainTable<DirectCheck>({
  // per-1: start.hasValue().not() or end.hasValue().not() or (start <= end)
  'per-1': (v) => notAfter(v.start, v.end),
  // qty-3: code.empty() or system.exists()
  'qty-3': (v) => v.code === undefined || v.system !== undefined,
  // cpt-2: value.empty() or system.exists()
  'cpt-2': (v) => v.value === undefined || v.system !== undefined,
  // att-1: data.empty() or contentType.exists()
  'att-1': (v) => v.data === undefined || v.contentType !== undefined,
});
