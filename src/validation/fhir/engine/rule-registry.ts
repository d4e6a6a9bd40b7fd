import type { Severity } from '../../../diagnostics/diagnostic.js';

/** One rule of the FHIR engine: its default severity and what it checks (with the spec section). */
export interface FhirRule {
  severity: Severity;
  checks: string;
}

/**
 * Every rule the FHIR validation reports, engine and pipeline (the table the tests hold the emitted
 * ids against). Invariants add the typed family `fhir.invariant.<key>` from the definitions.
 */
export const FHIR_RULE_TABLE = {
  'fhir.json.not-object': { severity: 'error', checks: 'a resource is a JSON object (R4 json.html)' },
  'fhir.json.resource-type': {
    severity: 'error',
    checks: 'resourceType is present and names a known R4 resource (json.html#resources)',
  },
  'fhir.json.unknown-element': {
    severity: 'error',
    checks: 'every property is an element of the definition (json.html)',
  },
  'fhir.json.array-expected': {
    severity: 'error',
    checks: 'elements that may repeat are JSON arrays (json.html#arrays)',
  },
  'fhir.json.array-unexpected': {
    severity: 'error',
    checks: 'elements that cannot repeat are not arrays (json.html#arrays)',
  },
  'fhir.json.empty-array': { severity: 'error', checks: 'arrays are not empty (json.html#arrays)' },
  'fhir.json.null': {
    severity: 'error',
    checks: 'null only as a place holder in primitive arrays (json.html#primitive)',
  },
  'fhir.json.empty-string': { severity: 'error', checks: 'string values are not empty (datatypes.html#string)' },
  'fhir.json.empty-object': { severity: 'error', checks: 'objects are not empty (ele-1, json.html)' },
  'fhir.json.too-deep': { severity: 'error', checks: 'nesting depth stays within what the validator walks' },
  'fhir.findings.capped': {
    severity: 'information',
    checks: 'a resource breaking rules more than 1,000 times has the rest counted in its verdict, not listed',
  },
  'fhir.json.primitive-extension': {
    severity: 'error',
    checks: '`_element` pairs a primitive with id/extension, aligned arrays (json.html#primitive)',
  },
  'fhir.type': { severity: 'error', checks: 'the JSON type matches the element type (json.html)' },
  'fhir.choice.multiple': {
    severity: 'error',
    checks: 'a choice element [x] has one variant only (formats.html#choice)',
  },
  'fhir.choice.type': { severity: 'error', checks: 'a choice variant is one of the types the definition allows' },
  'fhir.cardinality.min': {
    severity: 'error',
    checks: 'element occurs at least min times (elementdefinition.html#cardinality)',
  },
  'fhir.cardinality.max': { severity: 'error', checks: 'element occurs at most max times' },
  'fhir.format': { severity: 'error', checks: 'primitive values match their lexical form (datatypes.html#primitive)' },
  'fhir.length.max': { severity: 'error', checks: 'string values are not longer than maxLength' },
  'fhir.fixed': { severity: 'error', checks: 'value equals the fixed value of the profile' },
  'fhir.pattern': { severity: 'error', checks: 'value contains the pattern of the profile' },
  'fhir.value.range': { severity: 'error', checks: 'value lies within minValue/maxValue' },
  'fhir.binding.required': {
    severity: 'error',
    checks: 'code is in the value set of a required binding (terminologies.html#required)',
  },
  'fhir.binding.extensible': {
    severity: 'warning',
    checks: 'code is in the value set of an extensible binding when one fits',
  },
  'fhir.binding.preferred': { severity: 'information', checks: 'code is not in the value set of a preferred binding' },
  'fhir.binding.not-checked': {
    severity: 'information',
    checks: 'the value set could not be expanded offline: the code was not checked',
  },
  'fhir.code.unknown': {
    severity: 'error',
    checks: 'code exists in the code system named, when that code system is shipped complete',
  },
  'fhir.coding.system': {
    severity: 'error',
    checks: 'Coding.system is an absolute URI naming a code system, not a value set (datatypes.html#Coding)',
  },
  'fhir.coding.no-system': { severity: 'warning', checks: 'a coding with a code names its system' },
  'fhir.reference.format': {
    severity: 'error',
    checks: 'reference is relative (Type/id), absolute, urn:uuid:/urn:oid: or #contained (references.html)',
  },
  'fhir.reference.target-type': { severity: 'error', checks: 'referenced resource type is allowed by the element' },
  'fhir.reference.unresolved': {
    severity: 'error',
    checks: 'contained and Bundle-internal references resolve (references.html#contained, bundle.html#references)',
  },
  'fhir.extension.unknown': { severity: 'error', checks: 'extension URL resolves to a loaded definition' },
  'fhir.extension.modifier': {
    severity: 'error',
    checks: 'modifier extensions go in modifierExtension and only there (extensibility.html#modifierExtension)',
  },
  'fhir.extension.context': {
    severity: 'error',
    checks:
      'an extension sits where its context allows, not on the data type whose child it belongs to (extensibility.html#context)',
  },
  'fhir.profile.unknown': { severity: 'warning', checks: 'a profile in meta.profile is loaded' },
  'fhir.profile.implied': {
    severity: 'information',
    checks:
      'an Observation with a vital-sign code conforms to the vital-signs profile of that code (observation-vitalsigns.html)',
  },
  'fhir.profile.unresolved': {
    severity: 'error',
    checks: 'a profile that a profile requires (type profile) is loaded',
  },
  'fhir.profile.snapshot': { severity: 'warning', checks: 'a profile can be turned into a snapshot' },
  'fhir.profile.differential': {
    severity: 'error',
    checks:
      "a StructureDefinition's differential elements are constraints on its base (path exists, id and path agree, a renamed choice names one of its types)",
  },
  'fhir.slice.min': { severity: 'error', checks: 'a slice occurs at least its min times' },
  'fhir.slice.max': { severity: 'error', checks: 'a slice occurs at most its max times' },
  'fhir.slice.closed': { severity: 'error', checks: 'items of a closed slicing match a slice' },
  'fhir.slice.order': { severity: 'error', checks: 'items of an ordered slicing follow the slice order' },
  'fhir.narrative.link': {
    severity: 'warning',
    checks: 'local hyperlinks (#id) of the narrative resolve to an anchor or an id of the resource (narrative.html#id)',
  },
  'fhir.attachment.size': {
    severity: 'error',
    checks: 'Attachment.size equals the decoded size of Attachment.data (datatypes.html#Attachment)',
  },
  'fhir.security.html': {
    severity: 'error',
    checks:
      'strings carry no active HTML (script-like tags, event handlers) outside the narrative (security.html#narrative)',
  },
  'fhir.bundle.full-url': {
    severity: 'error',
    checks: 'Bundle.entry.fullUrl is an absolute URL (bundle.html#bundle-unique)',
  },
  'fhir.measure-report.score': {
    severity: 'error',
    checks: 'a MeasureReport of a cohort measure (loaded with --ig) has no measureScore',
  },
  'fhir.questionnaire.answer': {
    severity: 'error',
    checks: 'QuestionnaireResponse answers match their Questionnaire item',
  },
  'fhir.engine.failure': {
    severity: 'error',
    checks: 'the engine did not crash on the resource (a crash is reported, please report it)',
  },
  'fhir.terminology.loinc.format': {
    severity: 'error',
    checks: 'a LOINC code is digits, a hyphen and one check digit',
  },
  'fhir.terminology.loinc.check-digit': {
    severity: 'error',
    checks: 'the check digit of a LOINC code is right (mod 10)',
  },
  'fhir.terminology.snomed.format': {
    severity: 'error',
    checks: 'a SNOMED CT concept id is 6 to 18 digits, not starting with 0',
  },
  'fhir.terminology.snomed.check-digit': {
    severity: 'error',
    checks: 'the Verhoeff check digit of a SNOMED CT id is right',
  },
  'fhir.terminology.snomed.partition': {
    severity: 'error',
    checks: 'a SNOMED CT id used as a code is a concept id (partition 00 or 10)',
  },
  'fhir.terminology.icd10.format': {
    severity: 'error',
    checks: 'an ICD-10 code has the form of a category or subcategory',
  },
  'fhir.terminology.ucum.invalid': {
    severity: 'error',
    checks: 'a unit code with the UCUM system is a valid UCUM expression',
  },
  'fhir.json.syntax': { severity: 'error', checks: 'the line or document is JSON (RFC 8259)' },
  'fhir.json.encoding': { severity: 'error', checks: 'FHIR JSON is UTF-8 (json.html#encoding)' },
  'fhir.json.too-many-values': {
    severity: 'error',
    checks: 'a line or document holds no more JSON values than can be validated in memory',
  },
  'fhir.ndjson.line-too-long': { severity: 'error', checks: 'an NDJSON line is within the line limit (--max-line-mb)' },
  'fhir.input.unreadable': { severity: 'error', checks: 'an input file or folder can be read' },
  'fhir.input.empty': { severity: 'error', checks: 'an input file is not empty' },
  'fhir.input.too-large': {
    severity: 'error',
    checks: 'a JSON document is within the document limit (--max-document-mb)',
  },
  'fhir.input.gzip-ratio': {
    severity: 'error',
    checks: 'a gzip stream expands within the ratio limit (--max-gzip-ratio)',
  },
  'fhir.input.corrupt-gzip': { severity: 'error', checks: 'a gzip stream is complete and not corrupt' },
  'fhir.input.read-error': { severity: 'error', checks: 'an input file can be read to its end' },
  'fhir.input.out-of-memory': { severity: 'error', checks: 'a document can be validated within the worker memory' },
  'fhir.resource.not-a-resource': { severity: 'error', checks: 'a JSON document is an object with a resourceType' },
  'fhir.reference.unresolved-in-export': {
    severity: 'warning',
    checks: 'a relative reference resolves to a resource of the export',
  },
  'fhir.reference.export-limit': {
    severity: 'information',
    checks: 'the references left to resolve across files stay within the export-wide limit',
  },
} as const satisfies Record<string, FhirRule>;

/** An invariant of the definitions (`fhir.invariant.ele-1`, `fhir.invariant.bdl-7`...); its severity is the constraint's. */
export type FhirInvariantRule = `fhir.invariant.${string}`;

/** The id of a FHIR rule: a typo does not compile. */
export type FhirRuleId = keyof typeof FHIR_RULE_TABLE | FhirInvariantRule;

/** Every rule with its id, in table order. */
export const FHIR_RULES: readonly (FhirRule & { id: FhirRuleId })[] = Object.entries(FHIR_RULE_TABLE).map(
  ([id, rule]) => ({ id: id as FhirRuleId, ...rule }),
);

const SEVERITY: ReadonlyMap<string, Severity> = new Map(FHIR_RULES.map((r) => [r.id, r.severity]));

/** A rule's default severity (an invariant's: error, unless its constraint says otherwise). */
export function ruleSeverity(rule: FhirRuleId): Severity {
  return SEVERITY.get(rule) ?? 'error';
}
