// Invariants of R4 with a non-trivial FHIRPath form that are frequent enough to be implemented
// directly; each is used only when the definition carries exactly the expression below.
import { jsonEquals } from '../engine/json-equality.js';
import type { SimpleInvariant } from './simple-invariant.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const INTEGER = /^[+-]?\d+$/;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Expression text -> direct implementation. */
export const KNOWN_INVARIANTS: ReadonlyMap<string, SimpleInvariant> = new Map([
  [
    // obs-7: a component code must not repeat the observation code when the observation has a value.
    'value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()',
    (v: unknown) => {
      if (!isObj(v) || !Object.keys(v).some((k) => k.startsWith('value') && k.length > 5)) return true;
      const own = isObj(v.code) ? list(v.code.coding) : [];
      return !list(v.component).some(
        (c) => isObj(c) && isObj(c.code) && list(c.code.coding).some((x) => own.some((o) => jsonEquals(o, x))),
      );
    },
  ],
  [
    // que-12 as published in 4.0.1 says count() > 2; the intent (and the reference validator) is > 1.
    'enableWhen.count() > 2 implies enableBehavior.exists()',
    (v: unknown) => !isObj(v) || list(v.enableWhen).length <= 1 || v.enableBehavior !== undefined,
  ],
  [
    // eld-2: min <= max when max is a number (toInteger() of anything else is empty: holds).
    "min.empty() or max.empty() or (max = '*') or iif(max != '*', min <= max.toInteger())",
    (v: unknown) =>
      !isObj(v) ||
      typeof v.min !== 'number' ||
      typeof v.max !== 'string' ||
      !INTEGER.test(v.max) ||
      v.min <= Number(v.max),
  ],
  [
    // eld-3: max is '*' or a non-negative integer (a non-integer gives empty: holds).
    "empty() or ($this = '*') or (toInteger() >= 0)",
    (v: unknown) => typeof v !== 'string' || !INTEGER.test(v) || Number(v) >= 0,
  ],
  [
    // md-1: max is '*' or a positive integer (a non-integer gives empty: holds).
    "max='*' or (max.toInteger() > 0)",
    (v: unknown) => !isObj(v) || typeof v.max !== 'string' || !INTEGER.test(v.max) || Number(v.max) > 0,
  ],
  [
    // csd-1: the codes of a CodeSystem's concepts, at every level, are distinct.
    'concept.code.combine($this.descendants().concept.code).isDistinct()',
    (v: unknown) => {
      const seen = new Set<unknown>();
      const distinct = (concepts: unknown): boolean =>
        list(concepts).every((c) => {
          if (!isObj(c)) return true;
          if (c.code !== undefined) {
            if (seen.has(c.code)) return false;
            seen.add(c.code);
          }
          return distinct(c.concept);
        });
      return !isObj(v) || distinct(v.concept);
    },
  ],
  [
    // org-1: an Organization has an identifier or a name.
    '(identifier.count() + name.count()) > 0',
    (v: unknown) => !isObj(v) || list(v.identifier).length + list(v.name).length > 0,
  ],
  [
    // rng-2: low <= high, compared when both carry the same coded unit (otherwise not comparable: holds).
    'low.empty() or high.empty() or (low <= high)',
    (v: unknown) => {
      if (!isObj(v) || !isObj(v.low) || !isObj(v.high)) return true;
      const { low, high } = v;
      if (typeof low.value !== 'number' || typeof high.value !== 'number') return true;
      // FHIRPath compares quantities by coded unit; without a code they are not comparable.
      if (typeof low.code !== 'string' || low.code !== high.code || low.system !== high.system) return true;
      return low.value <= high.value;
    },
  ],
  [
    // con-3: a problem-list Condition has a clinical status unless entered in error. As published, the
    // category test compares a CodeableConcept with a string, so any category counts (as FHIRPath evaluates it).
    "clinicalStatus.exists() or verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code = 'entered-in-error').exists() or category.select($this='problem-list-item').empty()",
    (v: unknown) => {
      if (!isObj(v) || v.clinicalStatus !== undefined || list(v.category).length === 0) return true;
      const codings = isObj(v.verificationStatus) ? list(v.verificationStatus.coding) : [];
      return codings.some(
        (c) =>
          isObj(c) &&
          c.system === 'http://terminology.hl7.org/CodeSystem/condition-ver-status' &&
          c.code === 'entered-in-error',
      );
    },
  ],
]);
