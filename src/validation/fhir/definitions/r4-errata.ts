// Known errors of the published R4 definitions, read as HL7's reference validator reads them.
import type { ElementConstraint, ElementDefinition } from './conformance-resources.js';
import { canonicalUrl } from './definition-store.js';

const CORE_SD = 'http://hl7.org/fhir/StructureDefinition/';
const VITALS_UNITS = 'http://hl7.org/fhir/ValueSet/ucum-vitals-common';

/**
 * Invariants published in R4 whose FHIRPath the reference validator evaluates in a corrected form
 * (its FHIRPathExpressionFixer and FHIRPath engine), keyed by invariant key and published expression;
 * each corrected text gives the verdicts the Java validator gives. que-12 is corrected where it is
 * evaluated (fhirpath/known-invariants.ts); ref-1 and bdl-8 are checked directly.
 */
const CORRECTED_EXPRESSIONS: ReadonlyMap<string, string> = new Map([
  // que-7: the Java engine reads `is Boolean` (System namespace) as true for a FHIR boolean;
  // as published, fhirpath.js fails every `exists` enableWhen with a boolean answer.
  ["que-7\u0000operator = 'exists' implies (answer is Boolean)", "operator = 'exists' implies (answer is boolean)"],
  // ras-2: the probability is a decimal or a Range; only an absent probability makes it empty.
  [
    'ras-2\u0000probability is decimal implies (probability as decimal) <= 100',
    'probability.empty() or ((probability is decimal) implies ((probability as decimal) <= 100))',
  ],
  // tim-9: the Java engine's `in` on several values is true when all of them are in the list;
  // fhirpath.js cannot evaluate it on more than one `when`.
  [
    "tim-9\u0000offset.empty() or (when.exists() and ((when in ('C' | 'CM' | 'CD' | 'CV')).not()))",
    "offset.empty() or (when.exists() and when.all($this in ('C' | 'CM' | 'CD' | 'CV')).not())",
  ],
  // cnl-0: the Java engine's matches() is a whole-string match, and an absent name is no failure.
  [
    "cnl-0\u0000name.matches('[A-Z]([A-Za-z0-9_]){0,254}')",
    "name.exists() implies name.matches('^[A-Z]([A-Za-z0-9_]){0,254}$')",
  ],
]);

/**
 * eld-19 and eld-20 as published match any path holding one valid name, and their escapes (`\'`,
 * `\:`, a lone `]`) are not valid in an ECMAScript unicode pattern, so they could not be evaluated;
 * the reference validator anchors them. Same character classes, anchored, written without those escapes.
 */
const PATH_PATTERNS: ReadonlyMap<string, string> = new Map([
  [
    'eld-19',
    String.raw`path.matches('^[^\\s.,:;\'"/|?!@#$%&*()\\[\\]{}]{1,64}(\\.[^\\s.,:;\'"/|?!@#$%&*()\\[\\]{}]{1,64}(\\[x\\])?(:[^\\s.]+)?)*$')`,
  ],
  ['eld-20', String.raw`path.matches('^[A-Za-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*(\\[x\\])?)*$')`],
]);

function correctedConstraint(c: ElementConstraint): ElementConstraint {
  const published = c.expression;
  if (published === undefined) return c;
  const expression =
    CORRECTED_EXPRESSIONS.get(`${c.key}\u0000${published}`) ??
    (published.startsWith("path.matches('[") ? PATH_PATTERNS.get(c.key) : undefined);
  return expression === undefined ? c : { ...c, expression };
}

/**
 * The element as it should be read. The R4 vital-signs profiles bind `Observation.component.value[x]`
 * (every value type, coded ones included) to the vital-sign units as a required binding, so any
 * component with another unit or a coded value would be an error; the reference validator relaxes
 * that binding to extensible, and so does this engine. Invariants are read in their corrected form.
 */
export function correctedElement(el: ElementDefinition, structureUrl: string): ElementDefinition {
  const binding = el.binding;
  const constraint = el.constraint?.map(correctedConstraint);
  const corrected = constraint?.some((c, i) => c !== el.constraint?.[i]) ? { ...el, constraint } : el;
  if (
    binding?.strength === 'required' &&
    el.path === 'Observation.component.value[x]' &&
    structureUrl.startsWith(CORE_SD) &&
    binding.valueSet !== undefined &&
    canonicalUrl(binding.valueSet) === VITALS_UNITS
  ) {
    return { ...corrected, binding: { ...binding, strength: 'extensible' } };
  }
  return corrected;
}
