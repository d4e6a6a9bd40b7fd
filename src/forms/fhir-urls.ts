/** Where the FHIR resources made from a questionnaire live: one base, so canonical URLs are stable. */
export const FHIR_BASE = 'https://interop-readiness.org/fhir';

export const EXT = {
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  maxDecimalPlaces: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces',
  optionExclusive: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
} as const;

/** The canonical URL of the FHIR Questionnaire made from a questionnaire id. */
export function questionnaireUrl(id: string): string {
  return `${FHIR_BASE}/Questionnaire/${id}`;
}

/** The code system of an indicator's levels or options. */
export function answerSystem(questionnaireId: string, indicatorId: string): string {
  return `${FHIR_BASE}/CodeSystem/${questionnaireId}/${indicatorId}`;
}

/** The code system of the answer sources and subject kinds. */
export const SOURCE_SYSTEM = `${FHIR_BASE}/CodeSystem/answer-source`;
export const KIND_SYSTEM = `${FHIR_BASE}/CodeSystem/subject-kind`;

/** The code a multiple-choice item answers with for "none of these" (exclusive). */
export const NONE_CODE = '_none';

/** A linkId of an item nested under an indicator's answer: its source, note or date. */
export const childLinkId = (indicatorId: string, part: 'source' | 'note' | 'date' | 'help'): string =>
  `${indicatorId}#${part}`;
