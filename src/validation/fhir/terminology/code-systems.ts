/** Canonical URIs of the code systems the offline terminology checks know (FHIR R4 terminology page, 4.3). */
export const CODE_SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
} as const;

/** The ICD-10 family: WHO's edition and national modifications (CM, GM), by their FHIR system URIs. */
export const ICD10_SYSTEMS: ReadonlySet<string> = new Set([
  'http://hl7.org/fhir/sid/icd-10',
  'http://hl7.org/fhir/sid/icd-10-cm',
  'http://hl7.org/fhir/sid/icd-10-de',
  'http://hl7.org/fhir/sid/icd-10-nl',
  'http://fhir.de/CodeSystem/bfarm/icd-10-gm',
  'http://fhir.de/CodeSystem/dimdi/icd-10-gm',
]);

/** True for a system URI of the ICD-10 family. */
export function isIcd10System(system: string): boolean {
  return ICD10_SYSTEMS.has(system);
}
