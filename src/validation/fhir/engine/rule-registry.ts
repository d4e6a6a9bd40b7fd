import type { Severity } from '../../finding.js';

/** One rule of the FHIR engine: its id, default severity and what it checks (with the spec section). */
export interface FhirRule {
  id: string;
  severity: Severity;
  checks: string;
}

const rule = (id: string, severity: Severity, checks: string): FhirRule => ({ id, severity, checks });

/** Every rule the engine reports (invariants add `fhir.invariant.<key>` from the definitions). */
export const FHIR_RULES: readonly FhirRule[] = [
  rule('fhir.json.not-object', 'error', 'a resource is a JSON object (R4 json.html)'),
  rule(
    'fhir.json.resource-type',
    'error',
    'resourceType is present and names a known R4 resource (json.html#resources)',
  ),
  rule('fhir.json.unknown-element', 'error', 'every property is an element of the definition (json.html)'),
  rule('fhir.json.array-expected', 'error', 'elements that may repeat are JSON arrays (json.html#arrays)'),
  rule('fhir.json.array-unexpected', 'error', 'elements that cannot repeat are not arrays (json.html#arrays)'),
  rule('fhir.json.empty-array', 'error', 'arrays are not empty (json.html#arrays)'),
  rule('fhir.json.null', 'error', 'null only as a place holder in primitive arrays (json.html#primitive)'),
  rule('fhir.json.empty-string', 'error', 'string values are not empty (datatypes.html#string)'),
  rule('fhir.json.empty-object', 'error', 'objects are not empty (ele-1, json.html)'),
  rule('fhir.json.too-deep', 'error', 'nesting depth stays within what the validator walks'),
  rule(
    'fhir.findings.capped',
    'information',
    'a resource breaking rules more than 1,000 times has the rest counted in its verdict, not listed',
  ),
  rule(
    'fhir.json.primitive-extension',
    'error',
    '`_element` pairs a primitive with id/extension, aligned arrays (json.html#primitive)',
  ),
  rule('fhir.type', 'error', 'the JSON type matches the element type (json.html)'),
  rule('fhir.choice.multiple', 'error', 'a choice element [x] has one variant only (formats.html#choice)'),
  rule('fhir.choice.type', 'error', 'a choice variant is one of the types the definition allows'),
  rule('fhir.cardinality.min', 'error', 'element occurs at least min times (elementdefinition.html#cardinality)'),
  rule('fhir.cardinality.max', 'error', 'element occurs at most max times'),
  rule('fhir.format', 'error', 'primitive values match their lexical form (datatypes.html#primitive)'),
  rule('fhir.length.max', 'error', 'string values are not longer than maxLength'),
  rule('fhir.fixed', 'error', 'value equals the fixed value of the profile'),
  rule('fhir.pattern', 'error', 'value contains the pattern of the profile'),
  rule('fhir.value.range', 'error', 'value lies within minValue/maxValue'),
  rule(
    'fhir.binding.required',
    'error',
    'code is in the value set of a required binding (terminologies.html#required)',
  ),
  rule('fhir.binding.extensible', 'warning', 'code is in the value set of an extensible binding when one fits'),
  rule('fhir.binding.preferred', 'information', 'code is not in the value set of a preferred binding'),
  rule(
    'fhir.binding.not-checked',
    'information',
    'the value set could not be expanded offline: the code was not checked',
  ),
  rule('fhir.code.unknown', 'error', 'code exists in the code system named, when that code system is shipped complete'),
  rule(
    'fhir.coding.system',
    'error',
    'Coding.system is an absolute URI naming a code system, not a value set (datatypes.html#Coding)',
  ),
  rule('fhir.coding.no-system', 'warning', 'a coding with a code names its system'),
  rule(
    'fhir.reference.format',
    'error',
    'reference is relative (Type/id), absolute, urn:uuid:/urn:oid: or #contained (references.html)',
  ),
  rule('fhir.reference.target-type', 'error', 'referenced resource type is allowed by the element'),
  rule(
    'fhir.reference.unresolved',
    'error',
    'contained and Bundle-internal references resolve (references.html#contained, bundle.html#references)',
  ),
  rule('fhir.extension.unknown', 'error', 'extension URL resolves to a loaded definition'),
  rule(
    'fhir.extension.modifier',
    'error',
    'modifier extensions go in modifierExtension and only there (extensibility.html#modifierExtension)',
  ),
  rule(
    'fhir.extension.context',
    'error',
    'an extension sits where its context allows, not on the data type whose child it belongs to (extensibility.html#context)',
  ),
  rule('fhir.profile.unknown', 'warning', 'a profile in meta.profile is loaded'),
  rule(
    'fhir.profile.implied',
    'information',
    'an Observation with a vital-sign code conforms to the vital-signs profile of that code (observation-vitalsigns.html)',
  ),
  rule('fhir.profile.unresolved', 'error', 'a profile that a profile requires (type profile) is loaded'),
  rule('fhir.profile.snapshot', 'warning', 'a profile can be turned into a snapshot'),
  rule(
    'fhir.profile.differential',
    'error',
    "a StructureDefinition's differential elements are constraints on its base (path exists, id and path agree, a renamed choice names one of its types)",
  ),
  rule('fhir.slice.min', 'error', 'a slice occurs at least its min times'),
  rule('fhir.slice.max', 'error', 'a slice occurs at most its max times'),
  rule('fhir.slice.closed', 'error', 'items of a closed slicing match a slice'),
  rule('fhir.slice.order', 'error', 'items of an ordered slicing follow the slice order'),
  rule('fhir.invariant.not-checked', 'information', 'an invariant the FHIRPath engine cannot evaluate offline'),
  rule(
    'fhir.narrative.link',
    'warning',
    'local hyperlinks (#id) of the narrative resolve to an anchor or an id of the resource (narrative.html#id)',
  ),
  rule(
    'fhir.attachment.size',
    'error',
    'Attachment.size equals the decoded size of Attachment.data (datatypes.html#Attachment)',
  ),
  rule(
    'fhir.security.html',
    'error',
    'strings carry no active HTML (script-like tags, event handlers) outside the narrative (security.html#narrative)',
  ),
  rule('fhir.bundle.full-url', 'error', 'Bundle.entry.fullUrl is an absolute URL (bundle.html#bundle-unique)'),
  rule('fhir.bundle.entry', 'error', 'Bundle entries are consistent (bdl-* invariants, fullUrl form)'),
  rule(
    'fhir.measure-report.score',
    'error',
    'a MeasureReport of a cohort measure (loaded with --ig) has no measureScore',
  ),
  rule('fhir.questionnaire.answer', 'error', 'QuestionnaireResponse answers match their Questionnaire item'),
];

/** Rule lookup by id. */
export const FHIR_RULE_BY_ID: ReadonlyMap<string, FhirRule> = new Map(FHIR_RULES.map((r) => [r.id, r]));
