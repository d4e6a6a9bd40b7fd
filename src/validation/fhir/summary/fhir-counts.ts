import { emptyTable } from '../plain-table.js';

/** Counts of one resource type. */
export interface TypeCounts {
  resources: number;
  /** Without an error from the base R4 definitions. */
  validBase: number;
  /** Without any error (base, profiles, terminology). */
  conformant: number;
}

/** Counts of one profile: resources checked against it, and how many conformed. */
export interface ProfileCounts {
  checked: number;
  conformant: number;
}

/**
 * The raw counters a FHIR validation run accumulates, per batch in a worker and merged on the main
 * thread; plain data (structured-cloneable), merged by {@link mergeCounts}. Metrics are derived from them.
 */
export interface FhirCounts {
  /** Resources validated: top-level resources and Bundle entries. */
  resources: number;
  validBase: number;
  /** Not valid against base R4 only because of unknown extensions (fhir.extension.unknown errors alone). */
  unknownExtensionOnly: number;
  conformant: number;
  withErrors: number;
  /** Lines or files that held no resource (invalid JSON, not FHIR). */
  unreadable: number;
  byType: Record<string, TypeCounts>;
  profiles: Record<string, ProfileCounts>;
  observations: number;
  observationsWithLoinc: number;
  conditions: number;
  conditionsCoded: number;
  quantities: number;
  quantitiesUcum: number;
  /** Codes of LOINC, SNOMED CT, UCUM or ICD-10 checked offline, and those that passed. */
  codesChecked: number;
  codesValid: number;
  /** Literal references whose target could be looked for (in a Bundle, contained, or in the export). */
  referencesChecked: number;
  referencesResolved: number;
  /** Absolute references to outside the export: not checked. */
  referencesExternal: number;
}

/** Counters at zero. */
export function emptyCounts(): FhirCounts {
  return {
    resources: 0,
    validBase: 0,
    unknownExtensionOnly: 0,
    conformant: 0,
    withErrors: 0,
    unreadable: 0,
    byType: emptyTable(),
    profiles: emptyTable(),
    observations: 0,
    observationsWithLoinc: 0,
    conditions: 0,
    conditionsCoded: 0,
    quantities: 0,
    quantitiesUcum: 0,
    codesChecked: 0,
    codesValid: 0,
    referencesChecked: 0,
    referencesResolved: 0,
    referencesExternal: 0,
  };
}

const SCALARS = [
  'resources',
  'validBase',
  'unknownExtensionOnly',
  'conformant',
  'withErrors',
  'unreadable',
  'observations',
  'observationsWithLoinc',
  'conditions',
  'conditionsCoded',
  'quantities',
  'quantitiesUcum',
  'codesChecked',
  'codesValid',
  'referencesChecked',
  'referencesResolved',
  'referencesExternal',
] as const;

/** Adds `from` into `into`. */
export function mergeCounts(into: FhirCounts, from: FhirCounts): void {
  for (const k of SCALARS) into[k] += from[k];
  for (const [type, c] of Object.entries(from.byType)) {
    const t = (into.byType[type] ??= { resources: 0, validBase: 0, conformant: 0 });
    t.resources += c.resources;
    t.validBase += c.validBase;
    t.conformant += c.conformant;
  }
  for (const [url, c] of Object.entries(from.profiles)) {
    const p = (into.profiles[url] ??= { checked: 0, conformant: 0 });
    p.checked += c.checked;
    p.conformant += c.conformant;
  }
}
