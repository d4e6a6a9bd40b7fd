// Known errors of the published R4 definitions, read as HL7's reference validator reads them.
import type { ElementDefinition } from './conformance-resources.js';
import { canonicalUrl } from './definition-store.js';

const CORE_SD = 'http://hl7.org/fhir/StructureDefinition/';
const VITALS_UNITS = 'http://hl7.org/fhir/ValueSet/ucum-vitals-common';

/**
 * The element as it should be read. The R4 vital-signs profiles bind `Observation.component.value[x]`
 * (every value type, coded ones included) to the vital-sign units as a required binding, so any
 * component with another unit or a coded value would be an error; the reference validator relaxes
 * that binding to extensible, and so does this engine.
 */
export function correctedElement(el: ElementDefinition, structureUrl: string): ElementDefinition {
  const binding = el.binding;
  if (
    binding?.strength === 'required' &&
    el.path === 'Observation.component.value[x]' &&
    structureUrl.startsWith(CORE_SD) &&
    binding.valueSet !== undefined &&
    canonicalUrl(binding.valueSet) === VITALS_UNITS
  ) {
    return { ...el, binding: { ...binding, strength: 'extensible' } };
  }
  return el;
}
