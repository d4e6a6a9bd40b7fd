// Invariants of R4 with a non-trivial FHIRPath form that are frequent enough to be implemented
// directly; each is used only when the definition carries exactly the expression below.
import { jsonEquals } from '../engine/json-equality.js';
import type { SimpleInvariant } from './simple-invariant.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Expression text -> direct implementation. */
export const KNOWN_INVARIANTS: ReadonlyMap<string, SimpleInvariant> = new Map([
  [
    // obs-7: a component code must not repeat the observation code when the observation has a value.
    'value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()',
    (v: unknown) => {
      if (!isObj(v) || !Object.keys(v).some((k) => k.startsWith('value') && k.length > 5)) return true;
      const own = isObj(v.code) ? list(v.code.coding) : [];
      return !list(v.component).some((c) => isObj(c) && isObj(c.code) && list(c.code.coding).some((x) => own.some((o) => jsonEquals(o, x))));
    },
  ],
  [
    // que-12 as published in 4.0.1 says count() > 2; the intent (and the reference validator) is > 1.
    'enableWhen.count() > 2 implies enableBehavior.exists()',
    (v: unknown) => !isObj(v) || list(v.enableWhen).length <= 1 || v.enableBehavior !== undefined,
  ],
]);
