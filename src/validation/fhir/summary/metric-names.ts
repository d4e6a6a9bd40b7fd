/**
 * The metrics of a FHIR conformance summary, by the names questionnaires use as evidence.
 * Shares are 0..1 and `null` when there was nothing to measure (never 0 for "unknown").
 */
export const FHIR_METRICS = {
  /** Resources without an error against the base R4 definitions. */
  validBaseShare: 'fhir.valid_base_share',
  /**
   * The same share if unknown extensions were not errors: resources whose only base errors are
   * `fhir.extension.unknown` count as valid (the package defining them was not given with --ig).
   */
  validBaseShareIgnoringUnknownExtensions: 'fhir.valid_base_share_ignoring_unknown_extensions',
  /** Resources whose only errors against base R4 are unknown extensions (a count). */
  unknownExtensionOnly: 'fhir.unknown_extension_only',
  /** Resources without any error (base, profiles, terminology). */
  conformantShare: 'fhir.conformant_share',
  /** Resource checks against claimed profiles (meta.profile, --profile) that conformed. */
  profileConformantShare: 'fhir.profile_conformant_share',
  /** Observations whose code has a LOINC coding. */
  loincShare: 'fhir.loinc_share',
  /** Quantities (with a value) whose unit is a valid UCUM code with the UCUM system. */
  ucumShare: 'fhir.ucum_share',
  /** Conditions whose code has a SNOMED CT or ICD-10 coding. */
  conditionCodedShare: 'fhir.condition_coded_share',
  /** LOINC, SNOMED CT, ICD-10 and UCUM codes that passed the offline checks. */
  codeValidShare: 'fhir.code_valid_share',
  /** Literal references resolved within their resource, Bundle or the export. */
  referenceIntegrityShare: 'fhir.reference_integrity_share',
  /** Resources validated (a count). */
  resources: 'fhir.resources',
  /** Lines or files that held no readable resource (a count). */
  unreadable: 'fhir.unreadable',
} as const;
