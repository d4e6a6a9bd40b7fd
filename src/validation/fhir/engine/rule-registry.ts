import type { Severity } from '../../../diagnostics/diagnostic.js';

/** One rule of the FHIR engine: its default severity and what it checks (with the spec section). */
export interface FhirRule {
  severity: Severity;
  checks: string;
}

const rule =
  (severity: Severity) =>
  (checks: string): FhirRule => ({ severity, checks });
const error = rule('error');
const warning = rule('warning');
const information = rule('information');

/**
 * Every rule the FHIR validation reports, engine and pipeline (the table the tests hold the emitted
 * ids against). Invariants add the typed family `fhir.invariant.<key>` from the definitions.
 */
export const FHIR_RULE_TABLE = {
  'fhir.json.not-object': error('a resource is a JSON object (R4 json.html)'),
  'fhir.json.resource-type': error('resourceType is present and names a known R4 resource (json.html#resources)'),
  'fhir.json.unknown-element': error('every property is an element of the definition (json.html)'),
  'fhir.json.array-expected': error('elements that may repeat are JSON arrays (json.html#arrays)'),
  'fhir.json.array-unexpected': error('elements that cannot repeat are not arrays (json.html#arrays)'),
  'fhir.json.empty-array': error('arrays are not empty (json.html#arrays)'),
  'fhir.json.null': error('null only as a place holder in primitive arrays (json.html#primitive)'),
  'fhir.json.empty-string': error('string values are not empty (datatypes.html#string)'),
  'fhir.json.empty-object': error('objects are not empty (ele-1, json.html)'),
  'fhir.json.too-deep': error('nesting depth stays within what the validator walks'),
  'fhir.findings.capped': information(
    'a resource breaking rules more than 1,000 times has the rest counted in its verdict, not listed',
  ),
  'fhir.json.primitive-extension': error(
    '`_element` pairs a primitive with id/extension, aligned arrays (json.html#primitive)',
  ),
  'fhir.type': error('the JSON type matches the element type (json.html)'),
  'fhir.choice.multiple': error('a choice element [x] has one variant only (formats.html#choice)'),
  'fhir.choice.type': error('a choice variant is one of the types the definition allows'),
  'fhir.cardinality.min': error('element occurs at least min times (elementdefinition.html#cardinality)'),
  'fhir.cardinality.max': error('element occurs at most max times'),
  'fhir.format': error('primitive values match their lexical form (datatypes.html#primitive)'),
  'fhir.length.max': error('string values are not longer than maxLength'),
  'fhir.fixed': error('value equals the fixed value of the profile'),
  'fhir.pattern': error('value contains the pattern of the profile'),
  'fhir.value.range': error('value lies within minValue/maxValue'),
  'fhir.binding.required': error('code is in the value set of a required binding (terminologies.html#required)'),
  'fhir.binding.extensible': warning('code is in the value set of an extensible binding when one fits'),
  'fhir.binding.preferred': information('code is not in the value set of a preferred binding'),
  'fhir.binding.not-checked': information('the value set could not be expanded offline: the code was not checked'),
  'fhir.code.unknown': error('code exists in the code system named, when that code system is shipped complete'),
  'fhir.coding.system': error(
    'Coding.system is an absolute URI naming a code system, not a value set (datatypes.html#Coding)',
  ),
  'fhir.coding.no-system': warning('a coding with a code names its system'),
  'fhir.reference.format': error(
    'reference is relative (Type/id), absolute, urn:uuid:/urn:oid: or #contained (references.html)',
  ),
  'fhir.reference.target-type': error('referenced resource type is allowed by the element'),
  'fhir.reference.unresolved': error(
    'contained and Bundle-internal references resolve (references.html#contained, bundle.html#references)',
  ),
  'fhir.extension.unknown': error('extension URL resolves to a loaded definition'),
  'fhir.extension.modifier': error(
    'modifier extensions go in modifierExtension and only there (extensibility.html#modifierExtension)',
  ),
  'fhir.extension.context': error(
    'an extension sits where its context allows, not on the data type whose child it belongs to (extensibility.html#context)',
  ),
  'fhir.profile.unknown': warning('a profile in meta.profile is loaded'),
  'fhir.profile.implied': information(
    'an Observation with a vital-sign code conforms to the vital-signs profile of that code (observation-vitalsigns.html)',
  ),
  'fhir.profile.unresolved': error('a profile that a profile requires (type profile) is loaded'),
  'fhir.profile.snapshot': warning('a profile can be turned into a snapshot'),
  'fhir.search-parameter.expression': error(
    "a SearchParameter's expression starts at one of its base resource types (searchparameter.html)",
  ),
  'fhir.profile.differential': error(
    "a StructureDefinition's differential elements are constraints on its base (path exists, id and path agree, a renamed choice names one of its types)",
  ),
  'fhir.slice.min': error('a slice occurs at least its min times'),
  'fhir.slice.max': error('a slice occurs at most its max times'),
  'fhir.slice.closed': error('items of a closed slicing match a slice'),
  'fhir.slice.order': error('items of an ordered slicing follow the slice order'),
  'fhir.narrative.link': warning(
    'local hyperlinks (#id) of the narrative resolve to an id or anchor of the resource or its Bundle (narrative.html#id)',
  ),
  'fhir.attachment.size': error(
    'Attachment.size equals the decoded size of Attachment.data (datatypes.html#Attachment)',
  ),
  'fhir.security.html': error(
    'strings carry no active HTML (script-like tags, event handlers) outside the narrative and markdown (security.html#narrative)',
  ),
  'fhir.markdown.html': warning(
    "markdown holds no HTML (datatypes.html#markdown); a warning, as the reference validator's default",
  ),
  'fhir.bundle.full-url': error('Bundle.entry.fullUrl is an absolute URL (bundle.html#bundle-unique)'),
  'fhir.bundle.full-url-missing': error(
    'every Bundle entry has a fullUrl, except in transactions and batches (bundle.html#bundle-unique)',
  ),
  'fhir.bundle.full-url-id': error(
    "a RESTful fullUrl ends with the entry resource's Type/id; a canonical url equal to it ends with the id (bundle.html#bundle-unique)",
  ),
  'fhir.bundle.reference-not-found': error(
    "a document's Composition and a message's MessageHeader.focus references resolve to entries, relative ones by the entry's fullUrl (documents.html#content, bundle.html#references)",
  ),
  'fhir.bundle.orphan-entry': error(
    'every entry of a document is reachable by links from the Composition (a warning in a message: messaging.html#content)',
  ),
  'fhir.measure-report.score': error('a MeasureReport of a cohort measure (loaded with --ig) has no measureScore'),
  'fhir.questionnaire.answer': error('QuestionnaireResponse answers match their Questionnaire item'),
  'fhir.engine.failure': error('the engine did not crash on the resource (a crash is reported, please report it)'),
  'fhir.terminology.loinc.format': error('a LOINC code is digits, a hyphen and one check digit'),
  'fhir.terminology.loinc.check-digit': error('the check digit of a LOINC code is right (mod 10)'),
  'fhir.terminology.snomed.format': error('a SNOMED CT concept id is 6 to 18 digits, not starting with 0'),
  'fhir.terminology.snomed.check-digit': error('the Verhoeff check digit of a SNOMED CT id is right'),
  'fhir.terminology.snomed.partition': error('a SNOMED CT id used as a code is a concept id (partition 00 or 10)'),
  'fhir.terminology.icd10.format': error('an ICD-10 code has the form of a category or subcategory'),
  'fhir.terminology.ucum.invalid': error('a unit code with the UCUM system is a valid UCUM expression'),
  'fhir.json.syntax': error('the line or document is JSON (RFC 8259)'),
  'fhir.json.encoding': error('FHIR JSON is UTF-8 (json.html#encoding)'),
  'fhir.json.too-many-values': error('a line or document holds no more JSON values than can be validated in memory'),
  'fhir.ndjson.line-too-long': error('an NDJSON line is within the line limit (--max-line-mb)'),
  'fhir.input.unreadable': error('an input file or folder can be read'),
  'fhir.input.empty': error('an input file is not empty'),
  'fhir.input.too-large': error('a JSON document is within the document limit (--max-document-mb)'),
  'fhir.input.gzip-ratio': error('a gzip stream expands within the ratio limit (--max-gzip-ratio)'),
  'fhir.input.corrupt-gzip': error('a gzip stream is complete and not corrupt'),
  'fhir.input.read-error': error('an input file can be read to its end'),
  'fhir.input.out-of-memory': error('a document can be validated within the worker memory'),
  'fhir.resource.not-a-resource': error('a JSON document is an object with a resourceType'),
  // The reader's words on the inputs as a whole (src/validation/fhir/reader/input-rules.ts).
  'fhir.input.none': error('a run reads at least one FHIR resource'),
  'fhir.input.skipped': warning(
    'the files found in the folders named are FHIR inputs (.json, .ndjson, .jsonl, .xml, .gz)',
  ),
  'fhir.input.ndjson-in-json': information(
    'a .json file holds one JSON value (NDJSON in it is read as NDJSON, with a note)',
  ),
  'fhir.input.json-array': information('a JSON file holds one resource (an array is read value by value, with a note)'),
  'fhir.reference.unresolved-in-export': warning('a relative reference resolves to a resource of the export'),
  'fhir.reference.export-limit': information(
    'the references left to resolve across files stay within the export-wide limit',
  ),
  'fhir.reference.cross-shard-limit': information(
    'each shard keeps its resource and unresolved reference keys within the limit, so merge-summaries resolves references across shards',
  ),
  'fhir.xml.syntax': error('an XML document is well-formed XML 1.0'),
  'fhir.xml.doctype': error('FHIR XML has no DOCTYPE or entity declaration (xml.html; refused, never expanded)'),
  'fhir.xml.not-fhir': error(
    'FHIR XML elements are in the namespace http://hl7.org/fhir, the narrative div in XHTML (xml.html)',
  ),
  'fhir.xml.too-large': error('an XML document is within the document limit (--max-document-mb)'),
  'fhir.xml.too-deep': error('XML nesting depth stays within what the validator walks'),
  'fhir.xml.unknown-element': error(
    'every XML element is an element of the definition, or a known resource (xml.html)',
  ),
  'fhir.xml.unknown-attribute': error(
    'XML attributes are only value, id, url (Extension) and namespace declarations (xml.html)',
  ),
  'fhir.xml.order': error('XML elements appear in the order of the definition (xml.html#1.17.1)'),
  'fhir.xml.repeated': error('an element whose maximum cardinality is 1 occurs once (xml.html)'),
  'fhir.xml.value': error('a primitive element has a value attribute or extensions (xml.html#1.17.1)'),
  'fhir.xml.text': error('FHIR elements hold no text content outside the narrative div (xml.html)'),
} satisfies Record<string, FhirRule>;

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
